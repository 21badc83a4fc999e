import type { Acknowledgement, ReportDocument } from '../document';
import type { CheckId, Finding } from './types';

/**
 * Checks whose finding is about a whole table or section: their cells change as the user edits
 * (the blank cells get filled), so the instance is identified by `part`, not by the first cell.
 */
const ANCHORED_BY_PART: ReadonlySet<CheckId> = new Set<CheckId>([
  'table.blankCells',
  'section.empty',
  'section.feesNotStated',
]);

/**
 * What identifies one instance of a check, and what an acknowledgement stores in `cell`: the
 * first cell of the finding (the left side of its relation), or the table/section key for
 * findings about a whole part (see ANCHORED_BY_PART) and for findings without cells.
 */
export function acknowledgementCell(f: Finding): string {
  if (ANCHORED_BY_PART.has(f.check)) return f.part;
  return f.cells[0] ?? f.part;
}

/** Stable key of a finding across runs: check id + its anchor cell. */
export function findingKey(f: Finding): string {
  return `${f.check}@${acknowledgementCell(f)}`;
}

function matches(a: Acknowledgement, f: Finding): boolean {
  if (a.check !== f.check) return false;
  // An acknowledgement without a cell (hand-written files) covers a check that has no cells.
  if (a.cell === undefined) return f.cells.length === 0;
  return a.cell === acknowledgementCell(f);
}

/** Whether the user accepted this warning or info. Errors cannot be acknowledged away. */
export function isAcknowledged(f: Finding, doc: Pick<ReportDocument, 'acknowledged'>): boolean {
  if (f.severity === 'error') return false;
  return doc.acknowledged.some((a) => matches(a, f));
}
