import type { CellId } from '../cells';
import { definitionOf, TABLE_IDS } from '../definition/editions';
import { NO_FINDINGS, type CheckContext } from './context';
import * as text from './messages';
import { cellPlan } from './plan';
import { CHECK_SEVERITY } from './severity';
import type { Finding } from './types';

/**
 * `table.blankCells` (info): per table, the input cells still blank, so a finished report is
 * filled in completely (0 where 0 is meant) before printing. Computed cells are excluded: the
 * editor fills them. The optional statistics table counts only when the report includes it.
 */
export function tableBlankCells(ctx: CheckContext): readonly Finding[] {
  const { doc } = ctx;
  const plan = cellPlan(doc.format);
  let findings: Finding[] | null = null;
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
      check: 'table.blankCells',
      severity: CHECK_SEVERITY['table.blankCells'],
      status: 'fail',
      cells: blank,
      expected: 0,
      actual: blank.length,
      message: text.blankCells(definitionOf(doc.format).tables[table].shortName, blank.length),
      part: table,
    });
  }
  return findings ?? NO_FINDINGS;
}
