import type { CellStatus, LocatedCell } from '../../../io/import/types';
import { runChecks } from '../../../report/checks';
import type { Finding } from '../../../report/checks/types';
import type { RestoredDocument } from '../../../report/document';
import { isSameReport, type ExistingReport } from '../importFlow';

export type StatusCounts = Readonly<Record<CellStatus, number>>;

/** How many imported cells were read, inferred and not found. */
export function statusCounts(cells: readonly LocatedCell[]): StatusCounts {
  const counts = { read: 0, inferred: 0, notFound: 0 };
  for (const c of cells) counts[c.status] += 1;
  return counts;
}

/** The located cells by contract cell id (the first one wins if an adapter repeats a cell). */
export function cellsById(cells: readonly LocatedCell[]): ReadonlyMap<string, LocatedCell> {
  const map = new Map<string, LocatedCell>();
  for (const c of cells) if (!map.has(c.cell)) map.set(c.cell, c);
  return map;
}

/** The status in the user's words (legend, accessible names, the source panel). */
export const STATUS_TEXT: Readonly<Record<CellStatus, string>> = {
  read: '已读取',
  inferred: '推断',
  notFound: '未找到',
};

/** The check results of the imported report, as the editor would show them. */
export function importFindings(doc: RestoredDocument, today: Date): readonly Finding[] {
  // No previous report yet: continuity checks run once it is linked, as for a JSON file.
  return runChecks(doc, { previous: null, today });
}

/**
 * Reports the imported one could be last year's report for: later years of the library, the
 * same agency and the year just after first. A report of the same agency and year is not one
 * (that is a replacement, offered apart).
 */
export function nextYearCandidates(
  doc: Pick<RestoredDocument, 'agency' | 'year'>,
  existing: readonly ExistingReport[],
): ExistingReport[] {
  const agency = doc.agency.trim();
  const rank = (r: ExistingReport): number =>
    (r.agency.trim() === agency ? 0 : 2) + (r.year === doc.year + 1 ? 0 : 1);
  return existing
    .filter((r) => r.year !== null && r.year > doc.year && !isSameReport(doc, r))
    .sort(
      (a, b) => rank(a) - rank(b) || (a.year ?? 0) - (b.year ?? 0) || b.updatedAt - a.updatedAt,
    );
}
