import { titleOf } from '../report/document';
import type { Problem } from '../report/restore/problems';
import type { ReportRow } from './db';
import { newReportId } from './ids';
import { loadRestore } from './lazyRestore';
import { rowMeta } from './reportRow';
import { readSetting, writeSetting } from './settings';
import type { StorageContext } from './storageContext';

export const BACKUP_TYPE = 'nianbao/backup';
export const BACKUP_VERSION = 1;
/**
 * Each report in a backup is a contract file plus this one extra top-level key with the
 * draft's bookkeeping (the contract keeps unknown keys, so the file stays importable alone).
 */
export const DRAFT_META_KEY = 'nianbaoDraft';
export const BACKUP_REMINDER_DAYS = 7;

export interface BackupFile {
  readonly type: typeof BACKUP_TYPE;
  readonly version: typeof BACKUP_VERSION;
  readonly exportedAt: string;
  readonly reports: readonly Record<string, unknown>[];
}

interface DraftMeta {
  readonly id: string;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly previousReportId: string | null;
  /** When it was moved to 回收站; `null` (or absent, in older backups) while live. */
  readonly deletedAt: number | null;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Every stored report, those in 回收站 included (a backup is of everything), as stored, each
 * tagged with its id, times and whether it was in 回收站.
 */
export async function buildBackup(ctx: StorageContext): Promise<BackupFile> {
  const rows = await ctx.db.reports.toArray();
  const reports: Record<string, unknown>[] = [];
  for (const row of rows) {
    const meta = rowMeta(row);
    if (!isRecord(row.payload)) continue;
    const draft: DraftMeta = {
      id: meta.id,
      createdAt: meta.createdAt,
      updatedAt: meta.updatedAt,
      previousReportId: meta.previousReportId,
      deletedAt: meta.deletedAt,
    };
    reports.push({ ...row.payload, [DRAFT_META_KEY]: draft });
  }
  return {
    type: BACKUP_TYPE,
    version: BACKUP_VERSION,
    exportedAt: new Date(ctx.now()).toISOString(),
    reports,
  };
}

/** How many reports of a backup were in 回收站 when it was made. */
export function binnedInBackup(backup: BackupFile): number {
  return backup.reports.filter((r) => readDraftMeta(r[DRAFT_META_KEY])?.deletedAt != null).length;
}

/** `年报备份-2026-01-20.json`. */
export function backupFileName(now: number): string {
  const d = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `年报备份-${String(d.getFullYear())}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}.json`;
}

/** Records that a backup file was made, for the reminder. */
export async function markBackedUp(ctx: StorageContext): Promise<void> {
  await writeSetting(ctx.db, 'lastBackupAt', ctx.now());
}

export interface BackupReminder {
  readonly lastBackupAt: number | null;
  /** True when there was never a backup, or the last one is older than BACKUP_REMINDER_DAYS. */
  readonly due: boolean;
}

export async function backupReminder(ctx: StorageContext): Promise<BackupReminder> {
  const lastBackupAt = await readSetting(ctx.db, 'lastBackupAt');
  const due =
    lastBackupAt === null || ctx.now() - lastBackupAt > BACKUP_REMINDER_DAYS * 24 * 60 * 60 * 1000;
  return { lastBackupAt, due };
}

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

function readDraftMeta(value: unknown): DraftMeta | null {
  if (!isRecord(value)) return null;
  const { id, createdAt, updatedAt, previousReportId, deletedAt } = value;
  if (
    typeof id !== 'string' ||
    id === '' ||
    typeof updatedAt !== 'number' ||
    !Number.isFinite(updatedAt)
  )
    return null;
  return {
    id,
    updatedAt,
    createdAt: typeof createdAt === 'number' && Number.isFinite(createdAt) ? createdAt : updatedAt,
    previousReportId: typeof previousReportId === 'string' ? previousReportId : null,
    deletedAt: typeof deletedAt === 'number' && Number.isFinite(deletedAt) ? deletedAt : null,
  };
}

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
