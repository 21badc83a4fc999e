import type { SourceLine } from '../model';
import { isBlank, labelKey, SPACE } from '../normalize';
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
    }
  | {
      readonly kind: 'value';
      readonly reading: CellReading;
      /** The text the value was read from, as printed. */
      readonly source: string;
      readonly line: number;
      readonly cell: number;
      readonly tabular: boolean;
    };

function cellTokens(text: string, line: number, cell: number, tabular: boolean): Token[] {
  const reading = readCell(text);
  if (reading !== null) {
    if (reading.kind === 'blank' && !tabular) return [];
    return [{ kind: 'value', reading, source: text.trim(), line, cell, tabular }];
  }
  // A laid-out cell may hold several numbers set apart by single spaces, or a label and numbers.
  const words = text.split(SPACE).filter((w) => w !== '');
  const out: Token[] = [];
  let pending: string[] = [];
  const flush = (): void => {
    if (pending.length === 0) return;
    const joined = pending.join(' ');
    out.push({
      kind: 'text',
      text: joined,
      key: labelKey(joined),
      line,
      cell: tabular ? cell : -1,
    });
    pending = [];
  };
  for (const word of words) {
    const wordReading = tabular ? null : readCell(word);
    if (wordReading !== null && wordReading.kind !== 'blank') {
      flush();
      out.push({ kind: 'value', reading: wordReading, source: word, line, cell, tabular });
    } else pending.push(word);
  }
  flush();
  return out;
}

/** The tokens of lines [from, to), in reading order. */
export function tokenize(lines: readonly SourceLine[], from: number, to: number): Token[] {
  const tokens: Token[] = [];
  for (let i = from; i < to; i++) {
    const line = lines[i];
    if (line === undefined) continue;
    // A spacer row (every cell empty) carries nothing and would only add blank values.
    if (line.cells.every(isBlank)) continue;
    line.cells.forEach((text, c) => {
      tokens.push(...cellTokens(text, i, c, line.tabular));
    });
  }
  return tokens;
}
