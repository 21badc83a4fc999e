import type { CrossUnitFinding } from '../../report/aggregate/crossUnit';
import type { UnitSummary } from '../../report/aggregate/unitSummary';
import { hasNotableChange, type YearChange } from '../../report/aggregate/yearChange';
import type { ReviewedUnit } from '../../io/review/reviewFile';
import type { ReviewAnalysisState } from './useReview';

/** One line of the unit table. */
export interface UnitRow {
  readonly unit: ReviewedUnit;
  readonly summary: UnitSummary;
  readonly change: YearChange | undefined;
  /** Another copy of the same agency and year was exported later: left out of 汇总. */
  readonly superseded: boolean;
  /** Findings across units that name this file. */
  readonly cross: readonly CrossUnitFinding[];
}

/** 有错误 / 无错误 / either. */
export type ErrorFilter = 'all' | 'with' | 'without';

export interface UnitFilters {
  readonly errors: ErrorFilter;
  readonly late: boolean;
  readonly changed: boolean;
  readonly search: string;
  /** Only units of this year (consolidation needs one year); null for all. */
  readonly year: number | null;
}

export const NO_FILTERS: UnitFilters = {
  errors: 'all',
  late: false,
  changed: false,
  search: '',
  year: null,
};

export function unitRows(
  units: readonly ReviewedUnit[],
  analysis: ReviewAnalysisState | null,
): UnitRow[] {
  const byFile = new Map<string, CrossUnitFinding[]>();
  for (const f of analysis?.findings ?? []) {
    for (const file of f.files) byFile.set(file, [...(byFile.get(file) ?? []), f]);
  }
  return units.map((unit) => ({
    unit,
    summary: unit.summary,
    change: analysis?.changes.get(unit.file),
    superseded: analysis?.superseded.has(unit.file) ?? false,
    cross: byFile.get(unit.file) ?? [],
  }));
}

export function isLate(s: UnitSummary): boolean {
  return s.timeliness === 'late' || s.timeliness === 'overdue';
}

export function filterRows(rows: readonly UnitRow[], f: UnitFilters): UnitRow[] {
  const needle = f.search.trim();
  return rows.filter(
    (r) =>
      (f.errors === 'all' || (f.errors === 'with') === r.summary.errors > 0) &&
      (!f.late || isLate(r.summary)) &&
      (f.year === null || r.summary.year === f.year) &&
      (!f.changed || hasNotableChange(r.change)) &&
      (needle === '' || r.summary.agency.includes(needle) || r.summary.file.includes(needle)),
  );
}
