import { expect, type Page } from '@playwright/test';

/**
 * Waits until the app's service worker is active (every file precached) and controls the
 * page, i.e. until the app would open with the network off. The worker claims the page on
 * its first install, so no reload is needed.
 */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** What a long-open page does periodically: ask the server whether a new version exists. */
export async function checkForUpdate(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
}

/** The IndexedDB version of the app's database (Dexie stores schema version × 10). */
export async function databaseVersion(page: Page): Promise<number | null> {
  return page.evaluate(async () => {
    const databases = await indexedDB.databases();
    return databases.find((d) => d.name === 'nianbao')?.version ?? null;
  });
}

/** The hashed entry script of the running build, e.g. `/assets/main-Ab12Cd34.js`. */
export async function entryScript(page: Page): Promise<string> {
  const src = await page
    .locator('head script[type="module"][src*="/assets/"]')
    .first()
    .getAttribute('src');
  expect(src, 'entry script of the build').not.toBeNull();
  return src ?? '';
}
