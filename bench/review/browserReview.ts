import type { Browser } from '@playwright/test';
import { newBenchContext } from '../lib/browser';

export interface BrowserReviewFigures {
  readonly files: number;
  /** From the file input's change to the table with every unit and the cross-unit findings. */
  readonly ms: number;
  /**
   * Longest main-thread task after the files were handed over (Long Tasks API reports tasks of
   * 50 ms and more; 0 when none). The task in which Playwright sets the input's files is the
   * harness's, not the app's: it is left out, and the app's part of it — its change handler —
   * is given apart as `changeHandlerMs`.
   */
  readonly longestTaskMs: number;
  readonly longTasks: number;
  readonly changeHandlerMs: number;
}

/** Page-side probes: when the files were chosen, when the review was complete, long tasks. */
const PROBE = `
  window.__review = { start: 0, end: 0, handled: 0, tasks: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__review.tasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('change', () => { window.__review.start = performance.now(); }, true);
  window.addEventListener('change', () => { window.__review.handled = performance.now(); });
  new MutationObserver(() => {
    const s = document.querySelector('.review-summary');
    if (window.__review.end === 0 && s && s.textContent.includes('跨单位检查')) {
      window.__review.end = performance.now();
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
`;

interface Probe {
  start: number;
  end: number;
  handled: number;
  tasks: [number, number][];
}

/** Chooses the files in 汇总审核 and times reading, checking and tabling them. */
export async function measureBrowserReview(
  browser: Browser,
  origin: string,
  files: readonly string[],
): Promise<BrowserReviewFigures> {
  const context = await newBenchContext(browser);
  try {
    await context.addInitScript({ content: PROBE });
    const page = await context.newPage();
    await page.goto(`${origin}/#/review`);
    await page.getByRole('button', { name: '选择文件', exact: true }).waitFor();
    // Let the page settle (service worker install, lazy chunk) before the clock starts.
    await page.waitForTimeout(1000);
    await page.evaluate(() => {
      (window as unknown as { __review: Probe }).__review.tasks = [];
    });
    await page.getByLabel('选择报告文件').setInputFiles([...files]);
    await page.waitForFunction(
      () => (window as unknown as { __review: Probe }).__review.end > 0,
      undefined,
      { timeout: 120_000 },
    );
    const probe = await page.evaluate(() => (window as unknown as { __review: Probe }).__review);
    const tasks = probe.tasks.filter(([start]) => start > probe.start).map(([, d]) => d);
    return {
      files: files.length,
      ms: probe.end - probe.start,
      longestTaskMs: tasks.length === 0 ? 0 : Math.max(...tasks),
      longTasks: tasks.length,
      changeHandlerMs: probe.handled - probe.start,
    };
  } finally {
    await context.close();
  }
}
