import type { CellId } from '../cells';

/** Stable check ids of the contract's catalogue (report-json.md §3). */
export const CHECK_IDS = [
  'cell.invalid',
  'applications.rowTotal',
  'applications.handledTotal',
  'applications.balance',
  'review.total',
  'stats.subsetOfParent',
  'previous.carriedOver',
  'previous.inForce',
  'previous.lastYearItems',
  'proactive.rulesAuthority',
  'proactive.inForceBelowIssued',
  'stats.dedupedAtMostChannels',
  'section.empty',
  'section.feesNotStated',
  'narrative.numberMismatch',
  'table.blankCells',
  'meta.deadline',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

export type Severity = 'error' | 'warning' | 'info';
export type FindingStatus = 'fail' | 'not-assessable';

/** One broken (or not yet assessable) relation, in the contract's finding shape. */
export interface Finding {
  readonly check: CheckId;
  readonly severity: Severity;
  readonly status: FindingStatus;
  /** The cells involved: the left side of the relation first, then the right. */
  readonly cells: readonly CellId[];
  readonly expected: number | string | null;
  readonly actual: number | string | null;
  /** Chinese message naming the cells in the form's own words. */
  readonly message: string;
  /** Where the finding belongs in the report: a table id, a section key, or `meta`. */
  readonly part:
    | 'proactive'
    | 'applications'
    | 'review'
    | 'disclosureStats'
    | 'overview'
    | 'problems'
    | 'other'
    | 'meta';
}
