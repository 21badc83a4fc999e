import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, SAMPLE_REPORT } from '../lib/paths';
import { summarize, type Summary } from '../lib/stats';

export interface CliResult {
  /** `node -e 0`: the floor of any Node command. */
  readonly node: Summary;
  /** `node bin/nianbao.mjs check <sample>` (what `npx nianbao check` runs, without npx). */
  readonly oneFile: Summary;
  /** The same command with `files` copies of the sample. */
  readonly manyFiles: Summary;
  readonly files: number;
}

function timed(args: readonly string[]): number {
  const started = performance.now();
  const child = spawnSync(process.execPath, args, { cwd: REPO_ROOT, encoding: 'utf8' });
  const elapsed = performance.now() - started;
  if (child.status !== 0 && child.status !== 1) {
    throw new Error(`${args.join(' ')} failed (${String(child.status)}): ${child.stderr}`);
  }
  return elapsed;
}

/**
 * The command line as a user starts it: one file, and `files` files, each timed as a whole
 * process; `node -e 0` is timed in turn with the one-file check, so both see the same load.
 */
export function measureCli(runs: number, files: number): CliResult {
  const bin = join(REPO_ROOT, 'bin/nianbao.mjs');
  // Warm-up: the file system cache, and a build of the CLI if the bin makes one.
  timed([bin, 'check', SAMPLE_REPORT]);
  const node: number[] = [];
  const one: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    node.push(timed(['-e', '0']));
    one.push(timed([bin, 'check', SAMPLE_REPORT]));
  }
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-cli-'));
  try {
    const paths = Array.from({ length: files }, (_, i) => {
      const path = join(dir, `report-${String(i)}.json`);
      copyFileSync(SAMPLE_REPORT, path);
      return path;
    });
    const many: number[] = [];
    for (let i = 0; i < Math.max(3, Math.ceil(runs / 2)); i += 1) {
      many.push(timed([bin, 'check', ...paths]));
    }
    return { node: summarize(node), oneFile: summarize(one), manyFiles: summarize(many), files };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
