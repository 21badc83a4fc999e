import type { Browser, BrowserContextOptions } from '@playwright/test';
import { newBenchContext } from '../lib/browser';
import { gotoTable } from '../lib/gotoTable';
import { summarize, type Summary } from '../lib/stats';
import { installSaveProbe, type SaveWindow } from '../page/saveProbe';
import { installTypingProbe } from '../page/typingProbe';
import type { Target } from '../targets/target';
import { typeKeystrokes } from './keystrokes';

export type SavingResult =
  | { readonly available: false; readonly reason: string }
  | {
      readonly available: true;
      /** 保存中 → 已保存 as the UI shows it (`data-save-state` saving → saved), ms. */
      readonly uiSave: Summary;
      /** The IndexedDB read-write transactions on `reports` (the save itself), ms. */
      readonly storageWrite: Summary;
      /** Main-thread tasks while typing at a typist's pace with autosave on (from a trace). */
      readonly typingTasks: {
        readonly keystrokes: number;
        readonly longestMs: number;
        readonly over50ms: number;
        readonly tasks: number;
      };
    };

interface TraceEvent {
  readonly name?: string;
  readonly ph?: string;
  readonly pid?: number;
  readonly tid?: number;
  readonly dur?: number;
  readonly args?: { readonly name?: string };
}

/** Tasks of the renderer main thread in a Chromium trace (`ThreadControllerImpl::RunTask`). */
export function mainThreadTasks(trace: Buffer): {
  longestMs: number;
  over50ms: number;
  tasks: number;
  /** Sum of the tasks' durations (main-thread busy time), ms. */
  totalMs: number;
} {
  const parsed = JSON.parse(trace.toString('utf8')) as TraceEvent[] | { traceEvents: TraceEvent[] };
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${String(e.pid)}:${String(e.tid)}`),
  );
  const durations = events
    .filter(
      (e) =>
        e.ph === 'X' &&
        (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') &&
        typeof e.dur === 'number' &&
        mains.has(`${String(e.pid)}:${String(e.tid)}`),
    )
    .map((e) => (e.dur ?? 0) / 1000);
  return {
    longestMs: durations.length === 0 ? 0 : Math.max(...durations),
    over50ms: durations.filter((d) => d >= 50).length,
    tasks: durations.length,
    totalMs: durations.reduce((a, b) => a + b, 0),
  };
}

/**
 * Autosave, seen from the page: (1) type at a typist's pace (120 ms a key) with a Chromium trace
 * running, for the longest main-thread task; (2) then one keystroke at a time, each followed by
 * its save, for the save latency (UI status and IndexedDB transaction).
 */
export async function measureSaving(
  browser: Browser,
  origin: string,
  target: Target,
  options: { keystrokes: number; saves: number },
  storageState: BrowserContextOptions['storageState'],
): Promise<SavingResult> {
  if (storageState === undefined) {
    return { available: false, reason: 'the app keeps no report in storage yet (no autosave)' };
  }
  const context = await newBenchContext(browser, storageState);
  try {
    const page = await context.newPage();
    await page.addInitScript(installSaveProbe);
    await page.addInitScript(installTypingProbe);
    await gotoTable(page, origin, target);
    if ((await page.locator('[data-save-state]').count()) === 0) {
      return { available: false, reason: 'the editor shows no save status ([data-save-state])' };
    }

    await browser.startTracing(page, { categories: ['toplevel', '__metadata'] });
    const strokes = await typeKeystrokes(page, target.cells, options.keystrokes, 120);
    const tasks = mainThreadTasks(await browser.stopTracing());

    const savedCount = () =>
      page.evaluate(
        () =>
          (window as SaveWindow).__benchSave?.states.filter((s) => s.kind === 'saved').length ?? 0,
      );
    await page.waitForSelector('[data-save-state="saved"]', { timeout: 15_000 });
    await page.evaluate(() => {
      const probe = (window as SaveWindow).__benchSave;
      if (probe === undefined) return;
      probe.states.length = 0;
      probe.transactions.length = 0;
    });
    for (let i = 0; i < options.saves; i += 1) {
      const before = await savedCount();
      await page.keyboard.press(i % 2 === 0 ? '7' : 'Backspace');
      await page.waitForFunction(
        (n) =>
          ((window as SaveWindow).__benchSave?.states.filter((s) => s.kind === 'saved').length ??
            0) > n,
        before,
        { timeout: 15_000 },
      );
    }
    const probe = await page.evaluate(() => (window as SaveWindow).__benchSave);
    const ui: number[] = [];
    const states = probe?.states ?? [];
    states.forEach((s, i) => {
      const next = states[i + 1];
      if (s.kind === 'saving' && next?.kind === 'saved') ui.push(next.at - s.at);
    });
    return {
      available: true,
      uiSave: summarize(ui),
      storageWrite: summarize(probe?.transactions ?? []),
      typingTasks: {
        keystrokes: strokes.length,
        longestMs: tasks.longestMs,
        over50ms: tasks.over50ms,
        tasks: tasks.tasks,
      },
    };
  } finally {
    await context.close();
  }
}
