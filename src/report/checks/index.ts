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
import { definitionOf } from '../definition/editions';
import type { EditionDefinition, Format } from '../definition/types';
import type { ReportDocument } from '../document';
import type { CheckEntry, RawFinding } from './context';
import { checkEntry, CHECKS } from './registry';
import { CHECK_IDS, type CheckId, type Finding } from './types';
import { snapshotValues } from './values';

export { acknowledgementCell, findingKey, isAcknowledged } from './acknowledgement';
export { CHECK_SEVERITY } from './registry';

export interface CheckOptions {
  /** Last year's report, for the previous.* continuity checks. */
  readonly previous?: ReportDocument | null;
  /** "Now" for date-based checks; defaults to the current date. */
  readonly today?: Date;
  /** Only the checks whose id passes (e.g. the previous.* checks between two units' years). */
  readonly only?: (id: CheckId) => boolean;
}

/** Every catalogue id is implemented. */
export type ImplementedCheckId = CheckId;

/** The implemented ids, in catalogue order. */
export const IMPLEMENTED_CHECK_IDS: readonly ImplementedCheckId[] = CHECK_IDS.filter((id) =>
  CHECKS.some((c) => c.id === id),
);

/** The checks that apply to an edition, in catalogue order (prepared once per edition). */
const applicable = new Map<Format, readonly CheckEntry[]>();
function checksFor(format: Format, edition: EditionDefinition): readonly CheckEntry[] {
  let list = applicable.get(format);
  if (list === undefined) {
    list = CHECKS.filter((c) => c.appliesTo(edition));
    applicable.set(format, list);
  }
  return list;
}

/** A finding as shown: its check's id and severity, and the message built from its params. */
function finished(entry: CheckEntry, raw: RawFinding, edition: EditionDefinition): Finding {
  const { params: _params, ...rest } = raw;
  return {
    check: entry.id,
    severity: entry.severity,
    ...rest,
    message: entry.describe(raw, edition),
  };
}

/** The message of a raw finding of a check, in the words of the edition (for callers that re-word). */
export function findingMessage(id: CheckId, raw: RawFinding, format: Format): string {
  return checkEntry(id).describe(raw, definitionOf(format));
}

/** Runs every check that applies to the document's edition; findings in catalogue order. */
export function runChecks(doc: ReportDocument, options: CheckOptions = {}): Finding[] {
  const edition = definitionOf(doc.format);
  const ctx = {
    doc,
    edition,
    values: snapshotValues(doc),
    previous: options.previous ?? null,
    today: options.today,
  };
  const findings: Finding[] = [];
  for (const entry of checksFor(doc.format, edition)) {
    if (options.only !== undefined && !options.only(entry.id)) continue;
    for (const raw of entry.run(ctx)) findings.push(finished(entry, raw, edition));
  }
  return findings;
}
