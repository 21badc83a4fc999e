import type { CommitKind } from '../report/commitKind';
import type { RestoredDocument } from '../report/document';
import type { AutosaveSource } from './autosave';
import { diffDocuments } from './documentDiff';
import {
  PERIODIC_SNAPSHOT_MS,
  type RevisionEntry,
  type RevisionKind,
  type RevisionsRepository,
} from './revisions';

/** The store's commit hook: each undoable change, with its kind and the document before it. */
export interface CommitSource extends AutosaveSource {
  subscribeCommits(listener: (kind: CommitKind, before: RestoredDocument) => void): () => void;
}

/** Kinds whose state before is always kept: each replaces much of the report at once. */
const SNAPSHOT_BEFORE: Readonly<Record<CommitKind, boolean>> = {
  edit: false,
  clear: false,
  acknowledge: false,
  'table-toggle': false,
  paste: true,
  fill: true,
  import: true,
  'carry-over': true,
  rename: true,
  restore: true,
  'edition-switch': true,
};

/**
 * Which snapshot a commit calls for, judged by its kind and by what it did (the edition
 * changed; many cells changed at once). Ordinary typing returns `null`.
 */
export function classifyCommit(
  kind: CommitKind,
  before: RestoredDocument,
  after: RestoredDocument,
): RevisionKind | null {
  if (before.format !== after.format) return 'edition-switch';
  if (SNAPSHOT_BEFORE[kind]) return kind;
  if (diffDocuments(before, after).cells > 1) return 'bulk';
  return null;
}

export interface RevisionRecorderOptions {
  readonly source: CommitSource;
  readonly revisions: RevisionsRepository;
  readonly reportId: string;
  readonly now?: () => number;
  readonly periodMs?: number;
  /** Called when a snapshot could not be written (the autosave status reports storage trouble). */
  readonly onError?: (error: unknown) => void;
}

/**
 * Takes history snapshots while the user edits: the state before every import, edition switch,
 * paste, fill, carry-over, restore or other many-cell change, and otherwise at most one every five minutes of
 * editing (the state before the first change after the interval, so every snapshot is a
 * state the report really had). Writes are queued so snapshots keep their order.
 */
export class RevisionRecorder {
  readonly #options: RevisionRecorderOptions;
  readonly #now: () => number;
  readonly #periodMs: number;
  #lastSnapshotAt: number | null = null;
  #queue: Promise<unknown> = Promise.resolve();
  #unsubscribe: (() => void) | null = null;

  constructor(options: RevisionRecorderOptions) {
    this.#options = options;
    this.#now = options.now ?? Date.now;
    this.#periodMs = options.periodMs ?? PERIODIC_SNAPSHOT_MS;
  }

  /** Starts listening; reads when the newest stored snapshot was taken. */
  async start(): Promise<void> {
    if (this.#unsubscribe !== null) return;
    this.#unsubscribe = this.#options.source.subscribeCommits(this.#onCommit);
    try {
      const latest = await this.#options.revisions.latestAt(this.#options.reportId);
      this.#lastSnapshotAt = Math.max(this.#lastSnapshotAt ?? 0, latest ?? 0) || null;
    } catch (error) {
      this.#options.onError?.(error);
    }
  }

  stop(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = null;
  }

  /** Queues a snapshot of `doc`; resolves with the entry (or `null`: same as the last one). */
  snapshot(doc: RestoredDocument, kind: RevisionKind): Promise<RevisionEntry | null> {
    this.#lastSnapshotAt = this.#now();
    const write = this.#queue.then(() =>
      this.#options.revisions.snapshot(this.#options.reportId, doc, kind),
    );
    this.#queue = write.catch((error: unknown) => {
      this.#options.onError?.(error);
    });
    return write;
  }

  /** Resolves when every queued snapshot has been written (or has failed). */
  async settled(): Promise<void> {
    await this.#queue;
  }

  readonly #onCommit = (kind: CommitKind, before: RestoredDocument): void => {
    const reason = classifyCommit(kind, before, this.#options.source.document);
    const due =
      this.#lastSnapshotAt === null || this.#now() - this.#lastSnapshotAt >= this.#periodMs;
    if (reason === null && !due) return;
    // Errors are reported through onError; the editor keeps working without the snapshot.
    this.snapshot(before, reason ?? 'periodic').catch(() => undefined);
  };
}
