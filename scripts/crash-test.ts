/**
 * Crash test for autosave: types into the editor of the built app and, at random moments,
 * kills the browser PROCESS (SIGKILL: no pagehide, no unload, no flush), reopens it with the
 * same profile and checks that every change made before the save status last showed 已保存
 * is still there, and that at most the last moments of typing are missing.
 *
 *   npm run test:crash -- --trials 50 [--port 4173] [--seed 7]
 *
 * Prints `trials: N, saved changes lost: X, unsaved keystrokes lost (max): Y` and exits 1 if
 * any saved change was lost (or a trial could not be checked).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type BrowserContext, type Page } from '@playwright/test';

const ROOT = resolve(import.meta.dirname, '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789';

const { values: options } = parseArgs({
  options: {
    trials: { type: 'string', default: '3' },
    port: { type: 'string', default: '4173' },
    seed: { type: 'string' },
  },
});
const TRIALS = Number(options.trials);
const BASE = `http://127.0.0.1:${options.port}`;

/** Small seeded PRNG (mulberry32) so a failing run can be repeated with --seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const seed = options.seed === undefined ? Date.now() % 1_000_000 : Number(options.seed);
const rand = random(seed);
const between = (lo: number, hi: number): number => lo + rand() * (hi - lo);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function serverUp(): Promise<boolean> {
  try {
    return (await fetch(BASE)).ok;
  } catch {
    return false;
  }
}

/** Uses a running `vite preview`, or builds (if needed) and starts one; returns it to stop later. */
async function ensureServer(): Promise<ChildProcess | null> {
  if (await serverUp()) return null;
  if (!existsSync(join(ROOT, 'dist', 'index.html'))) {
    console.log('building the app (dist/ is missing) …');
    const built = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'],
      {
        cwd: ROOT,
        stdio: 'inherit',
      },
    );
    if (built.status !== 0) throw new Error('vite build failed');
  }
  // Vite's own entry under this Node (not npx: inside `npm run`, npx may wait on a prompt).
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const server = spawn(
    process.execPath,
    [vite, 'preview', '--host', '127.0.0.1', '--port', options.port, '--strictPort'],
    { cwd: ROOT, stdio: 'ignore', detached: true },
  );
  for (let i = 0; i < 300; i += 1) {
    if (await serverUp()) return server;
    await sleep(200);
  }
  stopServer(server);
  throw new Error(`vite preview did not start on ${BASE}`);
}

/** Stops the preview server this script started (its own process group, by id). */
function stopServer(server: ChildProcess): void {
  if (server.pid === undefined) return;
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

/** Pids of the processes started with this profile directory (ours, and only ours). */
async function processesOf(profile: string): Promise<{ pid: number; browser: boolean }[]> {
  const found: { pid: number; browser: boolean }[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let args: string[];
    try {
      args = (await readFile(`/proc/${entry}/cmdline`, 'utf8')).split('\0');
    } catch {
      continue; // exited meanwhile
    }
    if (!args.includes(`--user-data-dir=${profile}`)) continue;
    found.push({ pid: Number(entry), browser: !args.some((a) => a.startsWith('--type=')) });
  }
  return found;
}

/** SIGKILL to the browser process itself: the page gets no chance to save anything. */
async function killBrowser(profile: string): Promise<void> {
  const main = (await processesOf(profile)).find((p) => p.browser);
  if (main === undefined) throw new Error('browser process not found');
  process.kill(main.pid, 'SIGKILL');
  // Renderers and helpers exit once their parent is gone; make sure before reusing the profile.
  for (let i = 0; i < 50; i += 1) {
    const left = await processesOf(profile);
    if (left.length === 0) return;
    if (i === 25) for (const p of left) process.kill(p.pid, 'SIGKILL');
    await sleep(100);
  }
}

async function launch(profile: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: { width: 1280, height: 800 },
  });
}

async function openOverview(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page
    .getByRole('navigation', { name: '报告各部分' })
    .getByRole('button', { name: /^一、总体情况/ })
    .click();
  await page.getByLabel('一、总体情况 正文').waitFor();
  await page.getByTestId('save-status').waitFor();
}

/** The status and the text at the same instant (one evaluation in the page). */
async function sample(page: Page): Promise<{ state: string; value: string }> {
  return page.evaluate(() => {
    const status = document.querySelector<HTMLElement>('[data-testid="save-status"]');
    const area = document.querySelector<HTMLTextAreaElement>(
      'textarea[aria-label="一、总体情况 正文"]',
    );
    return { state: status?.dataset.saveState ?? '', value: area?.value ?? '' };
  });
}

interface TrialResult {
  readonly typed: number;
  readonly savedLost: number;
  readonly unsavedLost: number;
  /** How long before the kill the first lost keystroke was typed (0 when nothing was lost). */
  readonly lostWindowMs: number;
  readonly savesSeen: number;
  readonly problem: string | null;
}

