/**
 * Heading recognition for the narrative sections (一, 五, 六). The file contract says: one
 * paragraph per line; a line that starts with a heading number is a heading of that level
 * (GB/T 9704: 一、 / （一） / 1. / （1）). Level 1 (一、…) is the part heading itself and never
 * appears inside a section's text, so a line is body text (0) or a heading of level 2, 3 or 4.
 * The print renderer and the editor both use this, so they always agree.
 */
export type NarrativeLevel = 0 | 2 | 3 | 4;

export interface ClassifiedLine {
  readonly level: NarrativeLevel;
  /** The line without surrounding whitespace, heading number included (it is printed). */
  readonly text: string;
}

// Officers type numbers in either width: （一） or (一), （1） or (１), 1. or １．
const LEVEL_2 = /^[（(][一二三四五六七八九十]{1,3}[）)]/u;
// A lone decimal such as "1.5万元" is not a heading: the point must not be followed by a digit.
const LEVEL_3 = /^[0-9０-９]{1,2}[.．](?![0-9０-９])/u;
const LEVEL_4 = /^[（(][0-9０-９]{1,2}[）)]/u;

// Trims ASCII whitespace, no-break spaces and the full-width space U+3000 (pasted indents).
const EDGE_SPACE = /^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/gu;

export function trimLine(line: string): string {
  return line.replace(EDGE_SPACE, '');
}

export function classifyLine(line: string): ClassifiedLine {
  const text = trimLine(line);
  if (LEVEL_2.test(text)) return { level: 2, text };
  if (LEVEL_4.test(text)) return { level: 4, text };
  if (LEVEL_3.test(text)) return { level: 3, text };
  return { level: 0, text };
}

/** The paragraphs of a narrative text: one per line, trimmed, blank lines dropped. */
export function narrativeLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/u)
    .map(trimLine)
    .filter((line) => line !== '');
}
