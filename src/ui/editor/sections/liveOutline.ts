import { classifyLine, type NarrativeLevel } from '../../../report/narrative/headings';
import { editedRegion, type EditedRegion } from './narrativeText';

/** A heading of the live outline: where it is by line, not by offset (offsets move on every key). */
export interface OutlineHeading {
  readonly level: Exclude<NarrativeLevel, 0>;
  readonly text: string;
  /** 0-based line number in the text. */
  readonly line: number;
}

/** The outline of one text, kept with the text it describes so the next edit can update it. */
export interface LiveOutline {
  readonly text: string;
  readonly headings: readonly OutlineHeading[];
}

function headingsOf(lines: readonly string[], firstLine: number): OutlineHeading[] {
  const out: OutlineHeading[] = [];
  lines.forEach((raw, i) => {
    const { level, text } = classifyLine(raw);
    if (level !== 0) out.push({ level, text, line: firstLine + i });
  });
  return out;
}

/** The whole outline of a text (used once; edits go through updateOutline). */
export function outlineHeadings(text: string): LiveOutline {
  return { text, headings: headingsOf(text.split('\n'), 0) };
}

function newlinesIn(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n += 1;
  return n;
}

/**
 * The outline after an edit, re-reading only the lines the edit touched: a keystroke in a
 * 100,000-character text classifies one line, not thousands. Headings before the edit are kept
 * as they are, those after it move by the number of lines added or removed; when no heading
 * changed, the same `headings` array comes back, so the outline does not re-render.
 */
export function updateOutline(
  previous: LiveOutline,
  next: string,
  region: EditedRegion = editedRegion(previous.text, next),
): LiveOutline {
  const before = previous.text;
  if (before === next) return previous;
  const { prefix, suffix } = region;
  // The touched lines: from the start of the line where the edit begins to the end of the
  // line where it ends (that end lies in the unchanged tail, so it matches in both texts).
  const start = next.lastIndexOf('\n', prefix - 1) + 1;
  const editEnd = next.length - suffix;
  const foundEnd = next.indexOf('\n', editEnd);
  const endNext = foundEnd === -1 ? next.length : foundEnd;
  const endBefore = endNext - (next.length - before.length);
  const firstLine = newlinesIn(next, 0, start);
  const linesBefore = newlinesIn(before, start, endBefore);
  const linesNext = newlinesIn(next, start, endNext);
  const shift = linesNext - linesBefore;

  const kept = previous.headings.filter((h) => h.line < firstLine);
  const touched = headingsOf(next.slice(start, endNext).split('\n'), firstLine);
  const after = previous.headings
    .filter((h) => h.line > firstLine + linesBefore)
    .map((h) => (shift === 0 ? h : { ...h, line: h.line + shift }));
  const headings = [...kept, ...touched, ...after];

  const replaced = previous.headings.filter(
    (h) => h.line >= firstLine && h.line <= firstLine + linesBefore,
  );
  const same =
    shift === 0 &&
    replaced.length === touched.length &&
    replaced.every((h, i) => {
      const t = touched[i];
      return t?.level === h.level && t.text === h.text && t.line === h.line;
    });
  return { text: next, headings: same ? previous.headings : headings };
}

/** Offset of the first character of line `line` (0-based) in `text`. */
export function offsetOfLine(text: string, line: number): number {
  let offset = 0;
  for (let i = 0; i < line; i += 1) {
    const found = text.indexOf('\n', offset);
    if (found === -1) return text.length;
    offset = found + 1;
  }
  return offset;
}
