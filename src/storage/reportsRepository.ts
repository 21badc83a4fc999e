import { titleOf, type RestoredDocument } from '../report/document';
import type { Problem } from '../report/restore/problems';
import type { ReportRow, SummaryRow } from './db';
import { newReportId } from './ids';
import { loadRestore } from './lazyRestore';
import { rowMeta, type RowMeta } from './reportRow';
import type { PreviousForSummary } from './reportSummary';
import type { StorageContext } from './storageContext';

export const RECYCLE_BIN_DAYS = 30;
/** A summary's `previousRevision` that matches no revision: its counts are recomputed. */
export const STALE_PREVIOUS = -1;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A stored report as opened: always through restore, so a damaged row yields problems. */
export interface LoadedReport extends RowMeta {
  /** `null` when the stored data is beyond repair; `problems` then says why. */
  readonly document: RestoredDocument | null;
  readonly problems: readonly Problem[];
  /** The payload exactly as stored, so a damaged original can be kept in the history. */
  readonly payload: unknown;
}

export type SaveOutcome =
  | { readonly kind: 'saved'; readonly revision: number; readonly updatedAt: number }
  /** Another tab wrote first (`storedRevision`), or the row is gone (`null`): nothing written. */
  | { readonly kind: 'conflict'; readonly storedRevision: number | null }
  /** The report is in 回收站 (moved there elsewhere): nothing is ever written into it. */
  | { readonly kind: 'binned'; readonly storedRevision: number };

export interface NewReportOptions {
  readonly previousReportId?: string | null;
}

/** Computes a report's library summary, synchronously, inside a write transaction. */
type Summarize = (meta: RowMeta, doc: RestoredDocument) => SummaryRow;

/**
 * The drafts repository. Every write runs in a read-write transaction that bumps `revision`,
 * and a save from the editor names the revision it started from: if another tab wrote in
 * between, the save is refused (`conflict`) instead of silently overwriting that tab's work.
 * Each write of a report also writes its library summary (db.ts SummaryRow) in the same
 * transaction, so the library reads only summaries.
 */
export class ReportsRepository {
  readonly #ctx: StorageContext;
  /** Last-year reports read for previous.* checks of summaries, by id (one entry per link). */
  readonly #previous = new Map<string, PreviousForSummary>();

  constructor(ctx: StorageContext) {
    this.#ctx = ctx;
  }

