import type { Format } from '../report/definition/types';
import type { Problem } from '../report/restore/problems';
import { problemMessage } from '../report/restore/problemMessages';
import type { CheckedFile } from './checkResult';

function problemToJson(problem: Problem, format: Format | null): Record<string, unknown> {
  return {
    code: problem.code,
    severity: problem.severity,
    path: problem.path,
    params: problem.params,
    message: problemMessage(problem, format ?? undefined),
  };
}

/**
 * `check --json`: one entry per file, in argument order. Findings are in the contract's
 * finding shape (report-json.md §3) with their Chinese message.
 */
export function checkResultsToJson(files: readonly CheckedFile[]): string {
  const entries = files.map((f) => ({
    file: f.file,
    result: f.outcome,
    error: f.readError,
    problems: f.problems.map((p) => problemToJson(p, f.format)),
    findings: f.findings.map((finding) => ({
      check: finding.check,
      severity: finding.severity,
      status: finding.status,
      cells: finding.cells,
      expected: finding.expected,
      actual: finding.actual,
      message: finding.message,
    })),
  }));
  return `${JSON.stringify(entries, null, 2)}\n`;
}
