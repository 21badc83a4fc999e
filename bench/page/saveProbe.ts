/**
 * In-page observation of autosave, installed before the page's own scripts.
 * Runs in the browser: it must not use anything from its module scope.
 *
 * Two views of a save: the UI's status (`data-save-state` goes saving → saved, shown as
 * 保存中 → 已保存), and the IndexedDB read-write transactions on the `reports` store, timed from
 * their creation to their `complete` event (the storage layer's save is one such transaction).
 */
export interface SaveProbe {
  /** Each status change: kind and time. */
  readonly states: { readonly kind: string; readonly at: number }[];
  /** Durations of read-write transactions touching `reports`, in ms. */
  readonly transactions: number[];
}

export interface SaveWindow {
  __benchSave?: SaveProbe;
}

export function installSaveProbe(): void {
  const probe: SaveProbe = { states: [], transactions: [] };
  (window as SaveWindow).__benchSave = probe;

  // Read off the prototype (not as a method) and always called with the database as `this`.
  const original = Reflect.get<IDBDatabase, 'transaction'>(IDBDatabase.prototype, 'transaction');
  IDBDatabase.prototype.transaction = function transaction(
    this: IDBDatabase,
    ...args: Parameters<IDBDatabase['transaction']>
  ): IDBTransaction {
    const tx = original.apply(this, args);
    const [stores, mode] = args;
    const names = typeof stores === 'string' ? [stores] : [...stores];
    if (mode === 'readwrite' && names.includes('reports')) {
      const started = performance.now();
      tx.addEventListener('complete', () => {
        probe.transactions.push(performance.now() - started);
      });
    }
    return tx;
  };

  let last: string | null = null;
  const record = (): void => {
    const el = document.querySelector('[data-save-state]');
    const kind = el?.getAttribute('data-save-state') ?? null;
    if (kind !== null && kind !== last) {
      probe.states.push({ kind, at: performance.now() });
      last = kind;
    }
  };
  new MutationObserver(record).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-save-state'],
  });
}
