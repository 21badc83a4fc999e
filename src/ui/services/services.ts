import { toFileObject } from '../../io/json/exportJson';
import { ChangeFeed } from '../../storage/changeFeed';
import { NianbaoDb } from '../../storage/db';
import { DraftCatalog } from '../../storage/draftCatalog';
import { ReportsRepository } from '../../storage/reportsRepository';
import { RevisionsRepository } from '../../storage/revisions';
import type { StorageContext } from '../../storage/storageContext';
import { watchVersionChange } from '../../storage/versionChange';
import { GENERATOR } from '../../io/generator';

type Listener = () => void;

/**
 * Whether this tab's database connection was closed because another tab opened a newer app
 * version; open editors register a flush that runs just before the close.
 */
export class ClosedSignal {
  #closed = false;
  readonly #listeners = new Set<Listener>();
  readonly #flushers = new Set<() => Promise<unknown>>();

  get closed(): boolean {
    return this.#closed;
  }

  /** Writes everything pending (all open editors). */
  flushAll(): Promise<unknown> {
    return Promise.allSettled([...this.#flushers].map((f) => f()));
  }

  addFlusher(flush: () => Promise<unknown>): () => void {
    this.#flushers.add(flush);
    return () => {
      this.#flushers.delete(flush);
    };
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    for (const l of [...this.#listeners]) l();
  }

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }
}

/** Everything the screens need from storage, created once per page. */
export interface PersistenceServices {
  readonly ctx: StorageContext;
  readonly reports: ReportsRepository;
  readonly revisions: RevisionsRepository;
  readonly catalog: DraftCatalog;
  readonly feed: ChangeFeed;
  readonly closed: ClosedSignal;
}

/**
 * Wires storage to the JSON export: a stored row's payload is exactly the file the export
 * writes (storage itself must not import src/io).
 */
export function createPersistenceServices(dbName?: string): PersistenceServices {
  const db = new NianbaoDb(dbName);
  const feed = new ChangeFeed();
  const ctx: StorageContext = {
    db,
    feed,
    now: Date.now,
    encode: (doc, savedAt) => toFileObject(doc, { exportedAt: savedAt, generator: GENERATOR }),
  };
  const closed = new ClosedSignal();
  watchVersionChange(db, {
    beforeClose: () => closed.flushAll(),
    onClosed: () => {
      closed.close();
    },
  });
  return {
    ctx,
    reports: new ReportsRepository(ctx),
    revisions: new RevisionsRepository(ctx),
    catalog: new DraftCatalog(db),
    feed,
    closed,
  };
}
