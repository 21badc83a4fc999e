import { titleOf, type RestoredDocument } from '../report/document';
import type { Problem } from '../report/restore/problems';
import { restore } from '../report/restore/restore';
import type { ReportRow } from './db';
import { newReportId } from './ids';
import { rowMeta, type RowMeta } from './reportRow';
import type { StorageContext } from './storageContext';

export const RECYCLE_BIN_DAYS = 30;
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

/**
 * The drafts repository. Every write runs in a read-write transaction that bumps `revision`,
 * and a save from the editor names the revision it started from: if another tab wrote in
 * between, the save is refused (`conflict`) instead of silently overwriting that tab's work.
 */
export class ReportsRepository {
  readonly #ctx: StorageContext;

  constructor(ctx: StorageContext) {
    this.#ctx = ctx;
  }

  async create(doc: RestoredDocument, options: NewReportOptions = {}): Promise<RowMeta> {
    const now = this.#ctx.now();
    const row = this.#row(newReportId(), doc, {
      revision: 1,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
      previousReportId: options.previousReportId ?? null,
    });
    await this.#ctx.db.reports.add(row);
    this.#announce(row.id, row.revision);
    return rowMeta(row);
  }

  /** Every stored row as it is (the library restores them through DraftCatalog). */
  rows(): Promise<ReportRow[]> {
    return this.#ctx.db.reports.toArray();
  }

  async load(id: string): Promise<LoadedReport | undefined> {
    const row = await this.#ctx.db.reports.get(id);
    return row === undefined ? undefined : openRow(row);
  }

  /** Saves the editor's document if the stored revision is still `expectedRevision`. */
  async save(id: string, doc: RestoredDocument, expectedRevision: number): Promise<SaveOutcome> {
    const { db } = this.#ctx;
    const outcome = await db.transaction('rw', db.reports, async (): Promise<SaveOutcome> => {
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
      return { kind: 'saved', revision: row.revision, updatedAt };
    });
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
    await db.transaction('rw', db.reports, db.revisions, async () => {
      await db.reports.delete(id);
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
    await db.transaction('rw', db.reports, db.revisions, async () => {
      await db.reports.bulkDelete(expired);
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
    const outcome = await db.transaction('rw', db.reports, async (): Promise<SaveOutcome> => {
      const stored = await db.reports.get(id);
      if (stored === undefined) return { kind: 'conflict', storedRevision: null };
      const { document } = restore(stored.payload);
      if (document === null) throw new Error('报告数据已损坏，无法修改');
      const meta = rowMeta(stored);
      const updatedAt = Math.max(this.#ctx.now(), meta.updatedAt);
      const row = this.#row(id, change(document), {
        ...meta,
        revision: meta.revision + 1,
        updatedAt,
      });
      await db.reports.put(row);
      return { kind: 'saved', revision: row.revision, updatedAt };
    });
    if (outcome.kind === 'saved') this.#announce(id, outcome.revision);
    return outcome;
  }

  async #updateMeta(
    id: string,
    change: () => Partial<Omit<RowMeta, 'id' | 'revision'>>,
    bump = true,
  ): Promise<void> {
    const { db } = this.#ctx;
    const revision = await db.transaction('rw', db.reports, async () => {
      const stored = await db.reports.get(id);
      if (stored === undefined) return null;
      const meta = rowMeta(stored);
      const next = bump ? meta.revision + 1 : meta.revision;
      await db.reports.put({ ...stored, ...meta, ...change(), revision: next });
      return next;
    });
    if (revision !== null) this.#announce(id, revision);
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
export function openRow(row: ReportRow): LoadedReport {
  const { document, problems } = restore(row.payload);
  return { ...rowMeta(row), document, problems, payload: row.payload };
}
