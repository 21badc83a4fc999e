import { isAcknowledged, runChecks } from '../report/checks';
import type { Format } from '../report/definition/types';
import { titleOf, type RestoredDocument } from '../report/document';
import type { Problem } from '../report/restore/problems';
import type { ReportRow } from './db';
import { rowMeta, type RowMeta } from './reportRow';
import { openRow } from './reportsRepository';

/** One line of the drafts library. */
export interface DraftSummary extends RowMeta {
  readonly title: string;
  readonly agency: string;
  readonly year: number | null;
  readonly format: Format | null;
  /** `null` when the stored data could not be read at all (see `problems`). */
  readonly document: RestoredDocument | null;
  readonly problems: readonly Problem[];
  /** Failing errors and (not acknowledged) warnings; `null` until computed or when unreadable. */
  readonly errors: number | null;
  readonly warnings: number | null;
}

interface Restored {
  readonly key: string;
  readonly document: RestoredDocument | null;
  readonly problems: readonly Problem[];
}

/**
 * Turns stored rows into library lines. Restoring and checking every report on each live
 * update would be wasteful, so both are cached per row revision (and, for the checks, per
 * revision of the linked previous-year report); checks run only when asked (`withCounts`).
 */
export class DraftCatalog {
  readonly #restored = new Map<string, Restored>();
  readonly #counts = new Map<
    string,
    { readonly key: string; readonly errors: number; readonly warnings: number }
  >();

  summarize(rows: readonly ReportRow[]): DraftSummary[] {
    return rows.map((row) => this.#summary(row));
  }

  /** Adds error/warning counts to the given lines (runs checks only for changed reports). */
  withCounts(lines: readonly DraftSummary[]): DraftSummary[] {
    const byId = new Map(lines.map((line) => [line.id, line]));
    return lines.map((line) => {
      if (line.document === null) return line;
      const previous = line.previousReportId === null ? undefined : byId.get(line.previousReportId);
      const key = `${String(line.revision)}|${previous === undefined ? '' : String(previous.revision)}`;
      let counts = this.#counts.get(line.id);
      if (counts?.key !== key) {
        const findings = runChecks(line.document, { previous: previous?.document ?? null });
        const failing = findings.filter(
          (f) => f.status === 'fail' && !isAcknowledged(f, line.document ?? { acknowledged: [] }),
        );
        counts = {
          key,
          errors: failing.filter((f) => f.severity === 'error').length,
          warnings: failing.filter((f) => f.severity === 'warning').length,
        };
        this.#counts.set(line.id, counts);
      }
      return { ...line, errors: counts.errors, warnings: counts.warnings };
    });
  }

  #summary(row: ReportRow): DraftSummary {
    const meta = rowMeta(row);
    const key = `${String(meta.revision)}@${String(meta.updatedAt)}`;
    let restored = this.#restored.get(meta.id);
    if (restored?.key !== key) {
      const opened = openRow(row);
      restored = { key, document: opened.document, problems: opened.problems };
      this.#restored.set(meta.id, restored);
    }
    const doc = restored.document;
    const agency = doc?.agency ?? (typeof row.agency === 'string' ? row.agency : '');
    return {
      ...meta,
      title: doc === null ? `${agency || '无法读取的报告'}（数据已损坏）` : titleOf(doc),
      agency,
      year: doc?.year ?? (typeof row.year === 'number' ? row.year : null),
      format: doc?.format ?? null,
      document: doc,
      problems: restored.problems,
      errors: null,
      warnings: null,
    };
  }
}

export interface DraftFilter {
  /** `null`: every year. */
  readonly year: number | null;
  /** Matched against agency and title, ignoring case and surrounding spaces. */
  readonly search: string;
  readonly deleted: boolean;
}

/** Library order: newest change first. */
export function filterDrafts(lines: readonly DraftSummary[], filter: DraftFilter): DraftSummary[] {
  const needle = filter.search.trim().toLowerCase();
  return lines
    .filter((line) => (line.deletedAt !== null) === filter.deleted)
    .filter((line) => filter.year === null || line.year === filter.year)
    .filter(
      (line) => needle === '' || `${line.agency}\n${line.title}`.toLowerCase().includes(needle),
    )
    .sort((a, b) => b.updatedAt - a.updatedAt);
}

/** Years present among the lines, newest first (for the year filter). */
export function draftYears(lines: readonly DraftSummary[]): number[] {
  return [...new Set(lines.flatMap((line) => (line.year === null ? [] : [line.year])))].sort(
    (a, b) => b - a,
  );
}
