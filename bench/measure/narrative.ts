import { readFileSync } from 'node:fs';
import type { Browser } from '@playwright/test';
import { newBenchContext } from '../lib/browser';
import { settleServiceWorker } from '../lib/gotoTable';
import { SAMPLE_REPORT } from '../lib/paths';
import { summarize, type Summary } from '../lib/stats';
import { seedDrafts } from '../page/seedDrafts';
import { installTypingProbe, type TypingWindow } from '../page/typingProbe';
import { typeKeystrokes } from './keystrokes';
import { untilSeeded } from '../lib/untilSeeded';

/**
 * A long narrative (一、总体情况 of 100,000 characters) typed in the app, against a page with
 * only a plain <textarea> holding the same text (the browser's own floor for that text).
 */

export const PLAIN_TEXTAREA_PATH = '/__bench/plain-textarea.html';
/** Characters of the long narrative case. */
export const LONG_NARRATIVE = 100_000;
const DATABASE = 'nianbao';
const REPORT_ID = 'bench-long-narrative';

export interface NarrativeResult {
  readonly characters: number;
  readonly cpuSlowdown: number;
  readonly app: Summary;
  readonly plain: Summary;
}

/** Body paragraphs with a （n） heading every ten lines: what a long 总体情况 looks like. */
export function longNarrative(characters: number): string {
  const lines: string[] = [];
  let length = 0;
  const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
  for (let i = 0; length < characters; i += 1) {
    const line =
      i % 10 === 0
        ? `（${numerals[(i / 10) % 10] ?? '一'}）第${String(i / 10 + 1)}部分`
        : `本机关本年度依法办理政府信息公开申请，答复规范及时，第${String(i)}段说明办理情况和数据来源。`;
    lines.push(line);
    length += line.length + 1;
  }
  return lines.join('\n').slice(0, characters);
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The floor page: one plain textarea with the text, no script. */
export function plainTextareaHtml(text: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>plain textarea</title></head>
<body style="margin:2rem;font:16px/1.8 sans-serif"><textarea class="plain" spellcheck="false"
style="display:block;width:760px;height:600px;padding:1rem;font:inherit">${escapeHtml(text)}</textarea></body></html>`;
}

/** The extra page the app's server serves for this case: the plain textarea of the long text. */
export function narrativePages(): Record<string, string> {
  return { [PLAIN_TEXTAREA_PATH]: plainTextareaHtml(longNarrative(LONG_NARRATIVE)) };
}

export async function measureNarrative(
  browser: Browser,
  origin: string,
  text: string,
  keystrokes: number,
  cpuSlowdown: number,
): Promise<NarrativeResult> {
  const typeIn = async (path: string, selector: string, prepare?: string) => {
    const context = await newBenchContext(browser);
    try {
      const page = await context.newPage();
      await page.addInitScript(installTypingProbe);
      if (prepare !== undefined) {
        await page.goto(`${origin}/`);
        await page.waitForFunction(
          async (name) => (await indexedDB.databases()).some((d) => d.name === name),
          DATABASE,
          { timeout: 15_000, polling: 100 },
        );
        const payload = JSON.parse(readFileSync(SAMPLE_REPORT, 'utf8')) as Record<string, unknown>;
        const sections = payload.sections as Record<string, string>;
        const seeded = await untilSeeded(page, () =>
          page.evaluate(seedDrafts, {
            database: DATABASE,
            payload: { ...payload, sections: { ...sections, overview: text } },
            count: 1,
            firstId: REPORT_ID,
            prefix: 'bench-long',
          }),
        );
        if (!seeded) throw new Error('the app database has no reports table');
        await page.goto(`${origin}${path}`);
        await page.locator(prepare).click({ timeout: 60_000 });
      } else {
        await page.goto(`${origin}${path}`);
      }
      await page.locator(selector).first().waitFor({ timeout: 60_000 });
      await page.waitForLoadState('networkidle');
      await settleServiceWorker(page);
      await page.waitForTimeout(500);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
      await page.evaluate(() => {
        (window as TypingWindow).__benchTyping?.reset();
      });
      const strokes = await typeKeystrokes(page, selector, keystrokes, 50);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      return summarize(strokes.map((s) => s.latency));
    } finally {
      await context.close();
    }
  };
  // Plain first at 1×, the app first at 4×: neither always gets the fresher machine.
  const plainPass = () => typeIn(PLAIN_TEXTAREA_PATH, 'textarea.plain');
  const appPass = () =>
    typeIn(`/#/report/${REPORT_ID}`, '.narrative__textarea', 'button[data-part="overview"]');
  if (cpuSlowdown === 1) {
    const plain = await plainPass();
    const app = await appPass();
    return { characters: text.length, cpuSlowdown, app, plain };
  }
  const app = await appPass();
  const plain = await plainPass();
  return { characters: text.length, cpuSlowdown, app, plain };
}
