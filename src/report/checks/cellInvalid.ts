import type { CellKind } from '../definition/types';
import { invalidEntries } from '../invalidEntries';
import { MONEY_DECIMALS } from '../money';
import { EVERY_EDITION, NO_FINDINGS, type CheckEntry, type RawFinding } from './context';
import { cellLabels, str, VALID_VALUE } from './messages';
import { cellPlan } from './plan';

const MONEY_SCALE = 10 ** MONEY_DECIMALS;

/**
 * Whether a stored value is valid for its kind. Money is held as integer millionths, so a
 * non-integer there means more than 6 decimals. Restore already refuses such values; this
 * guards documents built any other way (and stored totals, which restore does not recompute).
 */
function isValid(kind: CellKind, value: unknown): boolean {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) return false;
  switch (kind) {
    case 'count':
    case 'money':
      return value >= 0;
    case 'signed':
      return true;
  }
}

/** The value as the user would write it (money in 万元), for `actual` and the message. */
function shown(kind: CellKind, value: unknown): number | string {
  if (typeof value === 'number') {
    return Number.isFinite(value) && kind === 'money' ? value / MONEY_SCALE : value;
  }
  return typeof value === 'string' ? value : typeof value;
}

/**
 * `cell.invalid`: one error per known cell whose stored value is not valid for its kind, and
 * one per invalid text kept for a cell (see invalidEntries.ts).
 */
export const cellInvalid: CheckEntry = {
  id: 'cell.invalid',
  severity: 'error',
  appliesTo: EVERY_EDITION,
  run(ctx) {
    const plan = cellPlan(ctx.doc.format);
    let findings: RawFinding[] | null = null;
    // An absent optional table reads as blank in the snapshot, so one pass over all cells suffices.
    for (const cell of plan.all) {
      const value = ctx.values[cell.index];
      if (value === null || isValid(cell.kind, value)) continue;
      const actual = shown(cell.kind, value);
      findings ??= [];
      findings.push({
        status: 'fail',
        cells: [cell.id],
        expected: null,
        actual: typeof actual === 'number' && !Number.isFinite(actual) ? String(actual) : actual,
        part: cell.table,
        params: { shown: String(actual) },
      });
    }
    // Text typed into a cell that was not a valid value is kept beside the blank cell: one error
    // each, so it stays visible (in the cell and the list) until fixed or undone.
    for (const [id, entry] of invalidEntries(ctx.doc)) {
      const cell = plan.byId.get(id);
      if (cell === undefined || ctx.doc.tables[cell.table] === null) continue;
      findings ??= [];
      findings.push({
        status: 'fail',
        cells: [cell.id],
        expected: null,
        actual: entry,
        part: cell.table,
        params: { shown: `“${entry}”` },
      });
    }
    return findings ?? NO_FINDINGS;
  },
  describe(f, edition) {
    const { table, row, column } = cellLabels(edition, f.cells[0]);
    return `${table.shortName}「${row.label}」行「${column.label}」：${str(f.params, 'shown')} 不是有效的数值，${VALID_VALUE[column.kind]}`;
  },
};
