import type { RestoredDocument } from '../report/document';
import type { SaveOutcome } from './reportsRepository';
import { describeStorageError, isClosedError, isQuotaError } from './storageErrors';

/** The editor's document store, as far as autosave needs it (src/ui's ReportStore fits). */
export interface AutosaveSource {
  readonly document: RestoredDocument;
  subscribe(listener: () => void): () => void;
}

export interface SaveTarget {
  save(id: string, doc: RestoredDocument, expectedRevision: number): Promise<SaveOutcome>;
}

export type SaveStatus =
  /** Everything on screen is stored; `at` is when it was written. */
  | { readonly kind: 'saved'; readonly at: number }
  /** Changes wait for the short pause after typing; shown as 保存中 like a running write. */
  | { readonly kind: 'pending' }
  | { readonly kind: 'saving' }
  /**
   * The last write failed; the document is still in memory. `retryAt` is when the next attempt
   * runs (`null` when retrying is pointless: the database was closed by a newer version).
   */
  | {
      readonly kind: 'failed';
      readonly reason: string;
      readonly quota: boolean;
      readonly closed: boolean;
      readonly retryAt: number | null;
    }
  /** Another tab saved a newer revision (or removed the report); autosave stopped. */
  | { readonly kind: 'conflict'; readonly storedRevision: number | null }
  /**
   * The report was moved to 回收站 (in another tab); autosave stopped, nothing is written into
   * it until the user takes it out of 回收站 here (then `adopt` resumes).
   */
  | { readonly kind: 'binned' };

/** Where the "leave the page now" signals come from (window and document in the browser). */
export interface PageSignals {
  readonly window: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
  readonly document: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> & {
    readonly visibilityState: string;
  };
}

export interface AutosaveOptions {
  readonly source: AutosaveSource;
  readonly target: SaveTarget;
  readonly reportId: string;
  /** The stored revision the document was loaded from. */
  readonly revision: number;
  /** When the loaded revision was written (for the first 已保存 time). */
  readonly savedAt: number;
  /** Pause after the last change before writing. */
  readonly debounceMs?: number;
  /** Longest time a change may stay unsaved while the user keeps typing. */
  readonly maxWaitMs?: number;
  /** Waits between attempts after a failed write; the last one repeats. */
  readonly retryDelaysMs?: readonly number[];
  /** `null` to listen to nothing (tests); default: the page's window and document. */
  readonly signals?: PageSignals | null;
  readonly now?: () => number;
}

type Listener = () => void;

export const AUTOSAVE_DEBOUNCE_MS = 600;
export const AUTOSAVE_MAX_WAIT_MS = 900;
const RETRY_DELAYS_MS = [1000, 2000, 5000, 10_000, 30_000];

function defaultSignals(): PageSignals | null {
  return typeof window === 'undefined' || typeof document === 'undefined'
    ? null
    : { window, document };
}

/**
 * Writes the editor's document to IndexedDB shortly after each change (debounced, with a
 * maximum wait so steady typing is saved too) and at once when the page may be going away
 * (`pagehide`, tab hidden, window blur). A failed write keeps the document in memory and is
 * retried with backoff; a save that finds a newer revision from another tab stops and reports
 * `conflict` instead of overwriting it. Framework-free: React only renders `status`.
 *
 * Create it only after the draft is loaded into the store, so defaults never overwrite a
 * stored draft: the loaded document counts as saved, and only later changes are written.
 */
export class Autosave {
  readonly #source: AutosaveSource;
  readonly #target: SaveTarget;
  readonly #reportId: string;
  readonly #debounceMs: number;
  readonly #maxWaitMs: number;
  readonly #retryDelays: readonly number[];
  readonly #signals: PageSignals | null;
  readonly #now: () => number;
  readonly #listeners = new Set<Listener>();

