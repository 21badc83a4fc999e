import type { Format } from '../definition/types';
import type { ReportDocument } from '../document';
import { cellPlan, perFormat, type CellSpec } from '../checks/plan';

/**
 * The input cells of one unit's report as a flat vector in the edition's cell-plan order, with
 * NaN for blank. Many-report work (consolidation, review of thousands of files) keeps these
 * few kilobytes per unit instead of whole documents, and can move them between threads.
 */
export interface UnitVector {
  readonly format: Format;
  /** Input cells in `inputCells(format)` order; NaN = blank (blank is not zero). */
  readonly values: Float64Array;
  /** Whether the report includes the optional 公开及回应解读情况统计 table. */
  readonly hasDisclosureStats: boolean;
}

/** Every input (non-computed) cell of the edition, in definition order. */
export const inputCells = perFormat((format: Format): readonly CellSpec[] =>
  cellPlan(format).all.filter((c) => !c.computed),
);

export function unitVector(doc: ReportDocument): UnitVector {
  const cells = inputCells(doc.format);
  const values = new Float64Array(cells.length);
  cells.forEach((c, i) => {
    const v: unknown = doc.tables[c.table]?.[c.row]?.[c.column];
    values[i] = typeof v === 'number' && Number.isFinite(v) ? v : Number.NaN;
  });
  return { format: doc.format, values, hasDisclosureStats: doc.tables.disclosureStats !== null };
}
