/**
 * `npm run bench [-- --quick]` (`-- --only typing|size`: bench/partial.ts): builds the app and the SurveyJS peer, measures both in one run
 * (size, start, typing, renders), plus autosave and the domain engine, prints the figures and a
 * side-by-side summary, and writes them to bench/results/latest.json. See docs/performance.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser, BrowserContextOptions } from '@playwright/test';
import { launchChromium } from './lib/browser';
import { buildAll } from './lib/builds';
import { currentLoad, describeMachine } from './lib/machine';
import { visitedState } from './lib/visitedState';
import { parseOptions, type BenchOptions } from './lib/options';
import { RESULTS_DIR } from './lib/paths';
import { formatResults } from './lib/printResults';
import type { BenchResults, PageFigures, ScaleFigures } from './lib/results';
import { serverPool } from './lib/staticServer';
import { measureCli } from './measure/cli';
import { measureEngineInProcesses } from './measure/engineProcesses';
import {
  LONG_NARRATIVE,
  longNarrative,
  measureNarrative,
  narrativePages,
} from './measure/narrative';
import { measureRenders } from './measure/renders';
import { measureSaving, type SavingResult } from './measure/saving';
import { measureAutosaveScale, measureLibraryScale } from './measure/scale';
import { measureSize } from './measure/size';
import { measureStart } from './measure/start';
import { measureTyping, type TypingResult } from './measure/typing';
import { formatReview, measureReview } from './review';
import { runPartial } from './partial';
import { baseline, baselineHtml, BASELINE_PATH } from './targets/baseline';
import { nianbao, nianbaoLibrary } from './targets/nianbao';
import { surveyjs } from './targets/surveyjs';
import type { Target } from './targets/target';

const CPU_SLOWDOWNS = [1, 4] as const;
/** Fastest typing the bench simulates: a keystroke every 50 ms at most (20 keys a second). */
const KEY_INTERVAL_MS = 50;
/** Drafts stored in the scale cases (the 主管部门 case), against one. */
const MANY_DRAFTS = 1000;
/** Engine figures: fresh Node processes, each with its own runs. */
const ENGINE_PROCESSES = 5;

const began = Date.now();
const loadAtStart = currentLoad();
const log = (line: string) => {
  process.stderr.write(
    `[bench ${((Date.now() - began) / 1000).toFixed(0).padStart(3)} s] ${line}\n`,
  );
};
const notes: string[] = [];

/** Runs one measurement; a failure becomes a note and `null`, so the rest still runs. */
async function attempt<T>(what: string, fn: () => Promise<T>): Promise<T | null> {
  log(what);
  try {
    return await fn();
  } catch (error) {
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    notes.push(`${what}: failed (${message})`);
    log(`  failed: ${message}`);
    return null;
  }
}

interface Served {
  readonly target: Target;
  readonly origin: string;
  readonly profilingOrigin: string | null;
  readonly state: BrowserContextOptions['storageState'];
  readonly profilingState: BrowserContextOptions['storageState'];
}

async function measurePage(
  browser: Browser,
  s: Served,
  options: BenchOptions,
): Promise<PageFigures> {
  const { target } = s;
  const size = await attempt(`${target.label}: size`, () =>
    measureSize(browser, s.origin, target, s.state),
  );
  const start = await attempt(`${target.label}: start ×${String(options.startRuns)}`, () =>
    measureStart(browser, s.origin, target, options.startRuns, s.state),
  );
  return { size, start, typing: [], renders: null };
}

/** The plain-inputs floor varies little: half the keystrokes are enough for it. */
function keystrokesFor(target: Target, options: BenchOptions): number {
  return target.key === 'baseline' ? Math.ceil(options.keystrokes / 2) : options.keystrokes;
}

async function typingPasses(
  browser: Browser,
  served: readonly Served[],
  options: BenchOptions,
): Promise<Map<Target, TypingResult[]>> {
  const byTarget = new Map<Target, TypingResult[]>(served.map((s) => [s.target, []]));
  for (const [pass, cpuSlowdown] of CPU_SLOWDOWNS.entries()) {
    // Interleaved: the order flips from one pass to the next, so no page always goes first.
    for (const s of pass % 2 === 0 ? served : [...served].reverse()) {
      const keystrokes = keystrokesFor(s.target, options);
      const result = await attempt(
        `${s.target.label}: typing, ${String(keystrokes)} keystrokes at ${String(cpuSlowdown)}× CPU`,
        () =>
          measureTyping(browser, s.origin, s.target, {
            keystrokes,
            intervalMs: KEY_INTERVAL_MS,
            cpuSlowdown,
            storageState: s.state,
          }),
      );
      if (result !== null) byTarget.get(s.target)?.push(result);
    }
  }
  return byTarget;
}

