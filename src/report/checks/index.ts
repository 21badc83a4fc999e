/**
 * The check catalogue of report-json.md §3, run on one document.
 *
 * Conventions every check follows:
 * - `cells`: contract cell ids of THIS year's report, the left side of the relation first, then
 *   the right side. Cells of last year's report (previous.*) are named in the message only.
 * - `actual` is the left side's value (the checked cell, or the sum on the left); `expected` is
 *   the right side's value, i.e. what the left side should be (for ≤ / ≥ relations: the bound).
 *   applications.balance: actual = 本年新收 + 上年结转, expected = （七）总计 + 结转下年度继续办理.
 *   Both are evaluated with blanks as 0, exactly as the check evaluated them.
 * - Blanks (the contract's rule): a check evaluates blanks as 0. If it then holds, it passes; if
 *   not and a blank cell is among its inputs (computed cells included: a blank stored total is a
 *   blank input), its status is `not-assessable` (待填写) instead of `fail`.
 * - A relation whose input holds a non-number (NaN, text) is skipped: `cell.invalid` reports it.
 *
 * Checks run in catalogue order; each is a pure function of the context, prepared per edition
 * once (module-level caches), so running them on every keystroke only reads values.
 */
import type { ReportDocument } from '../document';
import { applicationsBalance } from './applicationsBalance';
import { applicationsHandledTotal, applicationsRowTotal } from './applicationsTotals';
import { tableBlankCells } from './blankCells';
import { cellInvalid } from './cellInvalid';
import { metaDeadline } from './deadline';
import { narrativeNumberMismatch } from './narrativeMismatch';
import type { Check, CheckContext } from './context';
import { statsDedupedAtMostChannels, statsSubsetOfParent } from './disclosureStats';
import { previousCarriedOver, previousInForce, previousLastYearItems } from './previousYear';
import { proactiveInForceBelowIssued, proactiveRulesAuthority } from './proactivePlausibility';
import { reviewTotal } from './reviewTotal';
import { sectionEmpty, sectionFeesNotStated } from './sections';
import { CHECK_IDS, type CheckId, type Finding } from './types';
import { snapshotValues } from './values';

export { acknowledgementCell, findingKey, isAcknowledged } from './acknowledgement';
export { CHECK_SEVERITY } from './severity';

export interface CheckOptions {
  /** Last year's report, for the previous.* continuity checks. */
  readonly previous?: ReportDocument | null;
  /** "Now" for date-based checks; defaults to the current date. */
  readonly today?: Date;
}

/** Every catalogue id is implemented. */
export type ImplementedCheckId = CheckId;

/** Every implemented check, in catalogue order; `satisfies` makes the list exhaustive. */
const CHECKS = {
  'cell.invalid': cellInvalid,
  'applications.rowTotal': applicationsRowTotal,
  'applications.handledTotal': applicationsHandledTotal,
  'applications.balance': applicationsBalance,
  'review.total': reviewTotal,
  'stats.subsetOfParent': statsSubsetOfParent,
  'previous.carriedOver': previousCarriedOver,
  'previous.inForce': previousInForce,
  'previous.lastYearItems': previousLastYearItems,
  'proactive.rulesAuthority': proactiveRulesAuthority,
  'proactive.inForceBelowIssued': proactiveInForceBelowIssued,
  'stats.dedupedAtMostChannels': statsDedupedAtMostChannels,
  'section.empty': sectionEmpty,
  'section.feesNotStated': sectionFeesNotStated,
  'narrative.numberMismatch': narrativeNumberMismatch,
  'table.blankCells': tableBlankCells,
  'meta.deadline': metaDeadline,
} as const satisfies Record<ImplementedCheckId, Check>;

const ORDERED: readonly Check[] = Object.values(CHECKS);

/** The implemented ids, in catalogue order. */
export const IMPLEMENTED_CHECK_IDS: readonly ImplementedCheckId[] = CHECK_IDS.filter(
  (id): id is ImplementedCheckId => id in CHECKS,
);

/** Runs every implemented check on the document; findings in catalogue order. */
export function runChecks(doc: ReportDocument, options: CheckOptions = {}): Finding[] {
  const ctx: CheckContext = {
    doc,
    values: snapshotValues(doc),
    previous: options.previous ?? null,
    today: options.today,
  };
  const findings: Finding[] = [];
  for (const check of ORDERED) {
    for (const finding of check(ctx)) findings.push(finding);
  }
  return findings;
}
