import { applicationsBalance } from './applicationsBalance';
import { applicationsHandledTotal } from './applicationsHandledTotal';
import { applicationsRowTotal } from './applicationsRowTotal';
import { tableBlankCells } from './blankCells';
import { cellInvalid } from './cellInvalid';
import type { CheckEntry } from './context';
import { metaDeadline } from './deadline';
import { narrativeNumberMismatch } from './narrativeMismatch';
import { previousCarriedOver } from './previousCarriedOver';
import { previousInForce } from './previousInForce';
import { previousLastYearItems } from './previousLastYearItems';
import { proactiveInForceBelowIssued } from './proactiveInForceBelowIssued';
import { proactiveRulesAuthority } from './proactiveRulesAuthority';
import { reviewTotal } from './reviewTotal';
import { sectionEmpty } from './sectionEmpty';
import { sectionFeesNotStated } from './sectionFeesNotStated';
import { statsDedupedAtMostChannels } from './statsDedupedAtMostChannels';
import { statsSubsetOfParent } from './statsSubsetOfParent';
import type { Severity } from './types';

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

/**
 * Every check of the catalogue (report-json.md §3), in catalogue order: one entry per check,
 * one file per entry. The record is keyed by id so the compiler insists on every catalogue id
 * exactly once; adding a check is one file, and here its id in CHECK_IDS and its entry below.
 */
const BY_ID = {
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
} as const satisfies Record<CheckId, CheckEntry>;

/** The entries in catalogue order. */
export const CHECKS: readonly CheckEntry[] = Object.values(BY_ID);

export function checkEntry(id: CheckId): CheckEntry {
  return BY_ID[id];
}

/**
 * The severity of every check: errors are the arithmetic the format itself prints or implies,
 * warnings are plausibility and continuity, info is progress. Fixed per check, so the UI and the
 * CLI can group without running checks.
 */
export const CHECK_SEVERITY = Object.fromEntries(CHECKS.map((c) => [c.id, c.severity])) as Readonly<
  Record<CheckId, Severity>
>;
