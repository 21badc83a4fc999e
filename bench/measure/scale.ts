import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { newBenchContext } from '../lib/browser';
import { settleServiceWorker } from '../lib/gotoTable';
import { SAMPLE_REPORT } from '../lib/paths';
import { summarize, type Summary } from '../lib/stats';
import { installLibraryProbe, type LibraryWindow } from '../page/libraryProbe';
import { seedDrafts } from '../page/seedDrafts';
import { installTypingProbe } from '../page/typingProbe';
import { typeKeystrokes } from './keystrokes';
import { mainThreadTasks } from './saving';
import { untilSeeded } from '../lib/untilSeeded';

/**
 * How the app scales with what it stores (issue 14): the library with 1 and 1,000 drafts,
 * autosave with 1 and 1,000 drafts stored. Each case gets its own browser context whose
 * database is filled in place (one transaction), then visited once so the app can finish any
 * one-off work (a schema upgrade computing summaries) before anything is timed.
 */

const DATABASE = 'nianbao';
const FIRST_ID = 'bench-scale-first';
const ROW = '[data-report-id]';

export interface LibraryScale {
  readonly drafts: number;
  /** Navigation start to the list (or its empty message) on screen, over reloads. */
  readonly shown: Summary;
  /** Longest main-thread task from navigation until the list and its counts are complete. */
  readonly longestTask: Summary;
  /** 返回报告列表 pressed in the editor to the list on screen. */
  readonly back: Summary;
}

export interface AutosaveScale {
  readonly drafts: number;
  readonly keystrokes: number;
  /** Main-thread time per keystroke while typing 表三 with autosave (trace, all tasks). */
  readonly busyPerKeystrokeMs: number;
  readonly longestTaskMs: number;
}

function samplePayload(): Record<string, unknown> {
  return JSON.parse(readFileSync(SAMPLE_REPORT, 'utf8')) as Record<string, unknown>;
}

/** A context whose app database holds `count` drafts (the first one `FIRST_ID`). */
async function seededContext(
  browser: Browser,
  origin: string,
  count: number,
  payload: Record<string, unknown>,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newBenchContext(browser);
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  await page.waitForFunction(
    async (name) => (await indexedDB.databases()).some((d) => d.name === name),
    DATABASE,
    { timeout: 15_000, polling: 100 },
  );
  const ok = await untilSeeded(page, () =>
    page.evaluate(seedDrafts, {
      database: DATABASE,
      payload,
      count,
      firstId: FIRST_ID,
      prefix: 'bench-scale',
    }),
  );
  if (!ok) throw new Error('the app database has no reports table');
  return { context, page };
}

/** The library is complete: rows shown, none still reading or checking. */
async function waitLibraryComplete(page: Page): Promise<void> {
  await page.waitForFunction(
    (row) => {
      if (document.querySelector(row) === null) return false;
      const text = document.body.innerText;
      return !text.includes('检查中') && !text.includes('正在读取');
    },
    ROW,
    { timeout: 300_000, polling: 100 },
  );
}

export async function measureLibraryScale(
  browser: Browser,
  origin: string,
  drafts: number,
  runs: number,
): Promise<LibraryScale> {
  const { context, page } = await seededContext(browser, origin, drafts, samplePayload());
  try {
    await page.addInitScript(installLibraryProbe);
    await page.goto(`${origin}/`);
    await waitLibraryComplete(page);
    await settleServiceWorker(page);
    const shown: number[] = [];
    const longest: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      await page.reload();
      await page.waitForFunction(() => (window as LibraryWindow).__benchLibrary?.shownAt != null);
      await waitLibraryComplete(page);
      await page.waitForTimeout(200);
      const probe = await page.evaluate(() => (window as LibraryWindow).__benchLibrary);
      shown.push(probe?.shownAt ?? Number.NaN);
      longest.push(Math.max(0, ...(probe?.longTasks ?? [])));
    }
    const back: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      await page.locator(`${ROW} th button`).first().click();
      const backButton = page.getByRole('button', { name: '← 报告列表' });
      await backButton.waitFor({ timeout: 30_000 });
      await page.waitForTimeout(300);
      back.push(
        await page.evaluate(async (row) => {
          const button = [...document.querySelectorAll('button')].find(
            (b) => b.textContent === '← 报告列表',
          );
          const started = performance.now();
          button?.click();
          for (;;) {
            await new Promise((resolve) => requestAnimationFrame(resolve));
            if (document.querySelector(row) !== null) return performance.now() - started;
          }
        }, ROW),
      );
      await waitLibraryComplete(page);
    }
    return {
      drafts,
      shown: summarize(shown),
      longestTask: summarize(longest),
      back: summarize(back),
    };
  } finally {
    await context.close();
  }
}

export async function measureAutosaveScale(
  browser: Browser,
  origin: string,
  drafts: number,
  keystrokes: number,
): Promise<AutosaveScale> {
  const { context, page } = await seededContext(browser, origin, drafts, samplePayload());
  try {
    await page.addInitScript(installTypingProbe);
    // Let a first library visit finish its one-off work (summaries of the seeded rows).
    await page.goto(`${origin}/`);
    await waitLibraryComplete(page);
    await page.goto(`${origin}/#/report/${FIRST_ID}`);
    const part = page.locator('button[data-part="applications"]');
    await part.click({ timeout: 30_000 });
    const cells = 'input[data-cell^="applications."]:not([readonly])';
    await page.locator(cells).first().waitFor();
    await page.waitForLoadState('networkidle');
    await settleServiceWorker(page);
    await page.waitForTimeout(500);
    await browser.startTracing(page, { categories: ['toplevel', '__metadata'] });
    const strokes = await typeKeystrokes(page, cells, keystrokes, 150);
    // The last keystroke's save runs after a short delay: let it finish inside the trace.
    await page.waitForSelector('[data-save-state="saved"]', { timeout: 15_000 });
    await page.waitForTimeout(1500);
    const tasks = mainThreadTasks(await browser.stopTracing());
    return {
      drafts,
      keystrokes: strokes.length,
      busyPerKeystrokeMs: tasks.totalMs / Math.max(1, strokes.length),
      longestTaskMs: tasks.longestMs,
    };
  } finally {
    await context.close();
  }
}
