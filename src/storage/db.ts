import Dexie, { type EntityTable } from 'dexie';

/**
 * One stored report. `payload` is the contract file object (report-json.md §1) as written by
 * the JSON export, so a stored row is read back through the same `restore` as an imported file.
 * Every field is typed as possibly damaged on read (`StoredReportRow` is what we write).
 */
export interface ReportRow {
  readonly id: string;
  readonly agency: string;
  readonly year: number;
  readonly format: string;
  /** Milliseconds since the epoch of the last write. */
  readonly updatedAt: number;
  readonly createdAt: number;
  /** When the report was moved to 回收站; `null` while it is live (null is not indexed). */
  readonly deletedAt: number | null;
  /** Increases by one on every write; a save must name the revision it started from. */
  readonly revision: number;
  /** The report this one was started from ("start from last year"), for previous.* checks. */
  readonly previousReportId: string | null;
  readonly payload: unknown;
}

export interface RevisionRow {
  /** Auto-increment key: absent on insert. */
  readonly id: number;
  readonly reportId: string;
  readonly createdAt: number;
  /** Why the snapshot was taken: a `RevisionKind` (see revisions.ts). */
  readonly kind?: string;
  /** What changed since the snapshot before it: a `RevisionChange`, as data (no wording). */
  readonly change?: unknown;
  /** Rows written before kinds: a Chinese summary, shown as it is. */
  readonly summary?: string;
  /** Rows written before kinds: `beforeImport` …, read as a kind. */
  readonly reason?: string;
  readonly payload: unknown;
}

/**
 * What the drafts library shows of one report, computed when the report is written (and, for
 * rows written before schema version 2 or by code that bypassed the repository, the first time
 * the library notices it is missing or stale: see summaryCatalog.ts). The library reads only
 * these small rows, never the reports' contents. `revision` is the report revision it
 * describes; `previousRevision` the revision of the linked previous-year report its counts were
 * computed against (`null`: no such report).
 */
export interface SummaryRow {
  readonly id: string;
  readonly revision: number;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly deletedAt: number | null;
  readonly previousReportId: string | null;
  readonly previousRevision: number | null;
  readonly title: string;
  readonly agency: string;
  readonly year: number | null;
  readonly format: string | null;
  /** False when the stored data could not be read at all. */
  readonly readable: boolean;
  /** Restoring the stored data reported problems (warnings or errors) the editor will list. */
  readonly flagged: boolean;
  /** Failing errors and (not acknowledged) warnings; `null` for an unreadable report. */
  readonly errors: number | null;
  readonly warnings: number | null;
}

export interface SettingRow {
  readonly key: string;
  readonly value: unknown;
}

export const DATABASE_NAME = 'nianbao';

/**
 * The IndexedDB database. THE SCHEMA HISTORY LIVES HERE AND IS NEVER REWRITTEN: a browser that
 * holds version n must be able to upgrade to every later version. Never edit or delete an
 * existing `this.version(n)` and never change a primary key; append `this.version(n + 1)` with
 * an `.upgrade()` step instead.
 */
export class NianbaoDb extends Dexie {
  reports!: EntityTable<ReportRow, 'id'>;
  revisions!: EntityTable<RevisionRow, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  summaries!: EntityTable<SummaryRow, 'id'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    this.version(1).stores({
      reports: 'id, updatedAt, year, agency, deletedAt',
      revisions: '++id, reportId, createdAt, [reportId+createdAt]',
      settings: 'key',
    });
    // Version 2: one small summary row per report, so the library never reads the reports'
    // contents, and a `revision` index, so the library can tell (from keys alone) which
    // summaries are missing or stale. No upgrade step: computing summaries needs restore and
    // the checks, which cannot run inside an upgrade transaction without blocking the app's
    // start; the library fills missing ones in small batches (summaryCatalog.ts).
    this.version(2).stores({
      reports: 'id, updatedAt, year, agency, deletedAt, revision',
      summaries: 'id',
    });
    // Append real versions above this line. This stays last: a TEST-ONLY hook for
    // e2e/update.spec.ts, which builds the app a second time with VITE_E2E_SCHEMA_BUMP=1 to
    // prove that a new app version with a newer schema upgrades the database and keeps the
    // drafts. It adds an empty step one past the latest real version. Never set it for a
    // build that users get: their database would be one version ahead of the next release.
    if (import.meta.env.VITE_E2E_SCHEMA_BUMP === '1') this.version(this.verno + 1).stores({});
  }
}
