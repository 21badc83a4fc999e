import { blankTable, createBlankDocument } from '../blank';
import { runChecks } from '../checks';
import type { CheckId } from '../checks/types';
import { definitionOf } from '../definition/editions';
import { asRestored, type ReportDocument } from '../document';
import { recomputeAll } from '../totals';
import { agencyKey, type UnitSummary } from './unitSummary';
import { inputCells, type UnitVector } from './unitVector';

/** One unit as the continuity check needs it: who and when, and its input cells. */
export interface ContinuityEntry {
  readonly file: string;
  readonly summary: UnitSummary;
  readonly vector: UnitVector;
}

/**
 * A unit's report that does not follow on from the same unit's report of the year before, as
 * the previous.* checks of one report would say if last year's report were linked to it (e.g.
 * 上年结转 ≠ last year's 结转下年度继续办理).
 */
export interface ContinuityBreak {
  readonly code: 'continuity';
  /** This year's file first, then last year's. */
  readonly files: readonly [string, string];
  readonly agency: string;
  readonly year: number;
  readonly check: CheckId;
  /** The check's own message, in the form's words. */
  readonly message: string;
}

/** The tables of a unit as a report document (narrative blank), totals derived as usual. */
function documentOf(entry: ContinuityEntry): ReportDocument {
  const { format, values, hasDisclosureStats } = entry.vector;
  const blank = createBlankDocument({
    agency: entry.summary.agency,
    year: entry.summary.year,
    format,
  });
  const tables = {
    proactive: structuredClone(blank.tables.proactive),
    applications: structuredClone(blank.tables.applications),
    review: structuredClone(blank.tables.review),
    disclosureStats: hasDisclosureStats
      ? blankTable(definitionOf(format).tables.disclosureStats)
      : null,
  };
  for (const [i, spec] of inputCells(format).entries()) {
    const v = values[i] ?? Number.NaN;
    const row = tables[spec.table]?.[spec.row];
    if (row !== undefined && !Number.isNaN(v)) row[spec.column] = v;
  }
  return asRestored(recomputeAll({ ...blank, tables }));
}

const isContinuityCheck = (id: CheckId): boolean => id.startsWith('previous.');

/**
 * For every unit whose report of the year before is among `entries` (same agency, one per
 * agency and year: pass the winners of duplicates), the previous.* checks between the two.
 * Only broken relations are listed: a blank side is the unit's own business (待填写 in its
 * report), not a break between two years.
 */
export function continuityBreaks(entries: readonly ContinuityEntry[]): ContinuityBreak[] {
  const byKey = new Map(
    entries.map((e) => [`${agencyKey(e.summary.agency)}|${String(e.summary.year)}`, e]),
  );
  const breaks: ContinuityBreak[] = [];
  for (const entry of entries) {
    if (agencyKey(entry.summary.agency) === '') continue;
    const previous = byKey.get(
      `${agencyKey(entry.summary.agency)}|${String(entry.summary.year - 1)}`,
    );
    if (previous === undefined) continue;
    const findings = runChecks(documentOf(entry), {
      previous: documentOf(previous),
      only: isContinuityCheck,
    });
    for (const f of findings) {
      if (f.status !== 'fail') continue;
      breaks.push({
        code: 'continuity',
        files: [entry.file, previous.file],
        agency: entry.summary.agency,
        year: entry.summary.year,
        check: f.check,
        message: f.message,
      });
    }
  }
  return breaks;
}
