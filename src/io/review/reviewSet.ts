import { consolidate, type ConsolidationResult } from '../../report/aggregate/consolidate';
import { continuityBreaks } from '../../report/aggregate/continuity';
import { crossUnitChecks, type CrossUnitResult } from '../../report/aggregate/crossUnit';
import type { UnitSummary } from '../../report/aggregate/unitSummary';
import { yearChanges, type YearChange } from '../../report/aggregate/yearChange';
import type { ReviewedUnit } from './reviewFile';

/** What the review shows beside the units: findings across them and year-on-year changes. */
export interface ReviewAnalysis {
  readonly cross: CrossUnitResult;
  /** By file: change of the key figures against the same unit's previous year. */
  readonly changes: ReadonlyMap<string, YearChange>;
}

export function analyseUnits(units: readonly ReviewedUnit[]): ReviewAnalysis {
  const found = crossUnitChecks(units);
  const kept = units.filter((u) => !found.superseded.has(u.file));
  const winners: UnitSummary[] = kept.map((u) => u.summary);
  const changes = new Map<string, YearChange>();
  for (const [summary, change] of yearChanges(winners)) changes.set(summary.file, change);
  // A unit's two years side by side: the continuity a single report checks against last year.
  const cross = { ...found, findings: [...found.findings, ...continuityBreaks(kept)] };
  return { cross, changes };
}

/**
 * Consolidates the given units, leaving out copies superseded by a later export of the same
 * agency and year (counting a unit twice would be wrong). Same code in the browser and CLI.
 */
export function consolidateUnits(
  units: readonly ReviewedUnit[],
  superseded: ReadonlySet<string>,
  name?: string,
): ConsolidationResult {
  const kept = units.filter((u) => !superseded.has(u.file));
  return consolidate(
    kept.map((u) => ({
      name: u.summary.agency.trim() === '' ? u.file : u.summary.agency,
      year: u.summary.year,
      agencyLevel: u.summary.agencyLevel,
      vector: u.vector,
    })),
    { name },
  );
}
