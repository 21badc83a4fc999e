import type { Browser, BrowserContextOptions } from '@playwright/test';
import { newBenchContext } from '../lib/browser';
import { gotoTable } from '../lib/gotoTable';
import { summarize, type Summary } from '../lib/stats';
import {
  installReactCommitCounter,
  type CommitSample,
  type CommitWindow,
} from '../page/reactCommitCounter';
import { installTypingProbe } from '../page/typingProbe';
import type { Target } from '../targets/target';
import { typeKeystrokes, type Keystroke } from './keystrokes';

export interface RenderResult {
  readonly keystrokes: number;
  /** React components rendered per keystroke (all commits caused by it). */
  readonly components: Summary;
  /** React commits per keystroke. */
  readonly commits: Summary;
  /** React render time per keystroke, ms (profiling build: sum of the commits' actualDuration). */
  readonly renderMs: Summary | null;
  /** The components rendered most, with their average renders per keystroke. */
  readonly top: readonly { readonly name: string; readonly perKeystroke: number }[];
}

/**
 * A commit belongs to the keystroke whose window it falls in: from its keydown to the next
 * action (keystroke or click), everything React does (the keystroke's own update and any work it
 * deferred until then) counts for it. Commits caused by the clicks between cells count for none.
 */
export function commitsPerKeystroke(
  strokes: readonly Keystroke[],
  commits: readonly CommitSample[],
): CommitSample[][] {
  const groups: CommitSample[][] = strokes.map(() => []);
  for (const commit of commits) {
    const owner = strokes.findIndex((s) => s.down.start <= commit.at && commit.at < s.windowEnd);
    if (owner >= 0) groups[owner]?.push(commit);
  }
  return groups;
}

/** Types into 表三 of the profiling build, counting what React renders for each keystroke. */
export async function measureRenders(
  browser: Browser,
  origin: string,
  target: Target,
  keystrokes: number,
  storageState: BrowserContextOptions['storageState'],
): Promise<RenderResult> {
  const context = await newBenchContext(browser, storageState);
  try {
    const page = await context.newPage();
    await page.addInitScript(installReactCommitCounter);
    await page.addInitScript(installTypingProbe);
    await gotoTable(page, origin, target);
    await page.evaluate(() => {
      (window as CommitWindow).__benchCommits?.reset();
    });
    const strokes = await typeKeystrokes(page, target.cells, keystrokes, 50);
    const commits = await page.evaluate(
      () => (window as CommitWindow).__benchCommits?.commits ?? [],
    );
    const groups = commitsPerKeystroke(strokes, commits);
    const totals = new Map<string, number>();
    for (const c of commits) {
      for (const [name, n] of Object.entries(c.byName))
        totals.set(name, (totals.get(name) ?? 0) + n);
    }
    const timed = commits.every((c) => c.renderMs !== null);
    return {
      keystrokes: strokes.length,
      components: summarize(groups.map((g) => g.reduce((a, c) => a + c.rendered, 0))),
      commits: summarize(groups.map((g) => g.length)),
      renderMs: timed
        ? summarize(groups.map((g) => g.reduce((a, c) => a + (c.renderMs ?? 0), 0)))
        : null,
      top: [...totals.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 8)
        .map(([name, n]) => ({ name, perKeystroke: n / Math.max(1, strokes.length) })),
    };
  } finally {
    await context.close();
  }
}
