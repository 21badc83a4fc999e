import type { ReportRow } from './db';

/** The bookkeeping fields of a stored row, read defensively: a row may have been damaged. */
export interface RowMeta {
  readonly id: string;
  readonly revision: number;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly deletedAt: number | null;
  readonly previousReportId: string | null;
}

const finite = (v: unknown, fallback: number): number =>
  typeof v === 'number' && Number.isFinite(v) ? v : fallback;

export function rowMeta(row: ReportRow): RowMeta {
  const raw = row as unknown as Record<string, unknown>;
  const updatedAt = finite(raw.updatedAt, 0);
  return {
    id: row.id,
    // A damaged revision reads as 0 both here and inside the save transaction, so saving
    // still works and still detects a write by another tab.
    revision: Number.isInteger(raw.revision) ? (raw.revision as number) : 0,
    createdAt: finite(raw.createdAt, updatedAt),
    updatedAt,
    deletedAt: typeof raw.deletedAt === 'number' ? raw.deletedAt : null,
    previousReportId: typeof raw.previousReportId === 'string' ? raw.previousReportId : null,
  };
}