  #revision: number;
  #savedDoc: RestoredDocument;
  #status: SaveStatus;
  #lastSavedAt: number;
  #firstUnsavedAt: number | null = null;
  #lastChangeAt = 0;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #retryTimer: ReturnType<typeof setTimeout> | null = null;
  #failures = 0;
  #inFlight: Promise<void> | null = null;
  #halted = false;
  #stopped = false;
  #unsubscribe: (() => void) | null = null;

  constructor(options: AutosaveOptions) {
    this.#source = options.source;
    this.#target = options.target;
    this.#reportId = options.reportId;
    this.#revision = options.revision;
    this.#debounceMs = options.debounceMs ?? AUTOSAVE_DEBOUNCE_MS;
    this.#maxWaitMs = options.maxWaitMs ?? AUTOSAVE_MAX_WAIT_MS;
    this.#retryDelays = options.retryDelaysMs ?? RETRY_DELAYS_MS;
    this.#signals = options.signals === undefined ? defaultSignals() : options.signals;
    this.#now = options.now ?? Date.now;
    this.#savedDoc = options.source.document;
    this.#lastSavedAt = options.savedAt;
    this.#status = { kind: 'saved', at: options.savedAt };
  }

  get status(): SaveStatus {
    return this.#status;
  }

  get reportId(): string {
    return this.#reportId;
  }

  /** The stored revision this tab last loaded or wrote. */
  get revision(): number {
    return this.#revision;
  }

  /** True while the document on screen differs from what was last stored. */
  get dirty(): boolean {
    return this.#source.document !== this.#savedDoc;
  }

  /** When the document last changed (the autosave clock), 0 before any change. */
  get lastChangeAt(): number {
    return this.#lastChangeAt;
  }

  /** The document last written (or loaded); what survives if the page dies now. */
  get savedDocument(): RestoredDocument {
    return this.#savedDoc;
  }

