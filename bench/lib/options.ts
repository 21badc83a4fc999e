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
  /**
   * A partial run (bench/partial.ts) for before/after checks of one change without the whole
   * 10-minute run: `typing` (the 表三 typing passes, Nianbao and the plain inputs), `size`
   * (first-visit JS of the editor and of the library) or `narrative` (the 100,000-character
   * section against a plain textarea).
   */
  readonly only: 'typing' | 'size' | 'narrative' | null;
  /** With `--only`: another app build (a `vite build` output) measured in turn. */
  readonly compareDist: string | null;
  /** With `--only typing`: the CPU slowdowns to type at (default 1 and 4). */
  readonly cpu: readonly number[] | null;
}

const USAGE =
  'Usage: npm run bench [-- --quick] | npm run bench -- --only typing|size|narrative [--quick] [--cpu 4] [--compare-dist DIR]';

/** The value after `flag`, or null when the flag is absent. */
function valueOf(argv: readonly string[], flag: string): string | null {
  const at = argv.indexOf(flag);
  if (at === -1) return null;
  const value = argv[at + 1];
  if (value === undefined || value.startsWith('--'))
    throw new Error(`${flag} needs a value. ${USAGE}`);
  return value;
}

export function parseOptions(argv: readonly string[]): BenchOptions {
  const valued = new Set(['--only', '--compare-dist', '--cpu']);
  const unknown = argv.filter(
    (a, i) => a !== '--quick' && !valued.has(a) && !valued.has(argv[i - 1] ?? ''),
  );
  if (unknown.length > 0) throw new Error(`Unknown option(s): ${unknown.join(' ')}. ${USAGE}`);
  const onlyText = valueOf(argv, '--only');
  const partials = ['typing', 'size', 'narrative'] as const;
  const only = partials.find((p) => p === onlyText) ?? null;
  if (onlyText !== null && only === null) {
    throw new Error(`--only ${onlyText}: "typing", "size" or "narrative". ${USAGE}`);
  }
  const compareDist = valueOf(argv, '--compare-dist');
  const cpuText = valueOf(argv, '--cpu');
  const cpu = cpuText === null ? null : cpuText.split(',').map(Number);
  if (cpu?.some((c) => !Number.isFinite(c) || c < 1) === true) {
    throw new Error(`--cpu ${cpuText ?? ''}: give slowdowns such as 4 or 1,4. ${USAGE}`);
  }
  if (only === null && (compareDist !== null || cpu !== null)) {
    throw new Error(`--compare-dist and --cpu go with --only. ${USAGE}`);
  }
  const quick = argv.includes('--quick');
  const extra = { only, compareDist, cpu };
  return quick
    ? {
        quick,
        startRuns: 3,
        keystrokes: 50,
        saves: 5,
        engineRuns: 3,
        engineReports: 1000,
        ...extra,
      }
    : {
        quick,
        startRuns: 5,
        keystrokes: 200,
        saves: 10,
        engineRuns: 5,
        engineReports: 1000,
        ...extra,
      };
}
