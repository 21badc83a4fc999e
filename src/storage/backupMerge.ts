import { titleOf } from '../report/document';
import type { Problem } from '../report/restore/problems';
import { BACKUP_TYPE, BACKUP_VERSION, DRAFT_META_KEY, isRecord, readDraftMeta } from './backup';
import type { ReportRow } from './db';
import { newReportId } from './ids';
import { loadRestore } from './lazyRestore';
import { rowMeta } from './reportRow';
import type { StorageContext } from './storageContext';

/*
 * 从备份恢复, apart from making a backup so the library screen loads it only when it is used.
 */

/** What happened to one report of the backup. Data only: the UI words it. */
export type MergedEntry =
  | {
      readonly index: number;
      readonly outcome: 'skipped';
      /** Why restore could not read it. */
      readonly problems: readonly Problem[];
    }
  | {
      readonly index: number;
      readonly id: string;
      readonly title: string;
      /**
       * - added: it was not in this browser;
       * - updated: the backup's copy was newer and replaced the stored one;
       * - kept: the stored copy was as new or newer and stays as it is.
       */
      readonly outcome: 'added' | 'updated' | 'kept';
      /** Where it is now. */
      readonly inBin: boolean;
      /** It was in 回收站 here, live in the backup, and was taken out of 回收站. */
      readonly takenFromBin: boolean;
    };

export type MergeRefusal = 'notBackup' | 'tooNew' | 'noReports';

export type MergeResult =
  | { readonly ok: true; readonly entries: readonly MergedEntry[] }
  | { readonly ok: false; readonly reason: MergeRefusal };

interface Incoming {
  readonly index: number;
  readonly row: ReportRow;
  readonly title: string;
  /** It was in 回收站 when the backup was made. */
  readonly binned: boolean;
}

/**
 * Merges a backup file into the database, saying for each report what happened. A report not
 * stored here is added (into 回收站 if it was there in the backup). One stored here gets the
 * backup's content only when that is newer (`updatedAt`). Nothing is ever deleted or moved
 * into 回收站; a report that is in 回收站 here but live in the backup is taken out of it,
 * since restoring a backup asks for its reports back. Each report goes through restore; one
 * that cannot be read is skipped and listed, the others are still merged.
 */
export async function mergeBackup(ctx: StorageContext, raw: unknown): Promise<MergeResult> {
  if (!isRecord(raw) || raw.type !== BACKUP_TYPE) return { ok: false, reason: 'notBackup' };
  if (typeof raw.version !== 'number' || raw.version > BACKUP_VERSION) {
    return { ok: false, reason: 'tooNew' };
  }
  if (!Array.isArray(raw.reports)) return { ok: false, reason: 'noReports' };
  // Loaded before the transaction starts (awaiting a module load inside one would end it).
  const restore = await loadRestore();

  const entries: MergedEntry[] = [];
  const incoming: Incoming[] = [];
  const now = ctx.now();
  raw.reports.forEach((entry: unknown, index) => {
    const { [DRAFT_META_KEY]: metaValue, ...file } = isRecord(entry)
      ? entry
      : { [DRAFT_META_KEY]: null };
    const { document, problems } = restore(isRecord(entry) ? file : entry);
    if (document === null) {
      entries.push({ index, outcome: 'skipped', problems });
      return;
    }
    const meta = readDraftMeta(metaValue) ?? {
      id: newReportId(),
      createdAt: now,
      updatedAt: now,
      previousReportId: null,
      deletedAt: null,
    };
    incoming.push({
      index,
      title: titleOf(document),
      binned: meta.deletedAt !== null,
      row: {
        id: meta.id,
        agency: document.agency,
        year: document.year,
        format: document.format,
        createdAt: meta.createdAt,
        updatedAt: meta.updatedAt,
        // A restored report starts its 30 days in 回收站 now, not when the backup was made:
        // an old backup must not have its binned reports purged on the next start.
        deletedAt: meta.deletedAt === null ? null : now,
        revision: 1,
        previousReportId: meta.previousReportId,
        payload: ctx.encode(document, new Date(meta.updatedAt)),
      },
    });
  });

  const changed: { id: string; revision: number }[] = [];
  const { db } = ctx;
  const merged = await db.transaction('rw', db.reports, async () => {
    const done: MergedEntry[] = [];
    for (const { index, row, title, binned } of incoming) {
      const stored = await db.reports.get(row.id);
      if (stored === undefined) {
        await db.reports.add(row);
        changed.push({ id: row.id, revision: row.revision });
        done.push({
          index,
          id: row.id,
          title,
          outcome: 'added',
          inBin: binned,
          takenFromBin: false,
        });
        continue;
      }
      const meta = rowMeta(stored);
      const newer = row.updatedAt > meta.updatedAt;
      const takenFromBin = meta.deletedAt !== null && !binned;
      const deletedAt = takenFromBin ? null : meta.deletedAt;
      if (newer || takenFromBin) {
        // A newer revision number, so an editor open on the old copy notices instead of
        // overwriting.
        const revision = meta.revision + 1;
        const base = newer ? { ...row, createdAt: meta.createdAt } : { ...stored, ...meta };
        await db.reports.put({ ...base, revision, deletedAt });
        changed.push({ id: row.id, revision });
      }
      done.push({
        index,
        id: row.id,
        title,
        outcome: newer ? 'updated' : 'kept',
        inBin: deletedAt !== null,
        takenFromBin,
      });
    }
    return done;
  });
  for (const c of changed)
    ctx.feed?.post({ type: 'report-changed', id: c.id, revision: c.revision });
  const all = [...entries, ...merged].sort((a, b) => a.index - b.index);
  return { ok: true, entries: all };
}
