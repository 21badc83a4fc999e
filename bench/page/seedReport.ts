/**
 * Writes one report into the app's IndexedDB database, in the shape src/storage/db.ts stores it
 * (`reports` table, row with the contract file object as `payload`). Runs in the browser, on a
 * page of the app that has already opened its database (so Dexie created the schema): it must
 * not use anything from its module scope. Returns false when the app has no database.
 */
export interface SeedRow {
  readonly id: string;
  readonly agency: string;
  readonly year: number;
  readonly format: string;
  readonly updatedAt: number;
  readonly createdAt: number;
  readonly deletedAt: null;
  readonly revision: number;
  readonly previousReportId: null;
  readonly payload: unknown;
}

export async function seedReport(args: { database: string; row: SeedRow }): Promise<boolean> {
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
      tx.objectStore('reports').put(args.row);
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