  start(): void {
    if (this.#unsubscribe !== null) return;
    this.#unsubscribe = this.#source.subscribe(this.#onChange);
    const s = this.#signals;
    s?.window.addEventListener('pagehide', this.#onLeave);
    s?.window.addEventListener('blur', this.#onLeave);
    s?.document.addEventListener('visibilitychange', this.#onVisibility);
  }

  /** Stops listening; does not write. Call `flush()` first to keep pending changes. */
  stop(): void {
    this.#stopped = true;
    this.#unsubscribe?.();
    this.#unsubscribe = null;
    const s = this.#signals;
    s?.window.removeEventListener('pagehide', this.#onLeave);
    s?.window.removeEventListener('blur', this.#onLeave);
    s?.document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#clearTimer();
    this.#clearRetry();
  }

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  /** Writes now if there is anything unsaved; resolves when that write (and any queued) ended. */
  async flush(): Promise<void> {
    this.#clearTimer();
    if (this.#halted) return;
    if (this.#inFlight !== null) {
      // A write is running; changes made since are written right after it (see #afterWrite).
      await this.#inFlight;
      return;
    }
    const doc = this.#source.document;
    if (doc === this.#savedDoc) {
      if (this.#status.kind === 'pending')
        this.#setStatus({ kind: 'saved', at: this.#lastSavedAt });
      return;
    }
    this.#clearRetry();
    this.#inFlight = this.#write(doc).finally(() => {
      this.#inFlight = null;
      this.#afterWrite();
    });
    await this.#inFlight;
  }

  /** Tries a failed write again at once (the 重试 button). */
  retryNow(): Promise<void> {
    return this.flush();
  }

  /**
   * After the user chose 重新载入较新的版本: `doc` (already restored) at `revision` is now what
   * is stored and on screen. Call before putting `doc` into the store; autosave resumes.
   */
  adopt(doc: RestoredDocument, revision: number, savedAt: number): void {
    this.#savedDoc = doc;
    this.#revision = revision;
    this.#lastSavedAt = savedAt;
    this.#halted = false;
    this.#failures = 0;
    this.#firstUnsavedAt = null;
    this.#clearRetry();
    this.#setStatus({ kind: 'saved', at: savedAt });
  }

  /** The report is in 回收站: stop writing and say so, until `adopt` after it is taken out. */
  markBinned(): void {
    this.#halted = true;
    this.#clearTimer();
    this.#clearRetry();
    this.#setStatus({ kind: 'binned' });
  }

  /** Stops writing for good and shows `reason` (the database was closed by a newer version). */
  halt(reason: string): void {
    this.#halted = true;
    this.#clearTimer();
    this.#clearRetry();
    this.#setStatus({ kind: 'failed', reason, quota: false, closed: true, retryAt: null });
  }

  readonly #onChange = (): void => {
    this.#lastChangeAt = this.#now();
    if (this.#halted) return;
    if (!this.dirty) {
      // e.g. undo back to the stored state: nothing to write.
      this.#clearTimer();
      this.#firstUnsavedAt = null;
      if (this.#status.kind === 'pending')
        this.#setStatus({ kind: 'saved', at: this.#lastSavedAt });
      return;
    }
    const now = this.#now();
    this.#firstUnsavedAt ??= now;
    // A failed state stays visible until a write succeeds: the warning matters more.
    if (this.#status.kind === 'saved') this.#setStatus({ kind: 'pending' });
    this.#schedule(now);
  };

  readonly #onLeave = (): void => {
    void this.flush();
  };

  readonly #onVisibility = (): void => {
    if (this.#signals?.document.visibilityState === 'hidden') void this.flush();
  };

  #schedule(now: number): void {
    this.#clearTimer();
    const waited = now - (this.#firstUnsavedAt ?? now);
    const delay = Math.max(0, Math.min(this.#debounceMs, this.#maxWaitMs - waited));
    this.#timer = setTimeout(() => {
      this.#timer = null;
      void this.flush();
    }, delay);
  }

  async #write(doc: RestoredDocument): Promise<void> {
    if (this.#status.kind !== 'failed') this.#setStatus({ kind: 'saving' });
    this.#firstUnsavedAt = null;
    let outcome: SaveOutcome;
    try {
      outcome = await this.#target.save(this.#reportId, doc, this.#revision);
    } catch (error) {
      this.#failed(error);
      return;
    }
    if (outcome.kind === 'conflict') {
      this.#halted = true;
      this.#setStatus({ kind: 'conflict', storedRevision: outcome.storedRevision });
      return;
    }
    if (outcome.kind === 'binned') {
      this.markBinned();
      return;
    }
    this.#revision = outcome.revision;
    this.#savedDoc = doc;
    this.#lastSavedAt = outcome.updatedAt;
    this.#failures = 0;
    this.#setStatus(this.dirty ? { kind: 'pending' } : { kind: 'saved', at: outcome.updatedAt });
  }

  #failed(error: unknown): void {
    const closed = isClosedError(error);
    if (closed) this.#halted = true;
    const delay =
      this.#retryDelays[Math.min(this.#failures, this.#retryDelays.length - 1)] ?? 30_000;
    this.#failures += 1;
    const retryAt = closed ? null : this.#now() + delay;
    this.#setStatus({
      kind: 'failed',
      reason: describeStorageError(error),
      quota: isQuotaError(error),
      closed,
      retryAt,
    });
    if (!closed && !this.#stopped) {
      this.#retryTimer = setTimeout(() => {
        this.#retryTimer = null;
        void this.flush();
      }, delay);
    }
  }

  /** Changes typed while a write was running are written after a fresh short pause. */
  #afterWrite(): void {
    if (this.#halted || !this.dirty || this.#timer !== null || this.#retryTimer !== null) return;
    if (this.#stopped) return;
    const now = this.#now();
    this.#firstUnsavedAt ??= now;
    this.#schedule(now);
  }

  #clearTimer(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }

  #clearRetry(): void {
    if (this.#retryTimer !== null) clearTimeout(this.#retryTimer);
    this.#retryTimer = null;
  }

  #setStatus(status: SaveStatus): void {
    this.#status = status;
    for (const listener of [...this.#listeners]) listener();
  }
}
