import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';

export interface Machine {
  readonly cpus: number;
  readonly cpuModel: string;
  readonly memoryGiB: number;
  readonly node: string;
  readonly chromium: string;
  /**
   * 1-minute load average when the bench started and when it ended. Above the CPU count, other
   * processes competed for the CPUs during the run: absolute figures are then inflated, the
   * Nianbao / SurveyJS ratios (measured in turn, in the same run) less so.
   */
  readonly load: { readonly atStart: number; readonly atEnd: number };
}

/** The 1-minute load average, rounded. */
export function currentLoad(): number {
  return Math.round((loadavg()[0] ?? 0) * 10) / 10;
}

export function describeMachine(chromiumVersion: string, loadAtStart: number): Machine {
  let cores = cpus().length;
  try {
    // `nproc` honours CPU limits of the container; os.cpus() lists the host's.
    cores = Number(execFileSync('nproc', { encoding: 'utf8' }).trim()) || cores;
  } catch {
    // No nproc: keep os.cpus().
  }
  return {
    cpus: cores,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    chromium: chromiumVersion,
    load: { atStart: loadAtStart, atEnd: currentLoad() },
  };
}
