import { displayWidth, labelKey } from '../normalize';
import type { Slot } from './cellValue';
import type { Token } from './tokens';

/**
 * Laid-out text (PDF, pdftotext) leaves no trace of an empty cell: a row prints `821 35 2 1
 * 859` for seven columns. The header still shows where each column is, so each value is put
 * under the header it stands beneath, and the columns left over are empty — inferred, and
 * said so — instead of the row being refused.
 */

interface HeaderWord {
  readonly key: string;
  readonly text: string;
  /** Display column where the word starts. */
  readonly start: number;
}

/** The words of the header texts with their positions (a cell may hold several headers). */
function headerWords(tokens: readonly Token[]): HeaderWord[] {
  const words: HeaderWord[] = [];
  for (const token of tokens) {
    if (token.kind !== 'text' || token.x === undefined) continue;
    const start = token.x - displayWidth(token.text) / 2;
    for (const match of token.text.matchAll(/\S+/g)) {
      const text = match[0].normalize('NFKC');
      words.push({
        key: labelKey(text),
        text,
        start: start + displayWidth(token.text.slice(0, match.index)),
      });
    }
  }
  return words;
}

/** Where in `word` the header `label` is centred, or null when the word does not name it. */
function centreOf(word: HeaderWord, label: string): number | null {
  const at = word.text.indexOf(label);
  if (at >= 0) return word.start + displayWidth(word.text.slice(0, at)) + displayWidth(label) / 2;
  // A header that wraps: its first part stands over the column.
  if (word.key.length >= 2 && labelKey(label).startsWith(word.key)) {
    return word.start + displayWidth(word.text) / 2;
  }
  return null;
}

/**
 * The centre column of each header label, left to right: for each label in printed order the
 * leftmost header text that names it (or starts it, when the header wraps) right of the last.
 */
export function headerCentres(
  tokens: readonly Token[],
  labels: readonly string[],
): number[] | null {
  const words = headerWords(tokens);
  const centres: number[] = [];
  let previous = Number.NEGATIVE_INFINITY;
  for (const label of labels) {
    const printed = label.normalize('NFKC');
    const candidates = words
      .map((w) => centreOf(w, printed))
      .filter((c): c is number => c !== null && c > previous + 1);
    if (candidates.length === 0) return null;
    previous = Math.min(...candidates);
    centres.push(previous);
  }
  return centres;
}

/**
 * Puts each value under a column, keeping their order, with the least total distance (a small
 * dynamic programme); null when a value is far from every column it could take.
 */
export function placeByColumns(slots: readonly Slot[], centres: readonly number[]): Slot[] | null {
  const xs: number[] = [];
  for (const slot of slots) {
    if (slot.kind !== 'value' || slot.x === undefined) return null;
    xs.push(slot.x);
  }
  const n = xs.length;
  const m = centres.length;
  if (n > m) return null;
  const gaps = centres.slice(1).map((c, i) => c - (centres[i] ?? c));
  const tolerance = Math.max(3, Math.min(...gaps) * 0.75);
  // cost[i][j]: best cost of placing the first i values within the first j columns.
  const cost: number[][] = Array.from({ length: n + 1 }, (_, i) =>
    Array.from({ length: m + 1 }, () => (i === 0 ? 0 : Number.POSITIVE_INFINITY)),
  );
  for (let i = 1; i <= n; i++) {
    for (let j = i; j <= m; j++) {
      const distance = Math.abs((xs[i - 1] ?? 0) - (centres[j - 1] ?? 0));
      const take = distance <= tolerance ? (cost[i - 1]?.[j - 1] ?? Infinity) + distance : Infinity;
      const skip = cost[i]?.[j - 1] ?? Infinity;
      const row = cost[i];
      if (row !== undefined) row[j] = Math.min(take, skip);
    }
  }
  if (!Number.isFinite(cost[n]?.[m] ?? Infinity)) return null;
  // Walk back to find which column each value took.
  const placed: Slot[] = centres.map(() => ({ kind: 'gap' }));
  let j = m;
  for (let i = n; i >= 1; i--) {
    while (j > i && (cost[i]?.[j] ?? 0) === (cost[i]?.[j - 1] ?? Infinity)) j -= 1;
    const slot = slots[i - 1];
    if (slot !== undefined) placed[j - 1] = slot;
    j -= 1;
  }
  return placed;
}
