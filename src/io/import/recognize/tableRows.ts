import type { RowDef, TableId } from '../../../report/definition/types';
import { importProblem } from '../problemCodes';
import { labelKey } from '../normalize';
import type { ImportProblem, LocatedCell } from '../types';
import { cellFromSlot, notFoundCell, type HeaderUnit, type Slot } from './cellValue';
import { headerCentres, placeByColumns } from './columns';
import { isGroupText, rowKeys, rowMatch } from './labels';
import type { Token } from './tokens';

export interface TableReading {
  readonly cells: LocatedCell[];
  readonly problems: ImportProblem[];
  /** Rows whose label was found. */
  readonly rowsFound: number;
  /** Lines the table's rows were read from (first and last), to keep them out of narrative. */
  readonly lines: readonly [number, number] | null;
}

interface Anchor {
  readonly row: RowDef;
  readonly token: number;
}

function suffixKeys(text: string): string[] {
  const words = text.split(' ');
  return words.map((_, i) => labelKey(words.slice(i).join(' ')));
}

/**
 * Finds each row's label in the token stream, in the definition's order: the best match
 * among the rows not yet found, the earliest row on a tie. Rows never move backwards, so a
 * label text repeated later (a split table's repeated header) cannot be taken twice.
 */
function findAnchors(
  table: TableId,
  rows: readonly RowDef[],
  tokens: readonly Token[],
  groups: ReadonlySet<string>,
): Anchor[] {
  const keys = rows.map((row) => rowKeys(table, row));
  const anchors: Anchor[] = [];
  let next = 0;
  tokens.forEach((token, index) => {
    if (token.kind !== 'text' || isGroupText(token.key, groups)) return;
    let best = 0;
    let bestRow = -1;
    // A group label's wrapped piece may sit before the row label in the same cell (`不予公
    // 2.其他法律…`): try the text from each word on.
    const texts = suffixKeys(token.text);
    for (let r = next; r < rows.length; r++) {
      const quality = Math.max(...texts.map((t) => rowMatch(t, keys[r] ?? [])));
      if (quality > best) {
        best = quality;
        bestRow = r;
      }
      if (best === 3) break;
    }
    const row = rows[bestRow];
    if (row === undefined) return;
    anchors.push({ row, token: index });
    next = bestRow + 1;
  });
  return anchors;
}

/** The value slots of one tabular line from token `from` on: label text first, then values. */
function lineSlots(tokens: readonly Token[], from: number, to: number, line: number): Slot[] {
  const slots: Slot[] = [];
  for (let i = from; i < to; i++) {
    const token = tokens[i];
    if (token?.line !== line) continue;
    if (token.kind === 'value')
      slots.push({ kind: 'value', reading: token.reading, source: token.source });
    else if (slots.length > 0) slots.push({ kind: 'unreadable', source: token.text });
  }
  return slots;
}

/** The value slots that belong to the row whose label is token `at`, up to token `end`. */
function slotsAfter(
  tokens: readonly Token[],
  at: number,
  end: number,
  expected: number,
): { slots: Slot[]; lastLine: number } {
  const anchor = tokens[at];
  if (anchor === undefined) return { slots: [], lastLine: -1 };
  const tabular = anchor.kind === 'text' && anchor.cell >= 0;
  if (tabular) {
    const own = lineSlots(tokens, at + 1, end, anchor.line);
    if (own.length > 0) return { slots: own, lastLine: anchor.line };
    // The label sits on a row of its own (a merged label cell): its values follow on the next row.
    const nextValue = tokens.slice(at + 1, end).find((t) => t.kind === 'value');
    if (nextValue === undefined) return { slots: [], lastLine: anchor.line };
    const first = tokens.findIndex((t, i) => i > at && t.line === nextValue.line);
    return { slots: lineSlots(tokens, first, end, nextValue.line), lastLine: nextValue.line };
  }
  const slots: Slot[] = [];
  let lastLine = anchor.line;
  for (let i = at + 1; i < end; i++) {
    const token = tokens[i];
    if (token?.kind !== 'value') continue;
    // Once the row is complete, values on a later line belong to something else (a note).
    if (slots.length >= expected && token.line !== lastLine) break;
    slots.push({
      kind: 'value',
      reading: token.reading,
      source: token.source,
      ...(token.x === undefined ? {} : { x: token.x }),
    });
    lastLine = token.line;
  }
  return { slots, lastLine };
}

