import type { BenchResults } from './results';

/**
 * Issue 14's figures, one line each: the value, its target, the ratio the target is about and
 * whether it is met. Lower is better everywhere.
 */

const ms = (v: number) =>
  Number.isFinite(v) ? `${v < 10 ? v.toFixed(2) : v.toFixed(1)} ms` : 'n/a';
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const times = (v: number) => (Number.isFinite(v) ? `${v.toFixed(2)}×` : 'n/a');
const verdict = (ok: boolean) => (ok ? 'target met' : 'TARGET MISSED');

interface Line {
  readonly figure: string;
  readonly value: string;
  readonly target: string;
  readonly ratio: string;
  readonly verdict: string;
}

export function scaleLines(r: BenchResults): Line[] {
  const lines: Line[] = [];
  const s = r.scale;
  const push = (
    figure: string,
    value: string,
    target: string,
    ratio: string,
    ok: boolean | null,
  ) => {
    lines.push({ figure, value, target, ratio, verdict: ok === null ? '' : verdict(ok) });
  };
  if (s.librarySize !== null) {
    const js = s.librarySize.firstVisit.js;
    push('Library first visit JS (gzip)', kB(js), '≤ 150 kB', times(js / 150_000), js <= 150_000);
    push('Precache (gzip)', kB(s.librarySize.precache.bytes), '', '', null);
  }
  const one = s.library.find((l) => l.drafts === 1);
  const many = s.library.find((l) => l.drafts !== 1);
  if (one !== undefined && many !== undefined) {
    const ratio = many.shown.median / one.shown.median;
    push(
      `Library shown, 1 / ${String(many.drafts)} drafts (median)`,
      `${ms(one.shown.median)} / ${ms(many.shown.median)}`,
      '≤ 2× of 1 draft',
      times(ratio),
      ratio <= 2,
    );
    const longest = many.longestTask.max;
    push(
      `Library, longest task with ${String(many.drafts)} drafts (max over loads)`,
      ms(longest),
      '≤ 50 ms',
      times(longest / 50),
      longest <= 50,
    );
    push(
      `Back from the editor, 1 / ${String(many.drafts)} drafts (median)`,
      `${ms(one.back.median)} / ${ms(many.back.median)}`,
      'instant (≤ 100 ms)',
      times(many.back.median / one.back.median),
      many.back.median <= 100,
    );
  }
  const fewSaves = s.autosave.filter((a) => a.drafts === 1);
  const manySaves = s.autosave.find((a) => a.drafts !== 1);
  if (fewSaves.length > 0 && manySaves !== undefined) {
    const base = fewSaves.reduce((a, b) => a + b.busyPerKeystrokeMs, 0) / fewSaves.length;
    const ratio = manySaves.busyPerKeystrokeMs / base;
    push(
      `Keystroke + autosave main thread, 1 / ${String(manySaves.drafts)} drafts`,
      `${ms(base)} / ${ms(manySaves.busyPerKeystrokeMs)}`,
      '≤ 1.2× of 1 draft',
      times(ratio),
      ratio <= 1.2,
    );
    push(
      `Longest task typing with autosave, ${String(manySaves.drafts)} drafts`,
      ms(manySaves.longestTaskMs),
      '',
      '',
      null,
    );
  }
  for (const cpu of [1, 4]) {
    const app = r.nianbao.typing.find((t) => t.cpuSlowdown === cpu);
    const plain = r.baseline.typing.find((t) => t.cpuSlowdown === cpu);
    if (app === undefined || plain === undefined) continue;
    const ratio = app.latency.p95 / plain.latency.p95;
    push(
      `表三 keystroke p95 vs plain inputs at ${String(cpu)}× CPU`,
      `${ms(app.latency.p95)} / ${ms(plain.latency.p95)}`,
      '≤ 1.5×',
      times(ratio),
      ratio <= 1.5,
    );
    if (app.perKeystroke !== undefined && plain.perKeystroke !== undefined) {
      push(
        `表三 layouts within a keystroke at ${String(cpu)}× (plain inputs)`,
        `${app.perKeystroke.layoutsWithinKeystroke.toFixed(3)} (${plain.perKeystroke.layoutsWithinKeystroke.toFixed(3)})`,
        '≤ 1',
        '',
        app.perKeystroke.layoutsWithinKeystroke <= 1,
      );
      push(
        `表三 layouts per keystroke over the pass at ${String(cpu)}× (plain inputs)`,
        `${app.perKeystroke.layouts.toFixed(2)} (${plain.perKeystroke.layouts.toFixed(2)})`,
        'clicks + check results',
        '',
        null,
      );
    }
  }
  for (const n of s.narrative) {
    const ratio = n.app.p95 / n.plain.p95;
    push(
      `${n.characters.toLocaleString('en')}-char narrative p95 vs plain textarea, ${String(n.cpuSlowdown)}×`,
      `${ms(n.app.p95)} / ${ms(n.plain.p95)}`,
      '≤ 2×',
      times(ratio),
      ratio <= 2,
    );
  }
  if (s.cli !== null) {
    const ratio = s.cli.oneFile.median / s.cli.node.median;
    push(
      'CLI one-file check / node -e 0 (median)',
      `${ms(s.cli.oneFile.median)} / ${ms(s.cli.node.median)}`,
      '≤ 3×',
      times(ratio),
      ratio <= 3,
    );
    push(
      `CLI ${s.cli.files.toLocaleString('en')} files (median)`,
      ms(s.cli.manyFiles.median),
      '≤ 1 s',
      times(s.cli.manyFiles.median / 1000),
      s.cli.manyFiles.median <= 1000,
    );
  }
  const e = r.engine;
  push(
    `Engine ${e.many.reports.toLocaleString('en')} reports, fresh processes (min / median)`,
    `${ms(e.many.both.min)} / ${ms(e.many.both.median)}`,
    '≤ 200 ms',
    times(e.many.both.median / 200),
    e.many.both.median <= 200,
  );
  return lines;
}

