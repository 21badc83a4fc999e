import { classifyLine, type NarrativeLevel } from '../../../report/narrative/headings';

/** Whether a UTF-16 code unit is whitespace as JavaScript's `\s` defines it. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * 字数: every character except whitespace (full-width spaces included), as officers count.
 * A character outside the BMP (two UTF-16 units) counts once. One pass over char codes, no
 * regular expression per character: it runs on every keystroke of a long narrative.
 */
export function countCharacters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    // The second half of a surrogate pair was counted with the first.
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      const previous = text.charCodeAt(i - 1);
      if (previous >= 0xd800 && previous <= 0xdbff) continue;
    }
    if (!isSpace(c)) n += 1;
  }
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
