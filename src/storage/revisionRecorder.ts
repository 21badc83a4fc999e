import type { RestoredDocument } from '../report/document';
import type { AutosaveSource } from './autosave';
import { diffDocuments } from './documentDiff';
import {
  PERIODIC_SNAPSHOT_MS,
  type RevisionEntry,
  type RevisionReason,
  type RevisionsRepository,
} from './revisions';

/** The store's commit hook: each undoable change, with its label and the document before it. */
export interface CommitSource extends AutosaveSource {
  subscribeCommits(listener: (label: string, before: RestoredDocument) => void): () => void;
}

/**
 * Which risky operation a commit was, judged by what it did (the edition changed; many cells
 * changed at once) and by its undo label (导入, 粘贴, 填…). Ordinary typing returns `null`.
 */
export function classifyCommit(
  label: string,
  before: RestoredDocument,
  after: RestoredDocument,
): RevisionReason | null {
  if (before.format !== after.format) return 'beforeEditionSwitch';
  if (label.includes('导入')) return 'beforeImport';
  if (label.includes('粘贴')) return 'beforePaste';
  if (label.includes('填')) return 'beforeFill';
  if (diffDocuments(before, after).cells > 1) return 'beforeBulkChange';
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
 * paste, fill or other many-cell change, and otherwise at most one every five minutes of
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
  snapshot(doc: RestoredDocument, reason: RevisionReason): Promise<RevisionEntry | null> {
    this.#lastSnapshotAt = this.#now();
    const write = this.#queue.then(() =>
      this.#options.revisions.snapshot(this.#options.reportId, doc, reason),
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

  readonly #onCommit = (label: string, before: RestoredDocument): void => {
    const reason = classifyCommit(label, before, this.#options.source.document);
    const due =
      this.#lastSnapshotAt === null || this.#now() - this.#lastSnapshotAt >= this.#periodMs;
    if (reason === null && !due) return;
    // Errors are reported through onError; the editor keeps working without the snapshot.
    this.snapshot(before, reason ?? 'periodic').catch(() => undefined);
  };
}
