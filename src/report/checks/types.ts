import type { CellId } from '../cells';

/** Stable check ids of the contract's catalogue (report-json.md §3), listed in the registry. */
export { CHECK_IDS } from './registry';
export type { CheckId } from './registry';
import type { CheckId } from './registry';

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
