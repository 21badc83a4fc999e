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

export interface DraftMeta {
  readonly id: string;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly previousReportId: string | null;
  /** When it was moved to 回收站; `null` (or absent, in older backups) while live. */
  readonly deletedAt: number | null;
}

export const isRecord = (v: unknown): v is Record<string, unknown> =>
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

/** The draft bookkeeping of a backup entry, read defensively; `null` when absent or broken. */
export function readDraftMeta(value: unknown): DraftMeta | null {
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
