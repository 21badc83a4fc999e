/**
 * 汇总审核 figures for `npm run bench` (issue 16): the browser reading, checking and tabling 1,000
 * report files; `nianbao summary` over 1,000 files; the CLI's memory over 10,000 files.
 * Targets: ≤ 3 s and no main-thread task over 100 ms; ≤ 1.5 s; < 300 MB.
 */
import type { Browser } from '@playwright/test';
import { measureBrowserReview, type BrowserReviewFigures } from './browserReview';
import {
  measureCliMemory,
  measureCliSummary,
  type CliMemoryFigures,
  type CliSummaryFigures,
} from './cliReview';
import { reviewFiles } from './files';

export interface ReviewFigures {
  readonly browser: BrowserReviewFigures | null;
  readonly cliSummary: CliSummaryFigures;
  readonly cliMemory: CliMemoryFigures | null;
}

export const REVIEW_TARGETS = { browserMs: 3000, longestTaskMs: 100, cliMs: 1500, cliMb: 300 };

export async function measureReview(
  browser: Browser | null,
  appOrigin: string | null,
  options: { readonly quick: boolean },
  log: (line: string) => void,
): Promise<ReviewFigures> {
  const thousand = reviewFiles(1000).files;
  let browserFigures: BrowserReviewFigures | null = null;
  if (browser !== null && appOrigin !== null) {
    log('汇总审核: browser, 1,000 files');
    browserFigures = await measureBrowserReview(browser, appOrigin, thousand);
  }
  log('汇总审核: nianbao summary, 1,000 files');
  const cliSummary = measureCliSummary(thousand, options.quick ? 1 : 3);
  let cliMemory: CliMemoryFigures | null = null;
  if (!options.quick) {
    log('汇总审核: nianbao summary memory, 10,000 files');
    cliMemory = measureCliMemory(reviewFiles(10_000).files);
  }
  return { browser: browserFigures, cliSummary, cliMemory };
}

const mark = (ok: boolean) => (ok ? '✓' : '✗');

export function formatReview(f: ReviewFigures): string {
  const t = REVIEW_TARGETS;
  const lines = ['', '汇总审核 (review of many reports)'];
  if (f.browser === null) lines.push('  browser: not measured');
  else {
    const b = f.browser;
    lines.push(
      `  browser: ${String(b.files)} files read, checked and tabled in ${(b.ms / 1000).toFixed(2)} s ` +
        `(target ≤ ${String(t.browserMs / 1000)} s) ${mark(b.ms <= t.browserMs)}`,
      `           longest main-thread task ${b.longestTaskMs.toFixed(0)} ms, ${String(b.longTasks)} tasks ≥ 50 ms ` +
        `(target ≤ ${String(t.longestTaskMs)} ms) ${mark(b.longestTaskMs <= t.longestTaskMs)}; ` +
        `change handler ${b.changeHandlerMs.toFixed(0)} ms`,
    );
  }
  const c = f.cliSummary;
  lines.push(
    `  nianbao summary: ${String(c.files)} files in ${(c.ms / 1000).toFixed(2)} s incl. start-up ` +
      `(target ≤ ${String(t.cliMs / 1000)} s) ${mark(c.ms <= t.cliMs)}` +
      (c.cpuMs === null ? '' : `; CPU time ${(c.cpuMs / 1000).toFixed(2)} s`),
  );
  if (f.cliMemory === null) lines.push('  nianbao summary memory: not measured (--quick)');
  else {
    const m = f.cliMemory;
    lines.push(
      `  nianbao summary memory: ${String(m.files)} files, peak ${m.peakMb.toFixed(0)} MB, ` +
        `${(m.ms / 1000).toFixed(1)} s (target < ${String(t.cliMb)} MB) ${mark(m.peakMb < t.cliMb)}`,
    );
  }
  return lines.join('\n');
}
