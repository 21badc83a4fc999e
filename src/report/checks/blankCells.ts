import type { CellId } from '../cells';
import { TABLE_IDS } from '../definition/editions';
import { EVERY_EDITION, NO_FINDINGS, type CheckEntry, type RawFinding } from './context';
import { cellPlan } from './plan';

/**
 * `table.blankCells` (info): per table, the input cells still blank, so a finished report is
 * filled in completely (0 where 0 is meant) before printing. Computed cells are excluded: the
 * editor fills them. The optional statistics table counts only when the report includes it.
 */
export const tableBlankCells: CheckEntry = {
  id: 'table.blankCells',
  severity: 'info',
  appliesTo: EVERY_EDITION,
  run(ctx) {
    const { doc } = ctx;
    const plan = cellPlan(doc.format);
    let findings: RawFinding[] | null = null;
    for (const table of TABLE_IDS) {
      if (doc.tables[table] === null) continue;
      let blank: CellId[] | null = null;
      for (const cell of plan.inputsByTable[table]) {
        if (ctx.values[cell.index] !== null) continue;
        blank ??= [];
        blank.push(cell.id);
      }
      if (blank === null) continue;
      findings ??= [];
      findings.push({
        status: 'fail',
        cells: blank,
        expected: 0,
        actual: blank.length,
        part: table,
        params: {},
      });
    }
    return findings ?? NO_FINDINGS;
  },
  describe(f, edition) {
    const table = Object.values(edition.tables).find((t) => t.id === f.part);
    return `${table?.shortName ?? f.part}还有 ${String(f.actual)} 个单元格未填写（需要填 0 的请填 0）`;
  },
};