/** Issue 14's figures: the library's first visit and how the app scales with its data. */
async function scaleFigures(
  browser: Browser,
  app: Served,
  options: BenchOptions,
  cli: ScaleFigures['cli'],
): Promise<ScaleFigures> {
  // The library's first visit in its steady state: the stored report already has what a
  // previous visit of this app version stored with it (a summary), so the page loads only what
  // listing needs. (A first visit after an upgrade also loads the summary code once.)
  const librarySize = await attempt('Nianbao: size of the library screen (first visit)', async () =>
    measureSize(
      browser,
      app.origin,
      nianbaoLibrary,
      await visitedState(browser, app.origin, app.state),
    ),
  );
  const library = [];
  const autosave = [];
  const narrative = [];
  for (const drafts of [1, MANY_DRAFTS]) {
    const result = await attempt(`Nianbao: library with ${String(drafts)} drafts`, () =>
      measureLibraryScale(browser, app.origin, drafts, options.startRuns),
    );
    if (result !== null) library.push(result);
  }
  const saveKeys = options.quick ? 40 : 80;
  for (const drafts of [1, MANY_DRAFTS, 1]) {
    const result = await attempt(
      `Nianbao: ${String(saveKeys)} keystrokes with autosave, ${String(drafts)} drafts stored`,
      () => measureAutosaveScale(browser, app.origin, drafts, saveKeys),
    );
    if (result !== null) autosave.push(result);
  }
  const text = longNarrative(LONG_NARRATIVE);
  for (const cpuSlowdown of CPU_SLOWDOWNS) {
    const keys = options.quick ? 40 : 100;
    const result = await attempt(
      `Nianbao: ${String(LONG_NARRATIVE)}-character narrative vs plain textarea, ${String(keys)} keystrokes at ${String(cpuSlowdown)}× CPU`,
      () => measureNarrative(browser, app.origin, text, keys, cpuSlowdown),
    );
    if (result !== null) narrative.push(result);
  }
  return { librarySize, library, autosave, narrative, cli };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  mkdirSync(RESULTS_DIR, { recursive: true });
  if (options.only !== null) {
    process.stdout.write(`${await runPartial(options, log)}\n`);
    return;
  }
  await buildAll(log);

  log(
    `engine: ${String(options.engineReports)} reports, ${String(ENGINE_PROCESSES)} fresh Node processes × ${String(options.engineRuns)} runs`,
  );
  const engine = measureEngineInProcesses(
    ENGINE_PROCESSES,
    options.engineRuns,
    options.engineReports,
  );
  const cli = await attempt(
    `CLI: ${options.quick ? 5 : 9} runs, ${String(MANY_DRAFTS)} files`,
    () => Promise.resolve(measureCli(options.quick ? 5 : 9, MANY_DRAFTS)),
  );

  const { serve, closeAll } = serverPool();
  const browser = await launchChromium();
  try {
    const appOrigin = await serve(nianbao.dist, narrativePages());
    const appProfilingOrigin = await serve(nianbao.profilingDist ?? nianbao.dist);
    const peerOrigin = await serve(surveyjs.dist, { [BASELINE_PATH]: baselineHtml() });
    const peerProfilingOrigin = await serve(surveyjs.profilingDist ?? surveyjs.dist);

    log('Nianbao: storing the sample report');
    // Storage belongs to an origin: the profiling build (its own server) gets its own copy.
    const seeded = await nianbao.prepareStorage(browser, appOrigin);
    const seededProfiling = await nianbao.prepareStorage(browser, appProfilingOrigin);
    notes.push(`Nianbao start state: ${seeded.note}`);
    const app: Served = {
      target: nianbao,
      origin: appOrigin,
      profilingOrigin: appProfilingOrigin,
      state: seeded.state,
      profilingState: seededProfiling.state,
    };
    const peer: Served = {
      target: surveyjs,
      origin: peerOrigin,
      profilingOrigin: peerProfilingOrigin,
      state: undefined,
      profilingState: undefined,
    };
    const floor: Served = {
      target: baseline,
      origin: peerOrigin,
      profilingOrigin: null,
      state: undefined,
      profilingState: undefined,
    };

    const appFigures = await measurePage(browser, app, options);
    const peerFigures = await measurePage(browser, peer, options);
    const typing = await typingPasses(browser, [floor, app, peer], options);
    const scale = await scaleFigures(browser, app, options, cli);

    const renderKeystrokes = Math.min(options.keystrokes, 40);
    const renders = async (s: Served) =>
      s.profilingOrigin === null
        ? null
        : attempt(
            `${s.target.label}: React renders, ${String(renderKeystrokes)} keystrokes (profiling build)`,
            () =>
              measureRenders(
                browser,
                s.profilingOrigin ?? '',
                s.target,
                renderKeystrokes,
                s.profilingState,
              ),
          );
    const peerRenders = await renders(peer);
    const appRenders = await renders(app);

    const saving: SavingResult = (await attempt(
      `Nianbao: autosave (${String(options.saves)} saves)`,
      () =>
        measureSaving(
          browser,
          appOrigin,
          nianbao,
          { keystrokes: Math.min(options.keystrokes, 60), saves: options.saves },
          seeded.state,
        ),
    )) ?? { available: false, reason: 'the measurement failed (see notes)' };

    const results: BenchResults = {
      date: new Date().toISOString(),
      machine: describeMachine(`Chromium ${browser.version()}`, loadAtStart),
      options,
      nianbao: { ...appFigures, typing: typing.get(nianbao) ?? [], renders: appRenders },
      surveyjs: { ...peerFigures, typing: typing.get(surveyjs) ?? [], renders: peerRenders },
      baseline: { typing: typing.get(baseline) ?? [] },
      saving,
      engine,
      scale,
      notes,
      runtimeSeconds: (Date.now() - began) / 1000,
    };
    // 汇总审核 figures (bench/review): a module of their own, printed after the others.
    const review = await attempt('汇总审核', () => measureReview(browser, appOrigin, options, log));
    writeFileSync(
      `${RESULTS_DIR}latest.json`,
      `${JSON.stringify({ ...results, review }, null, 2)}\n`,
    );
    process.stdout.write(`${formatResults(results)}\n`);
    if (review !== null) process.stdout.write(`${formatReview(review)}\n`);
  } finally {
    await browser.close();
    await closeAll();
  }
}

try {
  await main();
} catch (error) {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
