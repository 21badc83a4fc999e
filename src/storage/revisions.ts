import type { RestoredDocument } from '../report/document';
import type { Problem } from '../report/restore/problems';
import type { RevisionRow } from './db';
import { describeDiff, diffDocuments, isEmptyDiff } from './documentDiff';
import { loadRestore } from './lazyRestore';
import type { StorageContext } from './storageContext';

/** Why a snapshot was taken. Stored as text; unknown values (newer app) still display. */
export type RevisionReason =
  | 'periodic'
  | 'beforeImport'
  | 'beforeEditionSwitch'
  | 'beforePaste'
  | 'beforeFill'
  | 'beforeBulkChange'
  | 'beforeRestore'
  | 'beforeReload'
  | 'damagedOriginal';

export const REVISION_REASON_LABELS: Readonly<Record<RevisionReason, string>> = {
  periodic: '编辑中定时保存',
  beforeImport: '导入前',
  beforeEditionSwitch: '切换版本前',
  beforePaste: '粘贴前',
  beforeFill: '批量填写前',
  beforeBulkChange: '批量修改前',
  beforeRestore: '恢复历史版本前',
  beforeReload: '载入其他窗口的较新版本前（本窗口未保存的内容）',
  damagedOriginal: '存储数据损坏时的原始内容',
};

export function revisionReasonLabel(reason: string): string {
  return (REVISION_REASON_LABELS as Readonly<Record<string, string>>)[reason] ?? reason;
}

/** One entry of the history list (without the document itself). */
export interface RevisionEntry {
  readonly id: number;
  readonly reportId: string;
  readonly createdAt: number;
  readonly summary: string;
  readonly reason: string;
}

export interface OpenedRevision extends RevisionEntry {
  readonly document: RestoredDocument | null;
  readonly problems: readonly Problem[];
}

/** Snapshots kept per report; the oldest go first. */
export const MAX_REVISIONS_PER_REPORT = 100;
/** Editing produces at most one periodic snapshot per this interval. */
export const PERIODIC_SNAPSHOT_MS = 5 * 60 * 1000;

function entryOf(row: RevisionRow): RevisionEntry {
  return {
    id: row.id,
    reportId: row.reportId,
    createdAt: typeof row.createdAt === 'number' ? row.createdAt : 0,
    summary: typeof row.summary === 'string' ? row.summary : '',
    reason: typeof row.reason === 'string' ? row.reason : '',
  };
}

/**
 * Revision history: whole-document snapshots of a report, each with a short Chinese summary
 * of what changed since the snapshot before it. Snapshots are read back through restore.
 */
export class RevisionsRepository {
  readonly #ctx: StorageContext;
  /** The newest snapshot per report, restored, so each summary does not re-read the database. */
  readonly #latest = new Map<
    string,
    { readonly id: number; readonly doc: RestoredDocument | null }
  >();

  constructor(ctx: StorageContext) {
    this.#ctx = ctx;
  }

  /**
   * Stores `doc` as a snapshot of `reportId`. Returns `null` (and stores nothing) when it is
   * identical to the newest snapshot.
   */
  async snapshot(
    reportId: string,
    doc: RestoredDocument,
    reason: RevisionReason,
  ): Promise<RevisionEntry | null> {
    const latest = await this.#newest(reportId);
    let summary: string;
    if (latest === undefined) {
      summary = '第一个快照';
    } else if (latest.doc === null) {
      summary = '上一个快照无法读取，未能比较改动';
    } else {
      const diff = diffDocuments(latest.doc, doc);
      if (isEmptyDiff(diff)) return null;
      summary = describeDiff(diff);
    }
    const createdAt = this.#ctx.now();
    const row: Omit<RevisionRow, 'id'> = {
      reportId,
      createdAt,
      summary,
      reason,
      payload: this.#ctx.encode(doc, new Date(createdAt)),
    };
    const id = await this.#add(row);
    this.#latest.set(reportId, { id, doc });
    return entryOf({ ...row, id });
  }

  /** Keeps data exactly as it was stored (e.g. a damaged row before it is repaired). */
  async snapshotRaw(
    reportId: string,
    payload: unknown,
    reason: RevisionReason,
    summary: string,
  ): Promise<RevisionEntry> {
    const row: Omit<RevisionRow, 'id'> = {
      reportId,
      createdAt: this.#ctx.now(),
      summary,
      reason,
      payload,
    };
    const id = await this.#add(row);
    this.#latest.delete(reportId);
    return entryOf({ ...row, id });
  }

  /** Newest first. */
  async list(reportId: string): Promise<RevisionEntry[]> {
    const rows = await this.#ctx.db.revisions.where('reportId').equals(reportId).toArray();
    return rows.map(entryOf).sort((a, b) => b.createdAt - a.createdAt || b.id - a.id);
  }

  /** When the newest snapshot of a report was taken, or `null` when it has none. */
  async latestAt(reportId: string): Promise<number | null> {
    const rows = await this.list(reportId);
    return rows[0]?.createdAt ?? null;
  }

  async open(id: number): Promise<OpenedRevision | undefined> {
    const row = await this.#ctx.db.revisions.get(id);
    if (row === undefined) return undefined;
    const { document, problems } = (await loadRestore())(row.payload);
    return { ...entryOf(row), document, problems };
  }

  async #newest(
    reportId: string,
  ): Promise<{ readonly id: number; readonly doc: RestoredDocument | null } | undefined> {
    const cached = this.#latest.get(reportId);
    if (cached !== undefined) return cached;
    const newest = (await this.list(reportId))[0];
    if (newest === undefined) return undefined;
    const opened = await this.open(newest.id);
    const entry = { id: newest.id, doc: opened?.document ?? null };
    this.#latest.set(reportId, entry);
    return entry;
  }

  async #add(row: Omit<RevisionRow, 'id'>): Promise<number> {
    const { db } = this.#ctx;
    return db.transaction('rw', db.revisions, async () => {
      const id = await db.revisions.add(row);
      const keys = await db.revisions
        .where('[reportId+createdAt]')
        .between([row.reportId, -Infinity], [row.reportId, Infinity])
        .primaryKeys();
      const excess = keys.length - MAX_REVISIONS_PER_REPORT;
      // Keys come in createdAt order: the first ones are the oldest snapshots.
      if (excess > 0) await db.revisions.bulkDelete(keys.slice(0, excess));
      return id;
    });
  }
}