  async create(doc: RestoredDocument, options: NewReportOptions = {}): Promise<RowMeta> {
    const now = this.#ctx.now();
    const previousReportId = options.previousReportId ?? null;
    const summarize = await this.#summarizer(previousReportId);
    const row = this.#row(newReportId(), doc, {
      revision: 1,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
      previousReportId,
    });
    const { db } = this.#ctx;
    await db.transaction('rw', db.reports, db.summaries, async () => {
      await db.reports.add(row);
      await db.summaries.put(summarize(rowMeta(row), doc));
    });
    this.#announce(row.id, row.revision);
    return rowMeta(row);
  }

  /** Every stored row as it is (backups; the library reads summaries instead). */
  rows(): Promise<ReportRow[]> {
    return this.#ctx.db.reports.toArray();
  }

  async load(id: string): Promise<LoadedReport | undefined> {
    const row = await this.#ctx.db.reports.get(id);
    return row === undefined ? undefined : openRow(row);
  }

  /**
   * The summary writer for a report linked to `previousReportId`: loads the summary code and
   * reads last year's report (one row, kept while its revision stays) before the write
   * transaction starts, so the transaction itself only computes and writes.
   */
  async #summarizer(previousReportId: string | null): Promise<Summarize> {
    const { summarizeDocument, previousOf, NO_PREVIOUS } = await import('./reportSummary');
    let previous = NO_PREVIOUS;
    if (previousReportId !== null) {
      const row = await this.#ctx.db.reports.get(previousReportId);
      const cached = this.#previous.get(previousReportId);
      const revision = row === undefined ? null : rowMeta(row).revision;
      previous = cached?.revision === revision ? cached : previousOf(row);
      this.#previous.set(previousReportId, previous);
    }
    return (meta, doc) => summarizeDocument(meta, doc, [], previous);
  }

  /** Saves the editor's document if the stored revision is still `expectedRevision`. */
  async save(id: string, doc: RestoredDocument, expectedRevision: number): Promise<SaveOutcome> {
    const { db } = this.#ctx;
    const summarize = await this.#summarizer(await this.#previousIdOf(id));
    const outcome = await db.transaction(
      'rw',
      db.reports,
      db.summaries,
      async (): Promise<SaveOutcome> => {
        const stored = await db.reports.get(id);
        if (stored === undefined) return { kind: 'conflict', storedRevision: null };
        const meta = rowMeta(stored);
        // Checked first: typing must never land silently in a report the user deleted.
        if (meta.deletedAt !== null) return { kind: 'binned', storedRevision: meta.revision };
        if (meta.revision !== expectedRevision) {
          return { kind: 'conflict', storedRevision: meta.revision };
        }
        const updatedAt = Math.max(this.#ctx.now(), meta.updatedAt);
        const row = this.#row(id, doc, { ...meta, revision: meta.revision + 1, updatedAt });
        await db.reports.put(row);
        await db.summaries.put(summarize(rowMeta(row), doc));
        return { kind: 'saved', revision: row.revision, updatedAt };
      },
    );
    if (outcome.kind === 'saved') this.#announce(id, outcome.revision);
    return outcome;
  }

  /**
   * Changes the agency (and with it the derived title) or sets an own title; `title: null`
   * goes back to the derived one. Bumps the revision, so an editor open elsewhere notices.
   */
  async rename(
    id: string,
    change: { readonly agency: string; readonly title: string | null },
  ): Promise<SaveOutcome> {
    return this.#rewrite(id, (doc) => ({ ...doc, agency: change.agency, title: change.title }));
  }

  /** A copy with a new id, titled `…（副本）`; linked to the same previous-year report. */
  async duplicate(id: string): Promise<RowMeta | undefined> {
    const loaded = await this.load(id);
    if (loaded?.document == null) return undefined;
    const doc = loaded.document;
    const title = `${titleOf(doc)}（副本）`;
    return this.create({ ...doc, title }, { previousReportId: loaded.previousReportId });
  }

  /**
   * Links a report to the one it continues, so previous.* checks can run on it. The link is
   * bookkeeping, not report content: the revision stays, so an open editor's next save (which
   * keeps the stored link) does not see a conflict.
   */
  async setPreviousReport(id: string, previousReportId: string | null): Promise<void> {
    await this.#updateMeta(id, () => ({ previousReportId }), false);
  }

  /** Moves a report to 回收站; it stays there for RECYCLE_BIN_DAYS days. */
  async moveToBin(id: string): Promise<void> {
    await this.#updateMeta(id, () => ({ deletedAt: this.#ctx.now() }));
  }

  async restoreFromBin(id: string): Promise<void> {
    await this.#updateMeta(id, () => ({ deletedAt: null }));
  }

  /** Removes a report and its history for good (only from 回收站). */
  async deleteForever(id: string): Promise<void> {
    const { db } = this.#ctx;
    await db.transaction('rw', db.reports, db.revisions, db.summaries, async () => {
      await db.reports.delete(id);
      await db.summaries.delete(id);
      await db.revisions.where('reportId').equals(id).delete();
    });
    this.#announce(id, null);
  }

  /** Deletes reports that have been in 回收站 longer than the keeping period. Returns how many. */
  async purgeBin(maxAgeDays: number = RECYCLE_BIN_DAYS): Promise<number> {
    const { db } = this.#ctx;
    const cutoff = this.#ctx.now() - maxAgeDays * DAY_MS;
    // Live rows have deletedAt = null, which IndexedDB does not index: only binned rows match.
    const expired = (await db.reports.where('deletedAt').below(cutoff).primaryKeys()).map(String);
    if (expired.length === 0) return 0;
    await db.transaction('rw', db.reports, db.revisions, db.summaries, async () => {
      await db.reports.bulkDelete(expired);
      await db.summaries.bulkDelete(expired);
      await db.revisions.where('reportId').anyOf(expired).delete();
    });
    for (const id of expired) this.#announce(id, null);
    return expired.length;
  }

  async #rewrite(
    id: string,
    change: (doc: RestoredDocument) => RestoredDocument,
  ): Promise<SaveOutcome> {
    const { db } = this.#ctx;
    const summarize = await this.#summarizer(await this.#previousIdOf(id));
    const restore = await loadRestore();
    const outcome = await db.transaction(
      'rw',
      db.reports,
      db.summaries,
      async (): Promise<SaveOutcome> => {
        const stored = await db.reports.get(id);
        if (stored === undefined) return { kind: 'conflict', storedRevision: null };
        const { document } = restore(stored.payload);
        if (document === null) throw new Error('报告数据已损坏，无法修改');
        const meta = rowMeta(stored);
        const updatedAt = Math.max(this.#ctx.now(), meta.updatedAt);
        const changed = change(document);
        const row = this.#row(id, changed, {
          ...meta,
          revision: meta.revision + 1,
          updatedAt,
        });
        await db.reports.put(row);
        await db.summaries.put(summarize(rowMeta(row), changed));
        return { kind: 'saved', revision: row.revision, updatedAt };
      },
    );
    if (outcome.kind === 'saved') this.#announce(id, outcome.revision);
    return outcome;
  }

  async #updateMeta(
    id: string,
    change: () => Partial<Omit<RowMeta, 'id' | 'revision'>>,
    bump = true,
  ): Promise<void> {
    const { db } = this.#ctx;
    const revision = await db.transaction('rw', db.reports, db.summaries, async () => {
      const stored = await db.reports.get(id);
      if (stored === undefined) return null;
      const meta = rowMeta(stored);
      const next = bump ? meta.revision + 1 : meta.revision;
      const changed = change();
      await db.reports.put({ ...stored, ...meta, ...changed, revision: next });
      // Bookkeeping only: the summary follows without re-running the checks, except that a
      // new previous-year link makes its counts stale (the library recomputes them).
      const summary = await db.summaries.get(id);
      if (summary !== undefined) {
        const relinked =
          changed.previousReportId !== undefined &&
          changed.previousReportId !== summary.previousReportId;
        await db.summaries.put({
          ...summary,
          ...meta,
          ...changed,
          revision: next,
          previousRevision: relinked ? STALE_PREVIOUS : summary.previousRevision,
        });
      }
      return next;
    });
    if (revision !== null) this.#announce(id, revision);
  }

  /** The stored previous-year link of a report (read from its summary when there is one). */
  async #previousIdOf(id: string): Promise<string | null> {
    const summary = await this.#ctx.db.summaries.get(id);
    if (summary !== undefined) return summary.previousReportId;
    const row = await this.#ctx.db.reports.get(id);
    return row === undefined ? null : rowMeta(row).previousReportId;
  }

  #row(id: string, doc: RestoredDocument, meta: Omit<RowMeta, 'id'>): ReportRow {
    return {
      id,
      agency: doc.agency,
      year: doc.year,
      format: doc.format,
      ...meta,
      payload: this.#ctx.encode(doc, new Date(meta.updatedAt)),
    };
  }

  #announce(id: string, revision: number | null): void {
    this.#ctx.feed?.post({ type: 'report-changed', id, revision });
  }
}

/** Opens a stored row through restore: damaged data gives problems, never an exception. */
export async function openRow(row: ReportRow): Promise<LoadedReport> {
  const { document, problems } = (await loadRestore())(row.payload);
  return { ...rowMeta(row), document, problems, payload: row.payload };
}