export function formatScale(r: BenchResults): string {
  const lines = scaleLines(r);
  const head: Line = {
    figure: 'figure',
    value: 'value',
    target: 'target',
    ratio: 'ratio',
    verdict: '',
  };
  const keys = Object.keys(head) as (keyof Line)[];
  const width = (k: keyof Line) => Math.max(...[head, ...lines].map((l) => l[k].length));
  const row = (l: Line) => keys.map((k) => l[k].padEnd(width(k))).join(' | ');
  const details = [
    ...r.scale.library.map(
      (l) =>
        `  library ${String(l.drafts)} drafts: shown ${ms(l.shown.median)} (${ms(l.shown.min)}–${ms(l.shown.max)}), longest task ${ms(l.longestTask.max)}, back from editor ${ms(l.back.median)}`,
    ),
    ...r.scale.autosave.map(
      (a) =>
        `  autosave ${String(a.drafts)} drafts: ${ms(a.busyPerKeystrokeMs)} main thread per keystroke over ${String(a.keystrokes)}, longest task ${ms(a.longestTaskMs)}`,
    ),
    ...r.scale.narrative.map(
      (n) =>
        `  narrative ${String(n.characters)} chars at ${String(n.cpuSlowdown)}×: app p50 ${ms(n.app.median)} p95 ${ms(n.app.p95)}; plain textarea p50 ${ms(n.plain.median)} p95 ${ms(n.plain.p95)}`,
    ),
    ...(r.scale.cli === null
      ? []
      : [
          `  CLI: node -e 0 ${ms(r.scale.cli.node.median)} (min ${ms(r.scale.cli.node.min)}), one file ${ms(r.scale.cli.oneFile.median)} (min ${ms(r.scale.cli.oneFile.min)}), ${String(r.scale.cli.files)} files ${ms(r.scale.cli.manyFiles.median)} (min ${ms(r.scale.cli.manyFiles.min)})`,
        ]),
  ];
  return [
    'Scale and command line (issue 14)',
    ...details,
    '',
    row(head),
    keys.map((k) => '-'.repeat(width(k))).join('-|-'),
    ...lines.map(row),
  ].join('\n');
}
