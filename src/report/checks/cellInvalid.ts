import type { CellKind } from '../definition/types';
import { invalidEntries } from '../invalidEntries';
import { MONEY_DECIMALS } from '../money';
import { NO_FINDINGS, type CheckContext } from './context';
import * as text from './messages';
import { cellPlan } from './plan';
import { CHECK_SEVERITY } from './severity';
import type { Finding } from './types';

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
export function cellInvalid(ctx: CheckContext): readonly Finding[] {
  const plan = cellPlan(ctx.doc.format);
  let findings: Finding[] | null = null;
  // An absent optional table reads as blank in the snapshot, so one pass over all cells suffices.
  for (const cell of plan.all) {
    const value = ctx.values[cell.index];
    if (value === null || isValid(cell.kind, value)) continue;
    const actual = shown(cell.kind, value);
    findings ??= [];
    findings.push({
      check: 'cell.invalid',
      severity: CHECK_SEVERITY['cell.invalid'],
      status: 'fail',
      cells: [cell.id],
      expected: null,
      actual: typeof actual === 'number' && !Number.isFinite(actual) ? String(actual) : actual,
      message: text.cellInvalid(
        cell.tableDef.shortName,
        cell.rowDef.label,
        cell.columnDef.label,
        String(actual),
        cell.kind,
      ),
      part: cell.table,
    });
  }
  // Text typed into a cell that was not a valid value is kept beside the blank cell: one error
  // each, so it stays visible (in the cell and the list) until fixed or undone.
  for (const [id, entry] of invalidEntries(ctx.doc)) {
    const cell = plan.byId.get(id);
    if (cell === undefined || ctx.doc.tables[cell.table] === null) continue;
    findings ??= [];
    findings.push({
      check: 'cell.invalid',
      severity: CHECK_SEVERITY['cell.invalid'],
      status: 'fail',
      cells: [cell.id],
      expected: null,
      actual: entry,
      message: text.cellInvalid(
        cell.tableDef.shortName,
        cell.rowDef.label,
        cell.columnDef.label,
        `“${entry}”`,
        cell.kind,
      ),
      part: cell.table,
    });
  }
  return findings ?? NO_FINDINGS;
}
