import { performance } from 'node:perf_hooks';
import { runChecks } from '../../src/report/checks/index';
import type { ReportDocument } from '../../src/report/document';
import { restore } from '../../src/report/restore/restore';
import { recomputeAll } from '../../src/report/totals';
import {
  generateReports,
  readFixture,
  varyReport,
  type ReportFile,
} from '../engine/generateReports';
import { seededRandom } from '../lib/prng';
import { summarize, type Summary } from '../lib/stats';

export interface EngineResult {
  /** One report (the 2021 sample, varied): totals, checks, and both, ms per report. */
  readonly one: { readonly totals: Summary; readonly checks: Summary; readonly both: Summary };
  /** `reports` reports: totals + checks for each, ms for all of them. */
  readonly many: { readonly reports: number; readonly both: Summary; readonly restore: Summary };
  /** Findings over the many reports (shows the checks had something to find). */
  readonly findings: number;
}

function restoreOrThrow(file: ReportFile): ReportDocument {
  const { document, problems } = restore(file);
  if (document === null) {
    throw new Error(`A generated report did not restore: ${JSON.stringify(problems.slice(0, 3))}`);
  }
  return document;
}

/**
 * Collects garbage between timed runs when Node runs with --expose-gc (npm run bench does), so
 * one run does not pay for the garbage of the one before. Garbage made inside a run still counts.
 */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Mean time of `fn` over `iterations` calls, in ms. */
function timeEach(iterations: number, fn: () => void): number {
  collectGarbage();
  const start = performance.now();
  for (let i = 0; i < iterations; i += 1) fn();
  return (performance.now() - start) / iterations;
}

function timeOnce(fn: () => void): number {
  collectGarbage();
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/**
 * The domain engine in Node, as the 主管部门 would run it over a year's reports: restore each
 * file, recompute its totals, run every check (with last year's report for the continuity
 * checks). Each figure is repeated `runs` times after one warm-up run (JIT).
 */
export function measureEngine(runs: number, reports: number): EngineResult {
  const random = seededRandom(7);
  const previous = restoreOrThrow(varyReport(readFixture('2019'), random));
  const single = restoreOrThrow(varyReport(readFixture('2021'), random));
  const iterations = 200;
  const one = { totals: [] as number[], checks: [] as number[], both: [] as number[] };
  const recomputed = recomputeAll(single);
  for (let run = -1; run < runs; run += 1) {
    const totals = timeEach(iterations, () => recomputeAll(single));
    const checks = timeEach(iterations, () => runChecks(recomputed, { previous }));
    const both = timeEach(iterations, () => runChecks(recomputeAll(single), { previous }));
    if (run < 0) continue;
    one.totals.push(totals);
    one.checks.push(checks);
    one.both.push(both);
  }

  const files = generateReports(reports);
  const docs = files.map(restoreOrThrow);
  const withPrevious = (doc: ReportDocument) => (doc.format === '2021' ? previous : null);
  let findings = 0;
  const many: number[] = [];
  const restores: number[] = [];
  for (let run = -1; run < runs; run += 1) {
    const restoreMs = timeOnce(() => {
      for (const file of files) restore(file);
    });
    let found = 0;
    const ms = timeOnce(() => {
      for (const doc of docs)
        found += runChecks(recomputeAll(doc), { previous: withPrevious(doc) }).length;
    });
    findings = found;
    if (run < 0) continue;
    many.push(ms);
    restores.push(restoreMs);
  }
  return {
    one: {
      totals: summarize(one.totals),
      checks: summarize(one.checks),
      both: summarize(one.both),
    },
    many: { reports, both: summarize(many), restore: summarize(restores) },
    findings,
  };
}
