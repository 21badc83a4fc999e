import type { Autosave, SaveStatus } from '../../../storage/autosave';

/** How long typing must pause before the header's text turns from 保存中 to 已保存. */
export const SETTLE_MS = 1000;

type Listener = () => void;

/**
 * The save status as the header's text shows it. While the user keeps typing, autosave writes
 * every second or so and is 已保存 only for the moment until the next keystroke; showing each of
 * those moments would make the header flicker, make screen readers announce every save, and lay
 * the page out once more per save. So 保存中 stays until typing has paused for `settleMs`, then
 * 已保存 shows if it is still true. Every other change (a failure, a conflict) shows at once.
 * The true status stays available to callers (`data-save-state`, which tests rely on).
 */
export class SettledSaveStatus {
  readonly #autosave: Pick<Autosave, 'status' | 'lastChangeAt' | 'subscribe'>;
  readonly #settleMs: number;
  readonly #now: () => number;
  readonly #listeners = new Set<Listener>();
  #shown: SaveStatus;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #unsubscribe: (() => void) | null = null;

  constructor(
    autosave: Pick<Autosave, 'status' | 'lastChangeAt' | 'subscribe'>,
    settleMs = SETTLE_MS,
    now: () => number = Date.now,
  ) {
    this.#autosave = autosave;
    this.#settleMs = settleMs;
    this.#now = now;
    this.#shown = autosave.status;
  }

  get shown(): SaveStatus {
    return this.#shown;
  }

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    if (this.#unsubscribe === null) {
      this.#unsubscribe = this.#autosave.subscribe(this.#update);
      this.#update();
    }
    return () => {
      this.#listeners.delete(listener);
      if (this.#listeners.size > 0) return;
      this.#unsubscribe?.();
      this.#unsubscribe = null;
      this.#clearTimer();
    };
  }

  readonly #update = (): void => {
    this.#clearTimer();
    const status = this.#autosave.status;
    const wait = this.#autosave.lastChangeAt + this.#settleMs - this.#now();
    const typing = this.#shown.kind === 'pending' || this.#shown.kind === 'saving';
    if (status.kind === 'saved' && typing && wait > 0) {
      this.#timer = setTimeout(this.#update, wait);
      return;
    }
    if (status === this.#shown) return;
    this.#shown = status;
    for (const l of [...this.#listeners]) l();
  };

  #clearTimer(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }
}
