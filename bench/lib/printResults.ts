import { formatScale } from './printScale';
import type { Summary } from './stats';
import type { BenchResults, PageFigures } from './results';

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (v: number) =>
  Number.isFinite(v) ? `${v < 10 ? v.toFixed(2) : v.toFixed(1)} ms` : 'n/a';
const spread = (s: Summary) =>
  s.n === 0 ? 'n/a' : `${ms(s.median)} (${ms(s.min).replace(' ms', '')}–${ms(s.max)})`;
const ratio = (a: number, b: number) =>
  Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : '—';

interface Row {
  readonly figure: string;
  readonly nianbao: string;
  readonly surveyjs: string;
  readonly ratio: string;
  readonly target: string;
  readonly verdict: string;
}

/** Lower is better for every figure: the target holds when Nianbao's value is at most `limit`. */
function check(value: number, limit: number | null, peer: number | null): string {
  const parts: string[] = [];
  if (limit !== null) parts.push(value <= limit ? 'target met' : 'TARGET MISSED');
  if (peer !== null) parts.push(value < peer ? 'better than SurveyJS' : 'NOT better than SurveyJS');
  return parts.join('; ');
}

function typingAt(p: PageFigures, slowdown: number) {
  return p.typing.find((t) => t.cpuSlowdown === slowdown);
}

function summaryRows(r: BenchResults): Row[] {
  const n = r.nianbao;
  const s = r.surveyjs;
  const rows: Row[] = [];
  const add = (
    figure: string,
    nv: number,
    sv: number | null,
    show: (v: number) => string,
    limit: number | null,
    targetText: string,
  ) => {
    rows.push({
      figure,
      nianbao: show(nv),
      surveyjs: sv === null ? '—' : show(sv),
      ratio: sv === null ? '—' : ratio(nv, sv),
      target: targetText,
      verdict: check(nv, limit, sv),
    });
  };
  if (n.size !== null) {
    const peer = s.size;
    add(
      'First visit JS (gzip)',
      n.size.firstVisit.js,
      peer?.firstVisit.js ?? null,
      kB,
      160_000,
      '≤ 160 kB',
    );
    add(
      'First visit CSS (gzip)',
      n.size.firstVisit.css,
      peer?.firstVisit.css ?? null,
      kB,
      null,
      '',
    );
    add('Precache (gzip)', n.size.precache.bytes, peer?.precache.bytes ?? null, kB, null, '');
  }
  if (n.start !== null) {
    const peer = s.start;
    add('Start, cold (median)', n.start.cold.median, peer?.cold.median ?? null, ms, null, '');
    add('Start, warm (median)', n.start.warm.median, peer?.warm.median ?? null, ms, null, '');
  }
  for (const slowdown of [1, 4]) {
    const nt = typingAt(n, slowdown);
    const st = typingAt(s, slowdown);
    if (nt === undefined) continue;
    const limit = slowdown === 1 ? 16 : 50;
    add(
      `Typing p50 at ${String(slowdown)}× CPU`,
      nt.latency.median,
      st?.latency.median ?? null,
      ms,
      null,
      '',
    );
    add(
      `Typing p95 at ${String(slowdown)}× CPU`,
      nt.latency.p95,
      st?.latency.p95 ?? null,
      ms,
      limit,
      `≤ ${String(limit)} ms`,
    );
  }
  if (n.renders !== null) {
    add(
      'Components rendered / keystroke (mean)',
      n.renders.components.mean,
      s.renders?.components.mean ?? null,
      (v) => v.toFixed(1),
      null,
      '',
    );
    if (n.renders.renderMs !== null) {
      add(
        'React render time / keystroke (median)',
        n.renders.renderMs.median,
        s.renders?.renderMs?.median ?? null,
        ms,
        null,
        '',
      );
    }
  }
  add('Engine: 1 report, totals + checks', r.engine.one.both.median, null, ms, null, '');
  add(
    `Engine: ${r.engine.many.reports.toLocaleString('en')} reports, totals + checks`,
    r.engine.many.both.median,
    null,
    ms,
    200,
    '≤ 200 ms',
  );
  if (r.saving.available) {
    add(
      'Save of a full report, p50 (UI 保存中→已保存)',
      r.saving.uiSave.median,
      null,
      ms,
      null,
      '',
    );
    add('Save of a full report, p95 (UI 保存中→已保存)', r.saving.uiSave.p95, null, ms, null, '');
    add(
      'Longest main-thread task, typing with autosave',
      r.saving.typingTasks.longestMs,
      null,
      ms,
      null,
      '',
    );
  }
  return rows;
}

