import type { NianbaoDb } from './db';

export interface VersionChangeHandlers {
  /**
   * Runs while the connection is still open: write what is pending (autosave flush). The
   * other tab's upgrade waits for us, so this is bounded by `timeoutMs`.
   */
  readonly beforeClose?: () => Promise<unknown>;
  /** The connection is closed for good; tell the user, keep edits in memory, offer export. */
  readonly onClosed: () => void;
  readonly timeoutMs?: number;
}

/**
 * When another tab opens a newer version of the app (a newer schema), IndexedDB asks this tab
 * to close its connection. Dexie's default closes at once (and would reopen with the old
 * schema later, which fails); instead we first save what is pending, then close for good.
 * Returning `false` stops Dexie's default handler (its event chain is stoppable).
 */
export function watchVersionChange(db: NianbaoDb, handlers: VersionChangeHandlers): () => void {
  let closing = false;
  const handler = (): boolean => {
    if (closing) return false;
    closing = true;
    const flush = handlers.beforeClose?.() ?? Promise.resolve();
    const timeout = new Promise((resolve) => setTimeout(resolve, handlers.timeoutMs ?? 3000));
    void Promise.race([flush.catch(() => undefined), timeout]).then(() => {
      db.close({ disableAutoOpen: true });
      handlers.onClosed();
    });
    return false;
  };
  db.on('versionchange', handler);
  return () => {
    db.on('versionchange').unsubscribe(handler);
  };
}
