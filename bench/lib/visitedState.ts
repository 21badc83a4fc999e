import type { Browser, BrowserContextOptions } from '@playwright/test';
import { newBenchContext } from './browser';

/** The app's storage after one visit of the library (one-off work such as summaries done). */
export async function visitedState(
  browser: Browser,
  origin: string,
  state: BrowserContextOptions['storageState'],
): Promise<BrowserContextOptions['storageState']> {
  const context = await newBenchContext(browser, state);
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await page.waitForFunction(
      () => {
        if (document.querySelector('[data-report-id]') === null) return false;
        const text = document.body.innerText;
        return !text.includes('检查中') && !text.includes('正在读取');
      },
      undefined,
      { timeout: 60_000 },
    );
    return await context.storageState({ indexedDB: true });
  } finally {
    await context.close();
  }
}
