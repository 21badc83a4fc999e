import type { Browser, BrowserContextOptions } from '@playwright/test';
import { newBenchContext } from '../lib/browser';
import { gotoTable } from '../lib/gotoTable';
import { percentile, summarize, type Summary } from '../lib/stats';
import { installTypingProbe, type EventTimingSample, type TypingWindow } from '../page/typingProbe';
import type { Target } from '../targets/target';
import { typeKeystrokes, type Keystroke } from './keystrokes';

/** Event Timing reports only events of 16 ms and more (the API's floor). */
const EVENT_TIMING_FLOOR = 16;

export interface TypingResult {
  /** CPU slowdown (1 = none, 4 = four times slower, via CDP). */
  readonly cpuSlowdown: number;
  /** Keystroke to next paint, ms (the larger of keydown's and keyup's). */
  readonly latency: Summary;
  /** Cross-check from the Event Timing API (processing + presentation of the key events). */
  readonly eventTiming: {
    readonly supported: boolean;
    /** Keystrokes with an event of 16 ms or more. */
    readonly atLeast16ms: number;
    readonly longest: number | null;
    /** p95 over all keystrokes; null when it is below the API's 16 ms floor. */
    readonly p95: number | null;
  };
  /** Long tasks (≥ 50 ms) on the main thread while typing. */
  readonly longTasks: { readonly count: number; readonly longest: number | null };
  /**
   * Layouts and style recalculations per keystroke (CDP Performance.getMetrics LayoutCount and
   * RecalcStyleCount over the pass, divided by the keystrokes; the clicks that move to the next
   * cell are included, the same way on every page).
   */
  readonly perKeystroke?: {
    readonly layouts: number;
    readonly styles: number;
    /**
     * Layouts from each keydown to the paint after its keyup, averaged: what a keystroke itself
     * costs. `layouts` also counts what happens between keystrokes (the clicks to the next
     * cell, and the check results shown when an edit is committed or typing pauses).
     */
    readonly layoutsWithinKeystroke: number;
  };
}

async function layoutCounts(cdp: {
  send(method: 'Performance.getMetrics'): Promise<{ metrics: { name: string; value: number }[] }>;
}): Promise<{ layouts: number; styles: number }> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  return { layouts: value('LayoutCount'), styles: value('RecalcStyleCount') };
}

export interface TypingSettings {
  readonly keystrokes: number;
  readonly intervalMs: number;
  readonly cpuSlowdown: number;
  readonly storageState: BrowserContextOptions['storageState'];
}

function eventTimingOf(
  strokes: readonly Keystroke[],
  entries: readonly EventTimingSample[],
): TypingResult['eventTiming'] {
  const near = (a: number, b: number) => Math.abs(a - b) < 0.5;
  const perStroke = strokes.map((s) => {
    const mine = entries.filter(
      (e) => near(e.startTime, s.down.start) || (s.up !== null && near(e.startTime, s.up.start)),
    );
    return mine.length === 0 ? 0 : Math.max(...mine.map((e) => e.duration));
  });
  const reported = perStroke.filter((d) => d >= EVENT_TIMING_FLOOR);
  const p95 = percentile(perStroke, 95);
  return {
    supported: true,
    atLeast16ms: reported.length,
    longest: reported.length === 0 ? null : Math.max(...reported),
    p95: p95 >= EVENT_TIMING_FLOOR ? p95 : null,
  };
}

export async function measureTyping(
  browser: Browser,
  origin: string,
  target: Target,
  settings: TypingSettings,
): Promise<TypingResult> {
  const context = await newBenchContext(browser, settings.storageState);
  try {
    const page = await context.newPage();
    await page.addInitScript(installTypingProbe);
    await gotoTable(page, origin, target);
    const supported = await page.evaluate(() =>
      PerformanceObserver.supportedEntryTypes.includes('event'),
    );
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: settings.cpuSlowdown });
    await cdp.send('Performance.enable');
    await page.evaluate(() => {
      (window as TypingWindow).__benchTyping?.reset();
    });
    const before = await layoutCounts(cdp);
    let within = 0;
    const strokes = await typeKeystrokes(
      page,
      target.cells,
      settings.keystrokes,
      settings.intervalMs,
      {
        read: async () => (await layoutCounts(cdp)).layouts,
        add: (delta) => {
          within += delta;
        },
      },
    );
    const after = await layoutCounts(cdp);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const { eventTiming, longTasks } = await page.evaluate(() => {
      const probe = (window as TypingWindow).__benchTyping;
      return { eventTiming: probe?.eventTiming ?? [], longTasks: probe?.longTasks ?? [] };
    });
    return {
      cpuSlowdown: settings.cpuSlowdown,
      latency: summarize(strokes.map((s) => s.latency)),
      eventTiming: supported
        ? eventTimingOf(strokes, eventTiming)
        : { supported, atLeast16ms: 0, longest: null, p95: null },
      longTasks: {
        count: longTasks.length,
        longest: longTasks.length === 0 ? null : Math.max(...longTasks.map((t) => t.duration)),
      },
      perKeystroke: {
        layouts: (after.layouts - before.layouts) / Math.max(1, strokes.length),
        styles: (after.styles - before.styles) / Math.max(1, strokes.length),
        layoutsWithinKeystroke: within / Math.max(1, strokes.length),
      },
    };
  } finally {
    await context.close();
  }
}
