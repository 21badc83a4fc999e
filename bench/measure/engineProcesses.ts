import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT } from '../lib/paths';
import { summarize } from '../lib/stats';
import type { EngineResult } from './engine';

const CHILD = fileURLToPath(new URL('../engine/child.ts', import.meta.url));

/**
 * The engine figures measured in `processes` fresh Node processes, one after the other. Each
 * figure is the median of one process's runs; the summary is over processes (min, median).
 */
export function measureEngineInProcesses(
  processes: number,
  runs: number,
  reports: number,
): EngineResult {
  const results: EngineResult[] = [];
  for (let i = 0; i < processes; i += 1) {
    const child = spawnSync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', CHILD, String(runs), String(reports)],
      { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
    );
    if (child.status !== 0) throw new Error(`engine process failed: ${child.stderr}`);
    results.push(JSON.parse(child.stdout) as EngineResult);
  }
  const over = (pick: (r: EngineResult) => number) => summarize(results.map(pick));
  return {
    one: {
      totals: over((r) => r.one.totals.median),
      checks: over((r) => r.one.checks.median),
      both: over((r) => r.one.both.median),
    },
    many: {
      reports,
      both: over((r) => r.many.both.median),
      restore: over((r) => r.many.restore.median),
    },
    findings: results[0]?.findings ?? 0,
  };
}
