import type { Format } from '../report/definition/types';
import { FORMATS } from '../report/definition/types';
import type { NianbaoDb, ReportRow, SummaryRow } from './db';
import { rowMeta, type RowMeta } from './reportRow';
import type { PreviousForSummary } from './reportSummary';

/** One line of the drafts library. */
export interface DraftSummary extends RowMeta {
  readonly title: string;
  readonly agency: string;
  readonly year: number | null;
  readonly format: Format | null;
  /** False when the stored data could not be read at all (the editor lists why). */
  readonly readable: boolean;
  /** The stored data had problems that opening the report will list. */
  readonly flagged: boolean;
  /** Failing errors and (not acknowledged) warnings; `null` until computed or when unreadable. */
  readonly errors: number | null;
  readonly warnings: number | null;
}

/** The library's lines, and the reports whose summary is missing or out of date. */
export interface DraftListing {
  readonly lines: readonly DraftSummary[];
  readonly stale: readonly string[];
}

/** Time a batch of summary computations may take before yielding to the page (ms). */
const BATCH_MS = 20;
/** Rows read from IndexedDB at a time while filling summaries. */
const READ_CHUNK = 8;

const asFormat = (v: string | null): Format | null => FORMATS.find((f) => f === v) ?? null;

function lineOf(summary: SummaryRow): DraftSummary {
  return {
    id: summary.id,
    revision: summary.revision,
    createdAt: summary.createdAt,
    updatedAt: summary.updatedAt,
    deletedAt: summary.deletedAt,
    previousReportId: summary.previousReportId,
    title: summary.title,
    agency: summary.agency,
    year: summary.year,
    format: asFormat(summary.format),
    readable: summary.readable,
    flagged: summary.flagged,
    errors: summary.errors,
    warnings: summary.warnings,
  };
}

/** A report whose summary has not been computed yet (written before schema version 2). */
function pendingLine(id: string, revision: number): DraftSummary {
  return {
    id,
    revision,
    createdAt: 0,
    updatedAt: 0,
    deletedAt: null,
    previousReportId: null,
    title: '正在读取……',
    agency: '',
    year: null,
    format: null,
    readable: true,
    flagged: false,
    errors: null,
    warnings: null,
  };
}

/**
 * The drafts library's data: it reads the small summary rows (db.ts SummaryRow) and the
 * reports' keys, never the reports' contents, so listing costs the same whatever the reports
 * hold. Summaries that are missing (rows from before schema version 2) or stale (a write that
 * bypassed the repository, a changed previous-year report) are recomputed in short batches by
 * `refresh`. The last listing is kept, so returning from the editor shows the list at once.
 */
export class DraftCatalog {
  readonly #db: NianbaoDb;
  #cached: DraftListing | null = null;
  readonly #refreshing = new Set<string>();
  readonly #previous = new Map<string, PreviousForSummary>();

  constructor(db: NianbaoDb) {
    this.#db = db;
  }

  /** The last listing read, for an instant first render; `null` before the first read. */
  get cached(): DraftListing | null {
    return this.#cached;
  }

  /** Every stored report as a library line (only Dexie reads: fit for a live query). */
  async list(): Promise<DraftListing> {
    const db = this.#db;
    const revisions = new Map<string, number>();
    const [summaries, ids] = await db.transaction('r', db.reports, db.summaries, () =>
      Promise.all([
        db.summaries.toArray(),
        db.reports.toCollection().primaryKeys(),
        // Key cursor over the revision index: (revision, id) pairs without reading contents.
        db.reports.orderBy('revision').eachKey((revision, cursor) => {
          if (typeof revision === 'number') revisions.set(cursor.primaryKey, revision);
        }),
      ]),
    );
    const byId = new Map(summaries.map((s) => [s.id, s]));
    const lines: DraftSummary[] = [];
    const stale: string[] = [];
    for (const id of ids) {
      // A damaged (non-integer) revision is not indexed; rowMeta reads it as 0.
      const revision = revisions.get(id) ?? 0;
      const summary = byId.get(id);
      if (summary === undefined) {
        lines.push(pendingLine(id, revision));
        stale.push(id);
        continue;
      }
      lines.push(lineOf(summary));
      const previousRevision =
        summary.previousReportId === null
          ? null
          : (revisions.get(summary.previousReportId) ?? null);
      if (summary.revision !== revision || summary.previousRevision !== previousRevision) {
        stale.push(id);
      }
    }
    this.#cached = { lines, stale };
    return this.#cached;
  }

  /**
   * Computes and stores the summaries of `ids` (missing or stale ones), a few reports at a
   * time, yielding to the page between batches so no task runs long. Reports already being
   * refreshed are skipped. Resolves when all are written.
   */
  async refresh(ids: readonly string[]): Promise<void> {
    const todo = ids.filter((id) => !this.#refreshing.has(id));
    if (todo.length === 0) return;
    for (const id of todo) this.#refreshing.add(id);
    try {
      const { summarizeRow } = await import('./reportSummary');
      let batch: SummaryRow[] = [];
      let started = performance.now();
      for (let i = 0; i < todo.length; i += READ_CHUNK) {
        const rows = await this.#db.reports.bulkGet(todo.slice(i, i + READ_CHUNK));
        for (const row of rows) {
          if (row === undefined) continue;
          batch.push(summarizeRow(row, await this.#previousFor(row)));
        }
        if (performance.now() - started > BATCH_MS || i + READ_CHUNK >= todo.length) {
          await this.#db.summaries.bulkPut(batch);
          batch = [];
          await new Promise((resolve) => setTimeout(resolve, 0));
          started = performance.now();
        }
      }
    } finally {
      for (const id of todo) this.#refreshing.delete(id);
    }
  }

  async #previousFor(row: ReportRow): Promise<PreviousForSummary> {
    const { previousOf, NO_PREVIOUS } = await import('./reportSummary');
    const id = (row as { previousReportId?: unknown }).previousReportId;
    if (typeof id !== 'string') return NO_PREVIOUS;
    const previousRow = await this.#db.reports.get(id);
    const cached = this.#previous.get(id);
    const revision = previousRow === undefined ? null : rowMeta(previousRow).revision;
    if (cached?.revision === revision) return cached;
    const previous = previousOf(previousRow);
    this.#previous.set(id, previous);
    return previous;
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
