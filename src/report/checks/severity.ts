import type { CheckId, Severity } from './types';

/**
 * The severity of every check of the contract's catalogue (report-json.md §3): errors are the
 * arithmetic the format itself prints or implies, warnings are plausibility and continuity,
 * info is progress. Fixed per check, so the UI and the CLI can group without running checks.
 */
export const CHECK_SEVERITY = {
  'cell.invalid': 'error',
  'applications.rowTotal': 'error',
  'applications.handledTotal': 'error',
  'applications.balance': 'error',
  'review.total': 'error',
  'stats.subsetOfParent': 'error',
  'previous.carriedOver': 'warning',
  'previous.inForce': 'warning',
  'previous.lastYearItems': 'warning',
  'proactive.rulesAuthority': 'warning',
  'proactive.inForceBelowIssued': 'warning',
  'stats.dedupedAtMostChannels': 'warning',
  'section.empty': 'warning',
  'section.feesNotStated': 'warning',
  'narrative.numberMismatch': 'warning',
  'table.blankCells': 'info',
  'meta.deadline': 'info',
} as const satisfies Record<CheckId, Severity>;
