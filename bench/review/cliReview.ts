import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { REPO_ROOT, RESULTS_DIR } from '../lib/paths';

export interface CliSummaryFigures {
  readonly files: number;
  /** `node bin/nianbao.mjs summary --json FILE…`, wall clock, start-up included. */
  readonly ms: number;
  /**
   * CPU time (user + system) of that run, from /usr/bin/time when installed: on a machine
   * shared with other work the wall clock says more about the load than about the command.
   */
  readonly cpuMs: number | null;
  readonly exitStatus: number | null;
}

const TIME = '/usr/bin/time';

export interface CliMemoryFigures {
  readonly files: number;
  /** Peak resident memory of the whole process (maxRSS). */
  readonly peakMb: number;
  /** The summary itself, in-process (no start-up). */
  readonly ms: number;
}

/** The command as a user runs it, timed from spawn to exit (best of `runs`). */
export function measureCliSummary(files: readonly string[], runs: number): CliSummaryFigures {
  const timed = existsSync(TIME);
  const command = [process.execPath, 'bin/nianbao.mjs', 'summary', '--json', ...files];
  let best = Number.POSITIVE_INFINITY;
  let bestCpu: number | null = null;
  let exitStatus: number | null = null;
  for (let r = 0; r < runs; r++) {
    const started = performance.now();
    const [program = '', ...args] = timed ? [TIME, '-f', 'cpu %U %S', ...command] : command;
    const result = spawnSync(program, args, {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    best = Math.min(best, performance.now() - started);
    const cpu = /cpu ([\d.]+) ([\d.]+)/.exec(result.stderr);
    if (cpu !== null) {
      const ms = (Number(cpu[1]) + Number(cpu[2])) * 1000;
      bestCpu = Math.min(bestCpu ?? ms, ms);
    }
    exitStatus = result.status;
  }
  return { files: files.length, ms: best, cpuMs: bestCpu, exitStatus };
}

/** Peak memory of `summary` over many files (a child process, so the bench's own memory is apart). */
export function measureCliMemory(files: readonly string[]): CliMemoryFigures {
  const list = `${RESULTS_DIR}review-files.txt`;
  writeFileSync(list, files.join('\n'));
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'bench/review/cliMemory.ts', list],
    { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.status !== 0) throw new Error(`cliMemory failed: ${result.stderr.slice(0, 500)}`);
  const figures = JSON.parse(result.stdout) as { peakMb: number; ms: number };
  return { files: files.length, peakMb: figures.peakMb, ms: figures.ms };
}
