import type { Finding } from '../report/checks/types';
import type { Format } from '../report/definition/types';
import type { Problem } from '../report/restore/problems';
import { EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE } from './exitCodes';

/**
 * - unreadable: the file could not be opened
 * - refused: restore gave no document (not JSON, wrong type, newer version …)
 * - fail: an error fails (arithmetic, or `cell.invalid`: a value not valid for its cell):
 *   the report as written is wrong and must be corrected
 * - pass: nothing fails; not-assessable findings (待填写) and warnings may remain
 */
export type CheckOutcome = 'unreadable' | 'refused' | 'fail' | 'pass';

export interface CheckedFile {
  readonly file: string;
  readonly outcome: CheckOutcome;
  /** Why the file could not be read (only for `unreadable`). */
  readonly readError: string | null;
  /** Edition of the restored document, for problem wording; null when there is none. */
  readonly format: Format | null;
  readonly problems: readonly Problem[];
  readonly findings: readonly Finding[];
}

/** Errors that fail the check. Not-assessable errors (a blank input) are shown but do not fail. */
export function isFailingFinding(finding: Finding): boolean {
  return finding.severity === 'error' && finding.status === 'fail';
}

export function outcomeOf(
  problems: readonly Problem[],
  findings: readonly Finding[],
): 'fail' | 'pass' {
  // A restore error with a document cannot happen today (errors refuse the file); if one
  // ever does, the file is not fine as written.
  const failing = findings.some(isFailingFinding) || problems.some((p) => p.severity === 'error');
  return failing ? 'fail' : 'pass';
}

/** 2 when any file is unusable, else 1 when any file fails, else 0. */
export function exitCodeOf(files: readonly CheckedFile[]): number {
  if (files.some((f) => f.outcome === 'unreadable' || f.outcome === 'refused')) {
    return EXIT_UNUSABLE;
  }
  return files.some((f) => f.outcome === 'fail') ? EXIT_FINDINGS : EXIT_OK;
}
