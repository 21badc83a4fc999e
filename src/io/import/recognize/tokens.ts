import type { SourceLine } from '../model';
import { displayWidth, isBlank, labelKey } from '../normalize';
import { readCell, type CellReading } from '../values';

/**
 * A table region as a stream of tokens: label text and values, each knowing its line and
 * whether it sits in a real table row (where an empty cell is a blank value).
 */
export type Token =
  | {
      readonly kind: 'text';
      readonly text: string;
      readonly key: string;
      readonly line: number;
      /** Position of the cell within its line (tabular lines only; -1 otherwise). */
      readonly cell: number;
      /** Layout text: the display column of the text's centre. */
      readonly x?: number;
    }
  | {
      readonly kind: 'value';
      readonly reading: CellReading;
      /** The text the value was read from, as printed. */
      readonly source: string;
      readonly line: number;
      readonly cell: number;
      readonly tabular: boolean;
      /** Layout text: the display column of the value's centre, to place it under its header. */
      readonly x?: number;
    };

function cellTokens(
  text: string,
  line: number,
  cell: number,
  tabular: boolean,
  start: number | undefined,
): Token[] {
  const centre = (offset: number, piece: string): { x?: number } =>
    start === undefined ? {} : { x: start + offset + displayWidth(piece) / 2 };
  const reading = readCell(text);
  if (reading !== null) {
    if (reading.kind === 'blank' && !tabular) return [];
    const source = text.trim();
    return [{ kind: 'value', reading, source, line, cell, tabular, ...centre(0, source) }];
  }
  // A laid-out cell may hold several numbers set apart by single spaces, or a label and numbers.
  const out: Token[] = [];
  let pending: { text: string; offset: number }[] = [];
  const flush = (): void => {
    const first = pending[0];
    if (first === undefined) return;
    const joined = pending.map((p) => p.text).join(' ');
    out.push({
      kind: 'text',
      text: joined,
      key: labelKey(joined),
      line,
      cell: tabular ? cell : -1,
      ...centre(first.offset, joined),
    });
    pending = [];
  };
  for (const match of text.matchAll(/[^\s\u00a0\u3000]+/g)) {
    const word = match[0];
    const offset = displayWidth(text.slice(0, match.index));
    const wordReading = tabular ? null : readCell(word);
    if (wordReading !== null && wordReading.kind !== 'blank') {
      flush();
      out.push({
        kind: 'value',
        reading: wordReading,
        source: word,
        line,
        cell,
        tabular,
        ...centre(offset, word),
      });
    } else pending.push({ text: word, offset });
  }
  flush();
  return out;
}

type ValueToken = Extract<Token, { kind: 'value' }>;

/** The only value of a line, when it is also the line's rightmost token (a wrapped piece). */
const loneNumber = (tokens: readonly Token[], line: number): ValueToken | null => {
  const onLine = tokens.filter((t) => t.line === line);
  const values = onLine.filter((t) => t.kind === 'value');
  const [only] = values;
  const last = onLine[onLine.length - 1];
  return values.length === 1 &&
    only === last &&
    only?.kind === 'value' &&
    only.reading.kind === 'number'
    ? only
    : null;
};

/**
 * In laid-out text a number too wide for its cell wraps: `311` above the row and `9` below it
 * for 3119. Two lone numbers in the same column on the lines just above and below a row,
 * where that row has no number in that column, are one number of that row.
 */
function joinWrappedNumbers(tokens: readonly Token[]): Token[] {
  const out = [...tokens];
  for (let i = 0; i < out.length; i++) {
    const top = out[i];
    if (top?.kind !== 'value' || top.tabular || top.x === undefined) continue;
    if (loneNumber(out, top.line) !== top) continue;
    const x = top.x;
    const bottom = loneNumber(out, top.line + 2);
    if (bottom?.x === undefined || Math.abs(bottom.x - x) > 3) continue;
    const between = out.filter((t) => t.line === top.line + 1);
    if (between.some((t) => t.x !== undefined && Math.abs(t.x - x) <= 3)) continue;
    // The row between holds laid-out numbers of its own; a label or an empty cell alone between
    // two numbers is text copied one cell a line (`6` / `行政规范性文件` / `0`, `0` / `|` /
    // `0`), never a number wrapped in a cell.
    const rowNumbers = between.filter(
      (t) => t.kind === 'value' && t.reading.kind === 'number' && t.x !== undefined,
    );
    if (rowNumbers.length === 0) continue;
    const lastBetween = between[between.length - 1];
    if (
      lastBetween === undefined ||
      top.reading.kind !== 'number' ||
      bottom.reading.kind !== 'number'
    )
      continue;
    const joined: ValueToken = {
      ...top,
      reading: {
        ...top.reading,
        digits: top.reading.digits + bottom.reading.digits,
        unit: bottom.reading.unit,
      },
      source: `${top.source}${bottom.source}`,
      line: top.line + 1,
    };
    // The joined number belongs at the end of the row between the two pieces.
    out.splice(out.indexOf(bottom), 1);
    out.splice(i, 1);
    out.splice(out.indexOf(lastBetween) + 1, 0, joined);
    i -= 1;
  }
  return out;
}

/** The tokens of lines [from, to), in reading order. */
export function tokenize(lines: readonly SourceLine[], from: number, to: number): Token[] {
  const tokens: Token[] = [];
  for (let i = from; i < to; i++) {
    const line = lines[i];
    if (line === undefined) continue;
    if (line.emptyCell === true) {
      tokens.push({
        kind: 'value',
        reading: { kind: 'blank' },
        source: '',
        line: i,
        cell: 0,
        tabular: true,
      });
      continue;
    }
    // A spacer row (every cell empty) carries nothing and would only add blank values.
    if (line.cells.every(isBlank)) continue;
    line.cells.forEach((text, c) => {
      tokens.push(...cellTokens(text, i, c, line.tabular, line.starts?.[c]));
    });
  }
  return joinWrappedNumbers(tokens);
}
