import type { TableDef } from '../../../report/definition/types';
import { importProblem } from '../problemCodes';
import type { ImportProblem, LocatedCell } from '../types';
import { cellFromSlot, notFoundCell, type Slot } from './cellValue';
import { fitSlots, type TableReading } from './tableRows';
import type { Token } from './tokens';

/** 表四's value cells in printed order, from the definition's layout. */
function printedOrder(table: TableDef): { row: string; column: string }[] {
  return table.layout.body.flat().flatMap((cell) => (cell.type === 'value' ? [cell] : []));
}

/** Value tokens grouped by line, leading label text skipped, later text kept as unreadable. */
function valueLines(tokens: readonly Token[]): Slot[][] {
  const lines = new Map<number, Slot[]>();
  for (const token of tokens) {
    const slots = lines.get(token.line) ?? [];
    if (token.kind === 'value') {
      if (token.reading.kind === 'blank' && !token.tabular) continue;
      slots.push({ kind: 'value', reading: token.reading, source: token.source });
    } else if (slots.some((s) => s.kind === 'value' && s.reading.kind !== 'blank')) {
      slots.push({ kind: 'unreadable', source: token.text });
    }
    lines.set(token.line, slots);
  }
  // A sentence with a number in it (`2020 年，我单位……`) is narrative around the table.
  const prose = new Set(
    tokens.filter((t) => t.kind === 'text' && SENTENCE.test(t.text)).map((t) => t.line),
  );
  return [...lines.entries()]
    .filter(([line]) => !prose.has(line))
    .map(([, slots]) => slots)
    .filter((slots) => slots.some((s) => s.kind === 'value' && s.reading.kind !== 'blank'));
}

/** Sentence punctuation: never in a header or value cell of 表四. */
const SENTENCE = /[，。；,;]/;

/**
 * 表四 has no row labels: its 15 values follow the three header rows, in one printed row (or,
 * in some reports, three rows of five). Reads them in the definition's printed order.
 */
export function readReview(table: TableDef, tokens: readonly Token[]): TableReading {
  const order = printedOrder(table);
  const ids = order.map((o) => `${table.id}.${o.row}.${o.column}`);
  const lines = valueLines(tokens);
  if (lines.length === 0) {
    return { cells: ids.map(notFoundCell), problems: [], rowsFound: 0, lines: null };
  }
  const all = lines.flat();
  const tokensLines = tokens.filter((t) => t.kind === 'value').map((t) => t.line);
  const span: [number, number] = [Math.min(...tokensLines), Math.max(...tokensLines)];
  const slots = fitReview(lines, order.length, table.rows.length);
  if (slots === null) {
    const source = all.map((s) => (s.kind === 'gap' ? '' : s.source) || '□').join(' ');
    const problems: ImportProblem[] = [
      importProblem(
        'row.valueCount',
        'warning',
        { table: table.id, row: '', expected: order.length, found: all.length, source },
        table.id,
      ),
    ];
    return { cells: ids.map(notFoundCell), problems, rowsFound: 1, lines: span };
  }
  const cells: LocatedCell[] = [];
  const problems: ImportProblem[] = [];
  order.forEach((place, i) => {
    const column = table.rows
      .find((r) => r.id === place.row)
      ?.columns.find((c) => c.id === place.column);
    const slot = slots[i];
    const id = ids[i] ?? '';
    if (column === undefined || slot === undefined) {
      cells.push(notFoundCell(id));
      return;
    }
    const outcome = cellFromSlot(id, column, slot, null);
    cells.push(outcome.cell);
    problems.push(...outcome.problems);
  });
  return { cells, problems, rowsFound: 1, lines: span };
}

/**
 * The 15 slots: one row of 15; or one row per group (3 × 5); or, in laid-out text where a
 * row may wrap, exactly 15 values in the region. Anything else is a mismatch.
 */
function fitReview(lines: readonly Slot[][], count: number, groups: number): Slot[] | null {
  const first = fitSlots(lines[0] ?? [], count);
  if (first !== null) return first;
  if (lines.length === groups) {
    const rows = lines.map((l) => fitSlots(l, count / groups));
    if (rows.every((r) => r !== null)) return rows.flat();
  }
  // Laid-out text (no blank cells to place) may wrap the row: then exactly 15 values.
  const all = lines.flat();
  if (all.some((s) => s.kind === 'value' && s.reading.kind === 'blank')) return null;
  return all.length === count ? all : null;
}
