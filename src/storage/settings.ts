import type { NianbaoDb } from './db';

/** Keys of the settings table and the type of each value. */
export interface Settings {
  /** When 备份全部报告 last produced a file (ms since the epoch). */
  readonly lastBackupAt: number;
}

/** Settings come from storage like everything else: a damaged value reads as unset. */
const READERS: { readonly [K in keyof Settings]: (value: unknown) => Settings[K] | null } = {
  lastBackupAt: (value) => (typeof value === 'number' && Number.isFinite(value) ? value : null),
};

export async function readSetting<K extends keyof Settings>(
  db: NianbaoDb,
  key: K,
): Promise<Settings[K] | null> {
  const row = await db.settings.get(key);
  return READERS[key](row?.value);
}

export async function writeSetting<K extends keyof Settings>(
  db: NianbaoDb,
  key: K,
  value: Settings[K],
): Promise<void> {
  await db.settings.put({ key, value });
}
