import { classifyLine, type NarrativeLevel } from '../../report/narrative/headings';

/** 字数: every character except whitespace (full-width spaces included), as officers count. */
export function countCharacters(text: string): number {
  let n = 0;
  for (const ch of text) if (!/[\s\u00a0\u3000]/u.test(ch)) n += 1;
  return n;
}

export interface OutlineEntry {
  readonly level: Exclude<NarrativeLevel, 0>;
  readonly text: string;
  /** Offset of the line's first character in the text (to place the caret there). */
  readonly offset: number;
  readonly line: number;
}

/** The headings of a narrative text (（一） / 1. / （1）) with where each line starts. */
export function outlineOf(text: string): OutlineEntry[] {
  const out: OutlineEntry[] = [];
  let offset = 0;
  text.split('\n').forEach((raw, line) => {
    const { level, text: heading } = classifyLine(raw);
    if (level !== 0) out.push({ level, text: heading, offset, line });
    offset += raw.length + 1;
  });
  return out;
}

/** Length of the common start of two texts: where an outside change (undo) begins. */
export function commonPrefixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i += 1;
  return i;
}
