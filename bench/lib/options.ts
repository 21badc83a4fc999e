/** Command-line options of `npm run bench` (`npm run bench -- --quick`). */
export interface BenchOptions {
  /** Fewer repetitions, for a quick look (figures are noisier). */
  readonly quick: boolean;
  /** Runs of the start measurement (cold and warm each). */
  readonly startRuns: number;
  /** Keystrokes per typing pass. */
  readonly keystrokes: number;
  /** Saves measured for the save latency. */
  readonly saves: number;
  /** Timed repetitions of the engine figures. */
  readonly engineRuns: number;
  /** Reports in the 主管部门 engine case. */
  readonly engineReports: number;
}

export function parseOptions(argv: readonly string[]): BenchOptions {
  const unknown = argv.filter((a) => a !== '--quick');
  if (unknown.length > 0) {
    throw new Error(`Unknown option(s): ${unknown.join(' ')}. Usage: npm run bench [-- --quick]`);
  }
  const quick = argv.includes('--quick');
  return quick
    ? { quick, startRuns: 3, keystrokes: 50, saves: 5, engineRuns: 3, engineReports: 1000 }
    : { quick, startRuns: 5, keystrokes: 200, saves: 10, engineRuns: 5, engineReports: 1000 };
}
