/** What changed in storage, told to the other tabs (and to listeners in this tab). */
export interface ReportChange {
  readonly type: 'report-changed';
  readonly id: string;
  /** The new stored revision, or `null` when the report was removed for good. */
  readonly revision: number | null;
}

/** `remote`: the change was made in another tab (not by this page). */
type Listener = (change: ReportChange, remote: boolean) => void;

export const CHANNEL_NAME = 'nianbao';

function isReportChange(value: unknown): value is ReportChange {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    v.type === 'report-changed' &&
    typeof v.id === 'string' &&
    (v.revision === null || typeof v.revision === 'number')
  );
}

/**
 * Tells every tab of the app that a report was written, over BroadcastChannel('nianbao'). An
 * open editor uses it to notice a newer revision written elsewhere; the drafts library uses it
 * (with Dexie's liveQuery) to update live. BroadcastChannel does not echo to its own sender, so
 * listeners in this tab are called directly.
 */
export class ChangeFeed {
  readonly #channel: BroadcastChannel | null;
  readonly #listeners = new Set<Listener>();

  constructor(name: string = CHANNEL_NAME) {
    this.#channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(name) : null;
    this.#channel?.addEventListener('message', (event: MessageEvent<unknown>) => {
      if (isReportChange(event.data)) this.#emit(event.data, true);
    });
  }

  post(change: ReportChange): void {
    try {
      this.#channel?.postMessage(change);
    } catch {
      // A closed channel (page being torn down) must never turn a successful save into an error.
    }
    this.#emit(change, false);
  }

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  close(): void {
    this.#listeners.clear();
    this.#channel?.close();
  }

  #emit(change: ReportChange, remote: boolean): void {
    for (const listener of [...this.#listeners]) listener(change, remote);
  }
}