const isBlankSlot = (slot: Slot | undefined): boolean =>
  slot?.kind === 'value' && slot.reading.kind === 'blank';

/**
 * Fits the slots found to the row's column count. Extra empty cells at either end (a label
 * cell split in two, a spanning artefact) are dropped; anything else that does not fit is a
 * mismatch, reported, never guessed.
 */
export function fitSlots(slots: readonly Slot[], expected: number): Slot[] | null {
  const fitted = [...slots];
  while (fitted.length > expected && isBlankSlot(fitted[0])) fitted.shift();
  while (fitted.length > expected && isBlankSlot(fitted[fitted.length - 1])) fitted.pop();
  return fitted.length === expected ? fitted : null;
}

const sourceOf = (slots: readonly Slot[]): string =>
  slots.map((s) => (s.kind === 'gap' ? '' : s.source) || '□').join(' ');

export function readRow(
  table: TableId,
  row: RowDef,
  slots: readonly Slot[] | null,
  headerUnits: ReadonlyMap<string, HeaderUnit>,
  centres: readonly number[] | null = null,
): { cells: LocatedCell[]; problems: ImportProblem[] } {
  const ids = row.columns.map((c) => `${table}.${row.id}.${c.id}`);
  if (slots === null) {
    return {
      cells: ids.map(notFoundCell),
      problems: [
        importProblem('row.notFound', 'warning', { table, row: row.id }, `${table}.${row.id}`),
      ],
    };
  }
  const fitted =
    fitSlots(slots, row.columns.length) ??
    (centres !== null && centres.length === row.columns.length && slots.length < centres.length
      ? placeByColumns(slots, centres)
      : null);
  if (fitted === null) {
    return {
      cells: ids.map(notFoundCell),
      problems: [
        importProblem(
          'row.valueCount',
          'warning',
          {
            table,
            row: row.id,
            expected: row.columns.length,
            found: slots.length,
            source: sourceOf(slots),
          },
          `${table}.${row.id}`,
        ),
      ],
    };
  }
  const cells: LocatedCell[] = [];
  const problems: ImportProblem[] = [];
  row.columns.forEach((column, i) => {
    const slot = fitted[i];
    const id = ids[i] ?? '';
    if (slot === undefined) return;
    const outcome = cellFromSlot(id, column, slot, headerUnits.get(column.id) ?? null);
    cells.push(outcome.cell);
    problems.push(...outcome.problems);
  });
  return { cells, problems };
}

/** Reads every row of a table from its region's tokens. */
export function readTableRows(
  table: TableId,
  rows: readonly RowDef[],
  tokens: readonly Token[],
  headerUnits: ReadonlyMap<string, HeaderUnit>,
  groups: ReadonlySet<string> = new Set(),
): TableReading {
  const anchors = findAnchors(table, rows, tokens, groups);
  const byRow = new Map<string, Slot[]>();
  let firstLine = Number.POSITIVE_INFINITY;
  let lastLine = -1;
  anchors.forEach((anchor, k) => {
    const end = anchors[k + 1]?.token ?? tokens.length;
    const found = slotsAfter(tokens, anchor.token, end, anchor.row.columns.length);
    byRow.set(anchor.row.id, found.slots);
    firstLine = Math.min(firstLine, tokens[anchor.token]?.line ?? firstLine);
    lastLine = Math.max(lastLine, found.lastLine);
  });
  const cells: LocatedCell[] = [];
  const problems: ImportProblem[] = [];
  // Column positions from the header (above the first row), for rows of laid-out text.
  const firstAnchor = anchors[0]?.token ?? 0;
  const columnLabels = rows[0]?.columns.map((c) => c.label) ?? [];
  const sameColumns = rows.every((r) => r.columns.length === columnLabels.length);
  const centres = sameColumns ? headerCentres(tokens.slice(0, firstAnchor), columnLabels) : null;
  for (const row of rows) {
    const slots = anchors.length === 0 ? null : (byRow.get(row.id) ?? null);
    const read = readRow(table, row, slots, headerUnits, centres);
    cells.push(...read.cells);
    if (anchors.length > 0) problems.push(...read.problems);
  }
  return {
    cells,
    problems,
    rowsFound: anchors.length,
    lines: anchors.length === 0 ? null : [firstLine, lastLine],
  };
}
