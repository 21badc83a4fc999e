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
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every report not in 回收站, as stored, each tagged with its id and times. */
export async function buildBackup(ctx: StorageContext): Promise<BackupFile> {
  const rows = await ctx.db.reports.toArray();
  const reports: Record<string, unknown>[] = [];
  for (const row of rows) {
    const meta = rowMeta(row);
    if (meta.deletedAt !== null || !isRecord(row.payload)) continue;
    const draft: DraftMeta = {
      id: meta.id,
      createdAt: meta.createdAt,
      updatedAt: meta.updatedAt,
      previousReportId: meta.previousReportId,
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

export interface SkippedEntry {
  /** Position in the backup's `reports` (0-based). */
  readonly index: number;
  readonly label: string;
  readonly problems: readonly Problem[];
}

export type MergeResult =
  | {
      readonly ok: true;
      /** Reports that were not in this browser. */
      readonly added: number;
      /** Reports whose backup copy was newer than the stored one. */
      readonly updated: number;
      /** Reports whose stored copy was as new or newer (kept as they are). */
      readonly kept: number;
      readonly skipped: readonly SkippedEntry[];
    }
  | { readonly ok: false; readonly message: string };

function readDraftMeta(value: unknown): DraftMeta | null {
  if (!isRecord(value)) return null;
  const { id, createdAt, updatedAt, previousReportId } = value;
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
  };
}

/**
 * Merges a backup file into the database: a report not stored here is added; one stored here
 * is replaced only when the backup's copy is newer (`updatedAt`). Nothing is ever deleted (a
 * report in 回收站 stays there). Each report goes through restore; one that cannot be read is
 * skipped and listed, the others are still merged.
 */
export async function mergeBackup(ctx: StorageContext, raw: unknown): Promise<MergeResult> {
  if (!isRecord(raw) || raw.type !== BACKUP_TYPE) {
    return { ok: false, message: '这不是年报的备份文件（缺少 "type": "nianbao/backup"）。' };
  }
  if (typeof raw.version !== 'number' || raw.version > BACKUP_VERSION) {
    return { ok: false, message: '这个备份文件由更新版本的年报生成，请先更新本程序再恢复。' };
  }
  if (!Array.isArray(raw.reports)) return { ok: false, message: '备份文件中没有报告列表。' };
  const restore = await loadRestore();

  const skipped: SkippedEntry[] = [];
  const incoming: { readonly row: ReportRow }[] = [];
  const now = ctx.now();
  raw.reports.forEach((entry: unknown, index) => {
    const { [DRAFT_META_KEY]: metaValue, ...file } = isRecord(entry)
      ? entry
      : { [DRAFT_META_KEY]: null };
    const { document, problems } = restore(isRecord(entry) ? file : entry);
    if (document === null) {
      skipped.push({ index, label: `第${String(index + 1)}份报告`, problems });
      return;
    }
    const meta = readDraftMeta(metaValue) ?? {
      id: newReportId(),
      createdAt: now,
      updatedAt: now,
      previousReportId: null,
    };
    incoming.push({
      row: {
        id: meta.id,
        agency: document.agency,
        year: document.year,
        format: document.format,
        createdAt: meta.createdAt,
        updatedAt: meta.updatedAt,
        deletedAt: null,
        revision: 1,
        previousReportId: meta.previousReportId,
        payload: ctx.encode(document, new Date(meta.updatedAt)),
      },
    });
  });

  let added = 0;
  let updated = 0;
  let kept = 0;
  const changed: { id: string; revision: number }[] = [];
  const { db } = ctx;
  await db.transaction('rw', db.reports, async () => {
    for (const { row } of incoming) {
      const stored = await db.reports.get(row.id);
      if (stored === undefined) {
        await db.reports.add(row);
        added += 1;
        changed.push({ id: row.id, revision: row.revision });
        continue;
      }
      const meta = rowMeta(stored);
      if (row.updatedAt <= meta.updatedAt) {
        kept += 1;
        continue;
      }
      // A newer revision number, so an editor open on the old copy notices instead of overwriting.
      const revision = meta.revision + 1;
      await db.reports.put({
        ...row,
        revision,
        createdAt: meta.createdAt,
        deletedAt: meta.deletedAt,
      });
      updated += 1;
      changed.push({ id: row.id, revision });
    }
  });
  for (const c of changed)
    ctx.feed?.post({ type: 'report-changed', id: c.id, revision: c.revision });
  return { ok: true, added, updated, kept, skipped };
}
