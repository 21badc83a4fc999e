import type { EditionDefinition } from '../../../report/definition/types';
import { importProblem } from '../problemCodes';
import type { ImportProblem, LocatedCell } from '../types';

/**
 * A printed total that disagrees with the sum of its printed parts. The cells stay as
 * printed (the checks will flag them too); the import says so, so nothing is silently fixed.
 */
export function totalMismatches(
  def: EditionDefinition,
  cells: readonly LocatedCell[],
): ImportProblem[] {
  const byId = new Map(cells.map((c) => [c.cell, c]));
  const problems: ImportProblem[] = [];
  for (const table of Object.values(def.tables)) {
    for (const formula of table.formulas) {
      const id = (ref: { table: string; row: string; column: string }): string =>
        `${ref.table}.${ref.row}.${ref.column}`;
      const target = byId.get(id(formula.target));
      if (target?.status !== 'read' || target.value === null) continue;
      const terms = formula.terms.map((t) => byId.get(id(t)));
      if (terms.some((t) => t?.status !== 'read')) continue;
      const sum = terms.reduce((acc, t) => acc + (t?.value ?? 0), 0);
      if (sum !== target.value) {
        problems.push(
          importProblem('total.mismatch', 'warning', { printed: target.value, sum }, target.cell),
        );
      }
    }
  }
  return problems;
}
