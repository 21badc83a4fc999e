import type { restore } from '../report/restore/restore';

/**
 * `restore` (with zod, the contract schema and every problem message) loaded on first use:
 * the library's first screen lists stored summaries and needs none of it. Call it before a
 * Dexie transaction starts, never inside one (awaiting a module load would end it).
 */
export async function loadRestore(): Promise<typeof restore> {
  return (await import('../report/restore/restore')).restore;
}
