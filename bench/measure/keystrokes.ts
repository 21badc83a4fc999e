import type { Page } from '@playwright/test';
import { sleep } from '../lib/gotoTable';
import type { KeySample, TypingWindow } from '../page/typingProbe';

/**
 * What each visited cell receives: two digits, then two Backspaces, so the value is back where
 * it started and the numbers stay realistic. Every one of them changes the value (and so the
 * row total, the column total and the checks).
 */
const KEYS_PER_CELL = ['7', '3', 'Backspace', 'Backspace'] as const;
const MEASURED = new Set<string>(KEYS_PER_CELL);

/** One keystroke: its keydown and keyup, each from the event's timestamp to the next paint. */
export interface Keystroke {
  readonly key: string;
  readonly down: KeySample;
  readonly up: KeySample | null;
  /** The larger of the two latencies (ms). */
  readonly latency: number;
  /**
   * Page time when the next action began (the next keystroke, or the click on the next cell):
   * work done in the page until then follows from this keystroke.
   */
  readonly windowEnd: number;
}

/** Spreads the visited cells over the whole table (rows and columns) instead of its first rows. */
const CELL_STRIDE = 7;

/**
 * Types `count` keystrokes into the cells matching `cellSelector`: a cell is clicked (not
 * measured), the caret moved to the end, then the keys are pressed one at a time, each keydown
 * and keyup waiting for its next paint, with at least `intervalMs` from one keystroke to the next.
 */
export async function typeKeystrokes(
  page: Page,
  cellSelector: string,
  count: number,
  intervalMs: number,
  /**
   * Called before each keydown and after its keyup has painted; what it returns after minus
   * before is summed over the keystrokes (e.g. the layouts done within the keystrokes).
   */
  counter?: { read(): Promise<number>; add(delta: number): void },
): Promise<Keystroke[]> {
  const cells = page.locator(cellSelector);
  const cellCount = await cells.count();
  if (cellCount === 0) throw new Error(`No cells match ${cellSelector}`);
  const idle = () => page.evaluate(() => (window as TypingWindow).__benchTyping?.whenIdle());
  const already = await page.evaluate(
    () => (window as TypingWindow).__benchTyping?.samples.length ?? 0,
  );
  const now = () => page.evaluate(() => performance.now());
  /** Page times at which a cell was about to be clicked (not a measured keystroke). */
  const clicks: number[] = [];
  let typed = 0;
  for (let visit = 0; typed < count; visit += 1) {
    const cell = cells.nth((visit * CELL_STRIDE) % cellCount);
    clicks.push(await now());
    await cell.click();
    await page.keyboard.press('End');
    await idle();
    for (const key of KEYS_PER_CELL) {
      if (typed >= count) break;
      const started = Date.now();
      const before = counter === undefined ? 0 : await counter.read();
      await page.keyboard.down(key);
      await idle();
      await page.keyboard.up(key);
      await idle();
      if (counter !== undefined) counter.add((await counter.read()) - before);
      typed += 1;
      const rest = intervalMs - (Date.now() - started);
      if (rest > 0) await sleep(rest);
    }
  }
  clicks.push(await now());
  const samples = await page.evaluate(
    (from) => (window as TypingWindow).__benchTyping?.samples.slice(from) ?? [],
    already,
  );
  return pairKeystrokes(
    samples.filter((s) => MEASURED.has(s.key)),
    clicks,
  );
}

/**
 * Pairs each keydown with the keyup of the same key that follows it; a keystroke's window ends
 * at the next keydown or the next click, whichever comes first.
 */
export function pairKeystrokes(
  samples: readonly KeySample[],
  clicks: readonly number[],
): Keystroke[] {
  const pairs: Omit<Keystroke, 'windowEnd'>[] = [];
  for (let i = 0; i < samples.length; i += 1) {
    const down = samples[i];
    if (down?.type !== 'keydown') continue;
    const next = samples[i + 1];
    const up = next?.type === 'keyup' && next.key === down.key ? next : null;
    if (up !== null) i += 1;
    const latency = Math.max(down.end - down.start, up === null ? 0 : up.end - up.start);
    pairs.push({ key: down.key, down, up, latency });
  }
  return pairs.map((p, i) => {
    const nextDown = pairs[i + 1]?.down.start ?? Number.POSITIVE_INFINITY;
    const nextClick = clicks.find((t) => t > p.down.start) ?? Number.POSITIVE_INFINITY;
    return { ...p, windowEnd: Math.min(nextDown, nextClick) };
  });
}
