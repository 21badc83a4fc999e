/** The parts of `navigator.storage` used here (absent in old browsers and insecure contexts). */
export interface StorageManagerLike {
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
  estimate?: () => Promise<{ usage?: number; quota?: number }>;
}

export type PersistenceState = 'granted' | 'denied' | 'unsupported';

function defaultManager(): StorageManagerLike | null {
  // Absent in insecure contexts (plain-http intranet addresses) although typed as always there.
  return typeof navigator !== 'undefined' && 'storage' in navigator ? navigator.storage : null;
}

/**
 * Asks the browser not to evict the drafts when disk space runs low. Browsers decide on their
 * own (Chromium grants it to sites the user engages with), so the answer is shown, not assumed.
 */
export async function requestPersistence(
  manager: StorageManagerLike | null = defaultManager(),
): Promise<PersistenceState> {
  if (manager?.persist === undefined) return 'unsupported';
  try {
    if ((await manager.persisted?.()) === true) return 'granted';
    return (await manager.persist()) ? 'granted' : 'denied';
  } catch {
    return 'denied';
  }
}

export interface StorageUsage {
  readonly usage: number;
  readonly quota: number;
}

export async function estimateUsage(
  manager: StorageManagerLike | null = defaultManager(),
): Promise<StorageUsage | null> {
  if (manager?.estimate === undefined) return null;
  try {
    const { usage, quota } = await manager.estimate();
    return typeof usage === 'number' && typeof quota === 'number' ? { usage, quota } : null;
  } catch {
    return null;
  }
}

/** `1.2 MB`, `830 KB`: storage sizes for people, in the units browsers show. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toFixed(digits)} ${units[unit] ?? 'B'}`;
}
