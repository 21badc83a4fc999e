import type { SourceLine } from '../model';
import { displayWidth, tidy } from '../normalize';
import { isTableRow, lineText } from './lineText';

/** A line starting like a heading or list item: （一） 一、 1. （1） 第一 — always a new paragraph. */
const STARTS_ITEM =
  /^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[、.．]|\d+[、.．]\D|第[一二三四五六七八九十]+[，、])/;

/** How full a line must be, against the typical full line, to continue on the next one. */
const FULL_LINE = 0.85;

function widthOf(line: SourceLine): number {
  return (line.indent ?? 0) + displayWidth(lineText(line));
}

/** The width of a full line of wrapped text: the 80th percentile of line widths. */
function fullWidth(lines: readonly SourceLine[]): number {
  const widths = lines
    .map(widthOf)
    .filter((w) => w > 20)
    .sort((a, b) => a - b);
  return widths[Math.floor(widths.length * 0.8)] ?? 0;
}

/** The indent most lines have: the left margin (a page's table may reach further left). */
function commonIndent(lines: readonly SourceLine[]): number {
  const counts = new Map<number, number>();
  for (const line of lines) counts.set(line.indent ?? 0, (counts.get(line.indent ?? 0) ?? 0) + 1);
  let best = 0;
  let bestCount = -1;
  for (const [indent, count] of counts) {
    if (count > bestCount || (count === bestCount && indent < best)) {
      best = indent;
      bestCount = count;
    }
  }
  return best;
}

/** Joins two pieces of one paragraph: no space between CJK text, one between Latin words. */
function join(a: string, b: string): string {
  if (/[A-Za-z0-9,.;:]$/.test(a) && /^[A-Za-z0-9]/.test(b)) return `${a} ${b}`;
  return a + b;
}

/**
 * The paragraphs of a run of lines, one per output line. Lines of a page (HTML, DOCX, copied
 * text) are paragraphs already. Lines that wrap at a fixed width (PDF, pdftotext) are joined:
 * a line continues the previous one when that one was full and this one is not indented and
 * does not start a heading or list item — also across a page break.
 */
export function paragraphs(lines: readonly SourceLine[], wrapped: boolean): string[] {
  const texts = lines.filter((l) => !isTableRow(l));
  if (!wrapped) return texts.map(lineText).filter((t) => t !== '');
  const full = fullWidth(texts);
  // Where paragraphs start indented, the indent tells; where not, a line ending a sentence
  // ends the paragraph (the better guess: a full line rarely ends exactly on 。).
  const base = commonIndent(texts);
  const isIndented = (l: SourceLine): boolean => (l.indent ?? 0) >= base + 2;
  const indentedShare = texts.filter(isIndented).length / Math.max(1, texts.length);
  const indents = indentedShare >= 0.05;
  const out: string[] = [];
  let previous: SourceLine | null = null;
  for (const line of texts) {
    const text = tidy(lineText(line));
    if (text === '') continue;
    const indented = isIndented(line);
    const previousText = previous === null ? '' : lineText(previous);
    const continues =
      previous !== null &&
      out.length > 0 &&
      widthOf(previous) >= full * FULL_LINE &&
      !indented &&
      !STARTS_ITEM.test(text) &&
      (indents || !/[。！？；：:]$/.test(previousText));
    if (continues) out[out.length - 1] = join(out[out.length - 1] ?? '', text);
    else out.push(text);
    previous = line;
  }
  return out;
}