/** Columns as a terminal shows them: CJK characters take two cells. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
        ch,
      )
        ? 2
        : 1;
  return width;
}

function table(rows: readonly Row[]): string {
  const head: Row = {
    figure: 'figure',
    nianbao: 'Nianbao',
    surveyjs: 'SurveyJS',
    ratio: 'N / S',
    target: 'target',
    verdict: 'verdict',
  };
  const keys = Object.keys(head) as (keyof Row)[];
  const all = [head, ...rows];
  const width = (k: keyof Row) => Math.max(...all.map((row) => displayWidth(row[k])));
  const line = (row: Row) =>
    keys.map((k) => row[k] + ' '.repeat(width(k) - displayWidth(row[k]))).join(' | ');
  return [line(head), keys.map((k) => '-'.repeat(width(k))).join('-|-'), ...rows.map(line)].join(
    '\n',
  );
}

function pageDetails(label: string, p: PageFigures): string[] {
  const lines = [label];
  const { size, start } = p;
  lines.push(
    size === null
      ? '  size      not measured (see notes)'
      : `  size      first visit JS ${kB(size.firstVisit.js)}, CSS ${kB(size.firstVisit.css)} ` +
          `(${String(size.firstVisit.files.length)} files: ${size.firstVisit.files.map((f) => `${f.path} ${kB(f.gzip)}`).join(', ')})\n` +
          `            precache ${kB(size.precache.bytes)} in ${String(size.precache.files)} files (${size.precache.source === 'dist' ? 'no service worker yet: every file of the build' : 'service worker manifest'})`,
    start === null
      ? '  start     not measured (see notes)'
      : `  start     cold ${spread(start.cold)}, warm ${spread(start.warm)}, first screen (cold) ${spread(start.coldFirstScreen)}` +
          (start.clicked.length > 0 ? `; clicked ${start.clicked.join(' → ')}` : ''),
  );
  for (const t of p.typing) {
    const et = t.eventTiming;
    lines.push(
      `  typing ${String(t.cpuSlowdown)}× p50 ${ms(t.latency.median)}, p95 ${ms(t.latency.p95)}, max ${ms(t.latency.max)} over ${String(t.latency.n)} keystrokes; ` +
        (et.supported
          ? `Event Timing: ${String(et.atLeast16ms)} ≥ 16 ms, p95 ${et.p95 === null ? '< 16 ms' : ms(et.p95)}, longest ${et.longest === null ? '—' : ms(et.longest)}; `
          : 'Event Timing unavailable; ') +
        `long tasks ${String(t.longTasks.count)}${t.longTasks.longest === null ? '' : `, longest ${ms(t.longTasks.longest)}`}`,
    );
  }
  if (p.renders !== null) {
    const r = p.renders;
    lines.push(
      `  renders   per keystroke: components mean ${r.components.mean.toFixed(1)} (median ${String(r.components.median)}, max ${String(r.components.max)}), ` +
        `commits mean ${r.commits.mean.toFixed(1)}` +
        (r.renderMs === null ? '' : `, React render ${spread(r.renderMs)}`) +
        ` over ${String(r.keystrokes)} keystrokes`,
      `            most rendered: ${r.top.map((t) => `${t.name} ${t.perKeystroke.toFixed(1)}`).join(', ')}`,
    );
  }
  return lines;
}

/** The full printout: details per page, then the side-by-side summary. */
export function formatResults(r: BenchResults): string {
  const m = r.machine;
  const lines = [
    '',
    `Nianbao benchmark — ${r.date} — ${String(m.cpus)} CPUs (${m.cpuModel}), ${String(m.memoryGiB)} GiB, Node ${m.node}, ${m.chromium}` +
      (r.options.quick ? ' — QUICK RUN (fewer repetitions)' : ''),
    `Load average ${String(m.load.atStart)} at start, ${String(m.load.atEnd)} at end` +
      (Math.max(m.load.atStart, m.load.atEnd) > m.cpus
        ? ` — ABOVE ${String(m.cpus)} CPUs: other processes competed with the bench, absolute times are inflated (ratios less so)`
        : ''),
    '',
    ...pageDetails('Nianbao', r.nianbao),
    '',
    ...pageDetails('SurveyJS (bench/peer)', r.surveyjs),
    '',
    'Plain inputs (floor of the typing method: no script on the page)',
    ...r.baseline.typing.map(
      (t) =>
        `  typing ${String(t.cpuSlowdown)}× p50 ${ms(t.latency.median)}, p95 ${ms(t.latency.p95)} over ${String(t.latency.n)} keystrokes`,
    ),
    '',
    'Engine (Node; each figure over fresh processes, median of their medians)',
    `  1 report: totals ${spread(r.engine.one.totals)}, checks ${spread(r.engine.one.checks)}, both ${spread(r.engine.one.both)}`,
    `  ${String(r.engine.many.reports)} reports: totals + checks ${spread(r.engine.many.both)} (${String(r.engine.findings)} findings); restore of the files ${spread(r.engine.many.restore)}`,
    '',
    'Autosave',
    r.saving.available
      ? `  save (UI 保存中→已保存) ${spread(r.saving.uiSave)} p95 ${ms(r.saving.uiSave.p95)} over ${String(r.saving.uiSave.n)} saves; ` +
        `IndexedDB write ${spread(r.saving.storageWrite)} p95 ${ms(r.saving.storageWrite.p95)}; ` +
        `typing ${String(r.saving.typingTasks.keystrokes)} keys with autosave: longest task ${ms(r.saving.typingTasks.longestMs)}, ${String(r.saving.typingTasks.over50ms)} tasks ≥ 50 ms`
      : `  not measured: ${r.saving.reason}`,
    '',
    formatScale(r),
    '',
    ...(r.notes.length > 0 ? ['Notes', ...r.notes.map((n) => `  - ${n}`), ''] : []),
    'Summary (median unless stated; lower is better; N / S = Nianbao ÷ SurveyJS)',
    table(summaryRows(r)),
    '',
    `Total run time ${r.runtimeSeconds.toFixed(0)} s. Figures written to bench/results/latest.json.`,
  ];
  return lines.join('\n');
}
