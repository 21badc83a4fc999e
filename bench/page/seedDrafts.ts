/**
 * Writes `count` drafts into the app's IndexedDB `reports` store in one transaction: copies of
 * one contract file under ids `<prefix>-<n>` with their own agency names and times (the first
 * gets `firstId`, so a target can open it). Rows are written as the app's first release did
 * (no summary): an app that keeps summaries computes them on its first visit, which the bench
 * waits for before measuring. Runs in the browser: it must not use its module scope.
 */
export interface SeedDraftsArgs {
  readonly database: string;
  readonly payload: Record<string, unknown>;
  readonly count: number;
  readonly firstId: string;
  readonly prefix: string;
}

export async function seedDrafts(args: SeedDraftsArgs): Promise<boolean> {
  const names = (await indexedDB.databases()).map((d) => d.name);
  if (!names.includes(args.database)) return false;
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(args.database);
    request.onsuccess = () => {
      resolve(request.result);
    };
    request.onerror = () => {
      reject(request.error ?? new Error('indexedDB.open failed'));
    };
  });
  try {
    if (!db.objectStoreNames.contains('reports')) return false;
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('reports', 'readwrite');
      const store = tx.objectStore('reports');
      const now = Date.now();
      for (let i = 0; i < args.count; i += 1) {
        const id = i === 0 ? args.firstId : `${args.prefix}-${String(i)}`;
        const agency = i === 0 ? String(args.payload.agency) : `测试机关${String(i)}`;
        const year = Number(args.payload.year);
        store.put({
          id,
          agency,
          year,
          format: args.payload.format,
          // The first is the newest, so it is on the library's first page.
          updatedAt: now - i * 1000,
          createdAt: now - i * 1000,
          deletedAt: null,
          revision: 1,
          previousReportId: null,
          payload: { ...args.payload, agency },
        });
      }
      tx.oncomplete = () => {
        resolve();
      };
      tx.onerror = () => {
        reject(tx.error ?? new Error('seeding transaction failed'));
      };
    });
    return true;
  } finally {
    db.close();
  }
}