async function trial(
  profile: string,
  url: string,
  baseline: string,
): Promise<{ result: TrialResult; survived: string }> {
  const context = await launch(profile);
  const page = context.pages()[0] ?? (await context.newPage());
  await openOverview(page, url);
  const area = page.getByLabel('一、总体情况 正文');
  const before = await area.inputValue();
  if (before !== baseline) {
    await context.close();
    return {
      result: {
        typed: 0,
        savedLost: 0,
        unsavedLost: 0,
        lostWindowMs: 0,
        savesSeen: 0,
        problem: `reopened text differs from the last check`,
      },
      survived: before,
    };
  }
  await area.focus();
  await page.keyboard.press('Control+End');

  const killAfter = between(400, 6000);
  const started = Date.now();
  let expected = baseline;
  const typedAt: number[] = [];
  let savedText = baseline;
  let savesSeen = 0;
  let lastState = '';
  while (Date.now() - started < killAfter) {
    const ch = CHARS[Math.floor(rand() * CHARS.length)] ?? 'x';
    await page.keyboard.type(ch);
    expected += ch;
    typedAt.push(Date.now());
    const pick = rand();
    const pause =
      pick < 0.7 ? between(20, 120) : pick < 0.95 ? between(150, 500) : between(700, 1600);
    const until = Date.now() + pause;
    do {
      const s = await sample(page);
      // 已保存 means: everything on screen is stored. Remember the longest such text.
      if (s.state === 'saved') {
        if (lastState !== 'saved') savesSeen += 1;
        if (s.value.length > savedText.length) savedText = s.value;
      }
      lastState = s.state;
      await sleep(Math.min(40, Math.max(0, until - Date.now())));
    } while (Date.now() < until && Date.now() - started < killAfter);
  }
  const killedAt = Date.now();
  await killBrowser(profile);
  await context.close().catch(() => undefined);

  const reopened = await launch(profile);
  const again = reopened.pages()[0] ?? (await reopened.newPage());
  await openOverview(again, url);
  const survived = await again.getByLabel('一、总体情况 正文').inputValue();
  await reopened.close();

  const typed = expected.length - baseline.length;
  let problem: string | null = null;
  if (!expected.startsWith(savedText)) problem = 'the text seen as 已保存 is not what was typed';
  if (!expected.startsWith(survived))
    problem = 'the reopened text is not a prefix of what was typed';
  // Both are prefixes of what was typed (checked above), so the difference is keystrokes.
  const savedLost = Math.max(0, savedText.length - survived.length);
  const unsavedLost = Math.max(0, expected.length - survived.length);
  const firstLost = typedAt[survived.length - baseline.length];
  const lostWindowMs = unsavedLost === 0 || firstLost === undefined ? 0 : killedAt - firstLost;
  return { result: { typed, savedLost, unsavedLost, lostWindowMs, savesSeen, problem }, survived };
}

async function main(): Promise<number> {
  if (!Number.isInteger(TRIALS) || TRIALS < 1)
    throw new Error('--trials must be a positive integer');
  const server = await ensureServer();
  const profile = await mkdtemp(join(tmpdir(), 'nianbao-crash-'));
  try {
    // One draft for the whole run, created through the app itself.
    const setup = await launch(profile);
    const page = setup.pages()[0] ?? (await setup.newPage());
    await page.goto(`${BASE}/#/new`);
    await page.waitForURL(/#\/report\//);
    const url = page.url();
    await setup.close();

    console.log(`crash test: ${String(TRIALS)} trials against ${BASE} (seed ${String(seed)})`);
    let baseline = '';
    let savedLost = 0;
    let maxUnsaved = 0;
    let maxWindow = 0;
    let typed = 0;
    let saves = 0;
    let problems = 0;
    for (let i = 1; i <= TRIALS; i += 1) {
      const { result, survived } = await trial(profile, url, baseline);
      baseline = survived;
      savedLost += result.savedLost;
      maxUnsaved = Math.max(maxUnsaved, result.unsavedLost);
      maxWindow = Math.max(maxWindow, result.lostWindowMs);
      typed += result.typed;
      saves += result.savesSeen;
      if (result.problem !== null) problems += 1;
      console.log(
        `  trial ${String(i)}: typed ${String(result.typed)}, 已保存 seen ${String(result.savesSeen)}×, ` +
          `saved lost ${String(result.savedLost)}, unsaved lost ${String(result.unsavedLost)}` +
          (result.unsavedLost > 0 ? ` (typed in the last ${String(result.lostWindowMs)} ms)` : '') +
          (result.problem === null ? '' : ` — PROBLEM: ${result.problem}`),
      );
    }
    console.log(
      `keystrokes typed: ${String(typed)}, 已保存 observed: ${String(saves)}×, lost typing window (max): ${String(maxWindow)} ms`,
    );
    console.log(
      `trials: ${String(TRIALS)}, saved changes lost: ${String(savedLost)}, unsaved keystrokes lost (max): ${String(maxUnsaved)}`,
    );
    return savedLost > 0 || problems > 0 ? 1 : 0;
  } finally {
    await rm(profile, { recursive: true, force: true });
    if (server !== null) stopServer(server);
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
