/**
 * Partial runs of the bench, for checking one change in a few minutes instead of the full run
 * (same methods, same figures). Only the app is built (production); the SurveyJS peer is left out.
 *
 * - `--only typing [--quick] [--cpu 4]`: the 表三 typing passes, Nianbao and the plain inputs
 *   in turn, with layouts and style recalculations per keystroke.
 * - `--only size`: first-visit JS and CSS of the editor (straight into a report) and of the
 *   library screen, with the files each one loads.
 * - `--only narrative [--quick] [--cpu 4]`: typing into a 100,000-character section against a
 *   plain textarea of the same text, as in the full run.
 *
 * `--compare-dist DIR` adds another build of the app (e.g. `npx vite build --outDir /tmp/old`
 * on the commit before a change), measured in the same run, so before and after share the
 * machine's state.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContextOptions } from '@playwright/test';
import { launchChromium } from './lib/browser';
import { buildApp } from './lib/builds';
import { currentLoad } from './lib/machine';
import type { BenchOptions } from './lib/options';
import { RESULTS_DIR } from './lib/paths';
import { serverPool } from './lib/staticServer';
import { visitedState } from './lib/visitedState';
import { measureSize, type SizeResult } from './measure/size';
import { measureTyping, type TypingResult } from './measure/typing';
import {
  LONG_NARRATIVE,
  longNarrative,
  measureNarrative,
  narrativePages,
} from './measure/narrative';
import { baseline, baselineHtml, BASELINE_PATH } from './targets/baseline';
import { nianbao, nianbaoLibrary } from './targets/nianbao';
import type { Target } from './targets/target';

const KEY_INTERVAL_MS = 50;

const ms = (v: number) => `${v.toFixed(1)} ms`;
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

interface Page {
  readonly label: string;
  readonly target: Target;
  readonly origin: string;
  readonly state: BrowserContextOptions['storageState'];
}

function typingLine(label: string, r: TypingResult, plain: TypingResult | undefined): string {
  const l = r.latency;
  const ratio = plain === undefined ? '' : `, p95 ${(l.p95 / plain.latency.p95).toFixed(2)}× plain`;
  const layouts =
    r.perKeystroke === undefined
      ? ''
      : `, layouts/key ${r.perKeystroke.layoutsWithinKeystroke.toFixed(3)} within the keystroke, ${r.perKeystroke.layouts.toFixed(2)} over the pass, styles/key ${r.perKeystroke.styles.toFixed(2)}`;
  return `  ${label.padEnd(18)} ${String(r.cpuSlowdown)}× p50 ${ms(l.median)}, p95 ${ms(l.p95)}, max ${ms(l.max)} (${String(l.n)} keys)${ratio}${layouts}; long tasks ${String(r.longTasks.count)}`;
}

function sizeLine(label: string, r: SizeResult): string {
  const files = [...r.firstVisit.files]
    .filter((f) => f.path.endsWith('.js'))
    .sort((a, b) => b.gzip - a.gzip)
    .map((f) => `${f.path.replace(/^\/assets\//, '')} ${kB(f.gzip)}`);
  return `  ${label.padEnd(26)} JS ${kB(r.firstVisit.js)}, CSS ${kB(r.firstVisit.css)}: ${files.join(', ')}`;
}

async function typingPasses(
  browser: Browser,
  pages: readonly Page[],
  options: BenchOptions,
  log: (line: string) => void,
): Promise<string[]> {
  const slowdowns = options.cpu ?? [1, 4];
  const results = new Map<string, TypingResult[]>();
  for (const [pass, cpuSlowdown] of slowdowns.entries()) {
    // Interleaved as in the full run: the order flips from one pass to the next.
    for (const p of pass % 2 === 0 ? pages : [...pages].reverse()) {
      const keystrokes =
        p.target.key === 'baseline' ? Math.ceil(options.keystrokes / 2) : options.keystrokes;
      log(`${p.label}: typing, ${String(keystrokes)} keystrokes at ${String(cpuSlowdown)}× CPU`);
      const result = await measureTyping(browser, p.origin, p.target, {
        keystrokes,
        intervalMs: KEY_INTERVAL_MS,
        cpuSlowdown,
        storageState: p.state,
      });
      results.set(p.label, [...(results.get(p.label) ?? []), result]);
    }
  }
  const lines: string[] = [];
  for (const cpuSlowdown of slowdowns) {
    const at = (label: string) => results.get(label)?.find((r) => r.cpuSlowdown === cpuSlowdown);
    const plain = at(baseline.label);
    for (const p of pages) {
      const r = at(p.label);
      if (r !== undefined)
        lines.push(typingLine(p.label, r, p.target.key === 'baseline' ? undefined : plain));
    }
  }
  return lines;
}

async function narrativePasses(
  browser: Browser,
  apps: readonly Page[],
  options: BenchOptions,
  log: (line: string) => void,
): Promise<string[]> {
  const text = longNarrative(LONG_NARRATIVE);
  const keys = options.quick ? 40 : 100;
  const lines: string[] = [];
  for (const cpuSlowdown of options.cpu ?? [1, 4]) {
    for (const app of apps) {
      log(
        `${app.label}: ${String(LONG_NARRATIVE)}-character narrative, ${String(keys)} keys at ${String(cpuSlowdown)}× CPU`,
      );
      const r = await measureNarrative(browser, app.origin, text, keys, cpuSlowdown);
      lines.push(
        `  ${app.label.padEnd(18)} ${String(cpuSlowdown)}× app p50 ${ms(r.app.median)}, p95 ${ms(r.app.p95)}; plain textarea p50 ${ms(r.plain.median)}, p95 ${ms(r.plain.p95)}; p95 ${(r.app.p95 / r.plain.p95).toFixed(2)}× plain`,
      );
    }
  }
  return lines;
}

async function sizes(browser: Browser, apps: readonly Page[]): Promise<string[]> {
  const lines: string[] = [];
  for (const app of apps) {
    const editor = await measureSize(browser, app.origin, app.target, app.state);
    const library = await measureSize(
      browser,
      app.origin,
      { ...nianbaoLibrary, dist: app.target.dist },
      await visitedState(browser, app.origin, app.state),
    );
    lines.push(sizeLine(`${app.label}, editor`, editor));
    lines.push(sizeLine(`${app.label}, library`, library));
  }
  return lines;
}

export async function runPartial(
  options: BenchOptions,
  log: (line: string) => void,
): Promise<string> {
  const compareDist = options.compareDist === null ? null : resolve(options.compareDist);
  if (compareDist !== null && !existsSync(`${compareDist}/index.html`)) {
    throw new Error(`--compare-dist ${compareDist}: no index.html there (a vite build output?)`);
  }
  await buildApp(log);
  const { serve, closeAll } = serverPool();
  const browser = await launchChromium();
  try {
    const apps: Page[] = [];
    const builds: [string, string][] = [['Nianbao', nianbao.dist]];
    if (compareDist !== null) builds.push(['Nianbao (compare)', compareDist]);
    for (const [label, dist] of builds) {
      const origin = await serve(dist, narrativePages());
      const seeded = await nianbao.prepareStorage(browser, origin);
      apps.push({ label, target: { ...nianbao, label, dist }, origin, state: seeded.state });
    }
    const lines = [
      `Partial run: ${options.only ?? ''} (load ${currentLoad().toFixed(2)} at start)`,
    ];
    if (options.only === 'size') {
      lines.push(...(await sizes(browser, apps)));
    } else if (options.only === 'narrative') {
      lines.push(...(await narrativePasses(browser, apps, options, log)));
    } else {
      // The plain page on a server of its own, out of reach of the app's service worker.
      const plain: Page = {
        label: baseline.label,
        target: baseline,
        origin: await serve(RESULTS_DIR, { [BASELINE_PATH]: baselineHtml() }),
        state: undefined,
      };
      lines.push(...(await typingPasses(browser, [plain, ...apps], options, log)));
    }
    lines.push(`  load ${currentLoad().toFixed(2)} at end`);
    return lines.join('\n');
  } finally {
    await browser.close();
    await closeAll();
  }
}
