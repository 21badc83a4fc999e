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
