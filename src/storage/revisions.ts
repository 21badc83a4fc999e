import { isCommitKind, type CommitKind } from '../report/commitKind';
import type { RestoredDocument } from '../report/document';
import type { Problem } from '../report/restore/problems';
import type { RevisionRow } from './db';
import { DIFF_FIELDS, diffDocuments, isEmptyDiff, type DocumentDiff } from './documentDiff';
import { loadRestore } from './lazyRestore';
import type { StorageContext } from './storageContext';

/**
 * Why a snapshot was taken: before a commit of that kind, or one of the storage's own reasons.
 * Stored as text; a kind this version does not know (a newer app wrote it) reads as `unknown`.
 */
export type RevisionKind =
  | CommitKind
  /** At most one every few minutes of editing. */
  | 'periodic'
  /** An edit that changed many cells at once. */
  | 'bulk'
  /** This tab's unsaved version, kept before another tab's newer one was loaded. */
  | 'reload'
  /** The stored version, kept before this tab's version replaced it (report taken out of 回收站). */
  | 'restore-from-bin'
  /** Damaged stored data as it was, before the first save repaired it. */
  | 'damaged';

const OWN_KINDS = ['periodic', 'bulk', 'reload', 'restore-from-bin', 'damaged'] as const;

export function isRevisionKind(value: unknown): value is RevisionKind {
  return isCommitKind(value) || (OWN_KINDS as readonly unknown[]).includes(value);
}

/** Rows written before kinds stored a `reason` code; the same facts as kinds. */
const LEGACY_REASONS: Readonly<Record<string, RevisionKind>> = {
  periodic: 'periodic',
  beforeImport: 'import',
  beforeEditionSwitch: 'edition-switch',
  beforePaste: 'paste',
  beforeFill: 'fill',
  beforeBulkChange: 'bulk',
  beforeRestore: 'restore',
  beforeReload: 'reload',
  damagedOriginal: 'damaged',
};

/** What changed since the snapshot before it, as data; the UI words it. */
export type RevisionChange =
  | { readonly type: 'first' }
  /** The snapshot before it could not be read, so nothing was compared. */
  | { readonly type: 'notCompared' }
  | { readonly type: 'diff'; readonly diff: DocumentDiff }
  /** Damaged stored data kept as it was; `problems` found when it was opened. */
  | { readonly type: 'damaged'; readonly problems: number }
  /** A row written before kinds: its Chinese summary, shown as it is. */
  | { readonly type: 'legacy'; readonly text: string };

/** One entry of the history list (without the document itself). */
export interface RevisionEntry {
  readonly id: number;
  readonly reportId: string;
  readonly createdAt: number;
  readonly kind: RevisionKind | 'unknown';
  readonly change: RevisionChange;
}

export interface OpenedRevision extends RevisionEntry {
  readonly document: RestoredDocument | null;
  readonly problems: readonly Problem[];
}

/** Snapshots kept per report; the oldest go first. */
export const MAX_REVISIONS_PER_REPORT = 100;
/** Editing produces at most one periodic snapshot per this interval. */
export const PERIODIC_SNAPSHOT_MS = 5 * 60 * 1000;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function kindOf(row: RevisionRow): RevisionKind | 'unknown' {
  if (isRevisionKind(row.kind)) return row.kind;
  if (typeof row.reason === 'string') return LEGACY_REASONS[row.reason] ?? 'unknown';
  return 'unknown';
}

const countOf = (v: unknown): number =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : 0;

/** Reads a stored change defensively: whatever is damaged reads as "not compared". */
function changeOf(row: RevisionRow): RevisionChange {
  const c = row.change;
  if (!isRecord(c)) {
    return typeof row.summary === 'string' && row.summary !== ''
      ? { type: 'legacy', text: row.summary }
      : { type: 'notCompared' };
  }
  switch (c.type) {
    case 'first':
      return { type: 'first' };
    case 'damaged':
      return { type: 'damaged', problems: countOf(c.problems) };
    case 'diff': {
      const diff = isRecord(c.diff) ? c.diff : {};
      const fields = Array.isArray(diff.fields) ? diff.fields : [];
      return {
        type: 'diff',
        diff: {
          cells: countOf(diff.cells),
          fields: DIFF_FIELDS.filter((f) => fields.includes(f)),
        },
      };
    }
    default:
      return { type: 'notCompared' };
  }
}

function entryOf(row: RevisionRow): RevisionEntry {
  return {
    id: row.id,
    reportId: row.reportId,
    createdAt: typeof row.createdAt === 'number' ? row.createdAt : 0,
    kind: kindOf(row),
    change: changeOf(row),
  };
}

/**
 * Revision history: whole-document snapshots of a report, each with why it was taken (a kind)
 * and what changed since the snapshot before it (as data). Snapshots are read back through
 * restore.
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
    kind: RevisionKind,
  ): Promise<RevisionEntry | null> {
    const latest = await this.#newest(reportId);
    let change: RevisionChange;
    if (latest === undefined) {
      change = { type: 'first' };
    } else if (latest.doc === null) {
      change = { type: 'notCompared' };
    } else {
      const diff = diffDocuments(latest.doc, doc);
      if (isEmptyDiff(diff)) return null;
      change = { type: 'diff', diff };
    }
    const createdAt = this.#ctx.now();
    const row: Omit<RevisionRow, 'id'> = {
      reportId,
      createdAt,
      kind,
      change,
      payload: this.#ctx.encode(doc, new Date(createdAt)),
    };
    const id = await this.#add(row);
    this.#latest.set(reportId, { id, doc });
    return entryOf({ ...row, id });
  }

  /**
   * Keeps data exactly as it was stored (a damaged row before it is repaired or replaced);
   * `problems` is how many restore found in it.
   */
  async snapshotRaw(
    reportId: string,
    payload: unknown,
    kind: RevisionKind,
    problems: number,
  ): Promise<RevisionEntry> {
    const row: Omit<RevisionRow, 'id'> = {
      reportId,
      createdAt: this.#ctx.now(),
      kind,
      change: { type: 'damaged', problems } satisfies RevisionChange,
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
