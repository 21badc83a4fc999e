import type { Page } from '@playwright/test';

/**
 * Runs `seed` until it reports that the drafts were written. The app's database is listed as
 * soon as the app starts opening it, before its schema upgrade has created the tables, so a
 * first attempt can find no table to write to. Tries every 200 ms, for 10 s at most.
 */
export async function untilSeeded(page: Page, seed: () => Promise<boolean>): Promise<boolean> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    if (attempt > 0) await page.waitForTimeout(200);
    if (await seed()) return true;
  }
  return false;
}
