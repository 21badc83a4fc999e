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

/** Where two texts differ: the lengths of their common start and common end (not overlapping). */
export interface EditedRegion {
  readonly prefix: number;
  readonly suffix: number;
}

export function editedRegion(before: string, after: string): EditedRegion {
  const prefix = commonPrefixLength(before, after);
  const limit = Math.min(before.length, after.length) - prefix;
  let suffix = 0;
  while (
    suffix < limit &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  )
    suffix += 1;
  return { prefix, suffix };
}

/** 字数 of a text, kept with the text it counts. */
export interface CharacterCount {
  readonly text: string;
  readonly count: number;
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * 字数 after an edit, counting only the edited stretch (a keystroke in a 100,000-character
 * section counts one character, not all of them). Same result as `countCharacters(next)`.
 */
export function updateCharacterCount(
  previous: CharacterCount,
  next: string,
  region: EditedRegion = editedRegion(previous.text, next),
): CharacterCount {
  const before = previous.text;
  if (before === next) return previous;
  let { prefix, suffix } = region;
  // A surrogate pair across an edge of the edited stretch goes wholly into it, so whether a
  // character counts never depends on one outside the stretch.
  if (prefix > 0 && isHighSurrogate(before.charCodeAt(prefix - 1))) prefix -= 1;
  if (suffix > 0 && isLowSurrogate(before.charCodeAt(before.length - suffix))) suffix -= 1;
  const removed = countCharacters(before.slice(prefix, before.length - suffix));
  const added = countCharacters(next.slice(prefix, next.length - suffix));
  return { text: next, count: previous.count - removed + added };
}
