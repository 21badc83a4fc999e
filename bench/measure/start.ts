import type { Browser, BrowserContextOptions, Page } from '@playwright/test';
import { newBenchContext } from '../lib/browser';
import { settleServiceWorker } from '../lib/gotoTable';
import { summarize, type Summary } from '../lib/stats';
import { installStartProbe, type StartProbe, type StartWindow } from '../page/startProbe';
import type { Target } from '../targets/target';

export interface StartResult {
  /** Navigation → first 表三 input usable, fresh context (empty HTTP cache). */
  readonly cold: Summary;
  /** The same after a reload in that context (a repeat visit: files from the service worker or the HTTP cache). */
  readonly warm: Summary;
  /** Navigation → the first screen is usable (for Nianbao: the editor, before 表三 is opened). */
  readonly coldFirstScreen: Summary;
  /** What the probe clicked to get to 表三. */
  readonly clicked: readonly string[];
}

/** `url` null: reload (a second goto to a URL with a hash would only move to the fragment). */
async function oneStart(page: Page, url: string | null): Promise<StartProbe> {
  if (url === null) await page.reload();
  else await page.goto(url);
  await page.waitForFunction(
    () => (window as StartWindow).__benchStart?.interactiveAt != null,
    undefined,
    {
      timeout: 30_000,
    },
  );
  const probe = await page.evaluate(() => (window as StartWindow).__benchStart);
  if (probe === undefined) throw new Error('start probe missing');
  return probe;
}

/**
 * Each run: a fresh context (cold start), then a reload in the same context (warm start).
 * The storage state (a stored report) is the same for every run.
 */
export async function measureStart(
  browser: Browser,
  origin: string,
  target: Target,
  runs: number,
  storageState: BrowserContextOptions['storageState'],
): Promise<StartResult> {
  const cold: number[] = [];
  const warm: number[] = [];
  const firstScreen: number[] = [];
  let clicked: readonly string[] = [];
  for (let run = 0; run < runs; run += 1) {
    const context = await newBenchContext(browser, storageState);
    try {
      const page = await context.newPage();
      await page.addInitScript(installStartProbe, target.start);
      const url = `${origin}${target.path}`;
      const first = await oneStart(page, url);
      cold.push(first.interactiveAt ?? Number.NaN);
      firstScreen.push(first.firstScreenAt ?? Number.NaN);
      clicked = first.clicked;
      // Let the first visit finish its background work first (downloads, the service worker's
      // install), so the reload is a true repeat visit (files from the HTTP cache or the worker).
      await page.waitForLoadState('networkidle');
      await settleServiceWorker(page);
      const second = await oneStart(page, null);
      warm.push(second.interactiveAt ?? Number.NaN);
    } finally {
      await context.close();
    }
  }
  return {
    cold: summarize(cold),
    warm: summarize(warm),
    coldFirstScreen: summarize(firstScreen),
    clicked,
  };
}
