import { definitionOf } from '../definition/editions';
import type { TableId } from '../definition/types';
import type { ReportDocument } from '../document';
import { cellPlan } from './plan';

/**
 * The stored values of a document, flat, in the order of its edition's cell plan (`CellSpec.index`).
 * Read once per run: the checks then index an array instead of doing three keyed lookups per
 * cell per check, which is what keeps a run of all checks within the keystroke budget.
 * `unknown`, not CellValue: a document built outside restore may hold anything, and
 * `cell.invalid` must see it as stored. A missing row, column or table reads as blank (null).
 */
export type CellValues = readonly unknown[];

export function snapshotValues(doc: ReportDocument): CellValues {
  const plan = cellPlan(doc.format);
  const values = new Array<unknown>(plan.all.length);
  for (const { table, row, cells } of plan.rows) {
    const stored: Readonly<Record<string, unknown>> | undefined = doc.tables[table]?.[row];
    for (const cell of cells) values[cell.index] = stored?.[cell.column] ?? null;
  }
  return values;
}

const outsideCache = new WeakMap<object, boolean>();

/**
 * Whether a table holds filled-in values in rows or columns the document's edition lacks — what
 * an edition switch keeps (e.g. 2021's three （六） rows after a switch to 2019). Those values wait
 * to be entered in the edition's own rows, so sums over the edition's blank rows are not yet
 * assessable. Cached per table object (documents are immutable).
 */
export function holdsValuesOutsideEdition(doc: ReportDocument, table: TableId): boolean {
  const values = doc.tables[table];
  if (values === null) return false;
  const known = outsideCache.get(values);
  if (known !== undefined) return known;
  const rows = definitionOf(doc.format).tables[table].rows;
  let outside = false;
  for (const [rowId, cells] of Object.entries(values)) {
    const row = rows.find((r) => r.id === rowId);
    for (const [column, value] of Object.entries(cells)) {
      if (value !== null && row?.columns.some((c) => c.id === column) !== true) outside = true;
    }
  }
  outsideCache.set(values, outside);
  return outside;
}
