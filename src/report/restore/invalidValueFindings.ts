import { parseCellId } from '../cells';
import { CHECK_SEVERITY } from '../checks';
import type { Finding } from '../checks/types';
import type { Format } from '../definition/types';
import type { Problem, ProblemCode } from './problems';
import { problemMessage } from './problemMessages';

/**
 * Restore problems that are the contract's `cell.invalid` error: a value in the file that is
 * not valid for its cell. Restore blanks such a cell with a warning so the app can still open
 * the file, and then the checks only see a blank. But `check` judges the file as written,
 * so the value must count as the error the catalogue says it is.
 */
const INVALID_VALUE_CODES: ReadonlySet<ProblemCode> = new Set<ProblemCode>([
  'cell.negative',
  'cell.notInteger',
  'cell.tooLarge',
  'cell.tooManyDecimals',
  'cell.notNumber',
]);

function toFinding(problem: Problem, format: Format): Finding | null {
  if (!INVALID_VALUE_CODES.has(problem.code) || problem.path[0] !== 'tables') return null;
  const ref = parseCellId(problem.path.slice(1).join('.'));
  if (ref === null || problem.path.length !== 4) return null;
  return {
    check: 'cell.invalid',
    severity: CHECK_SEVERITY['cell.invalid'],
    status: 'fail',
    cells: [`${ref.table}.${ref.row}.${ref.column}`],
    expected: null,
    actual: problem.params.raw ?? problem.params.value ?? null,
    message: problemMessage(problem, format),
    part: ref.table,
  };
}

/**
 * Moves the invalid-value problems out of the restore problems and into `cell.invalid`
 * findings (same wording: the problem's message, which also says the cell was left blank).
 */
export function splitInvalidValues(
  problems: readonly Problem[],
  format: Format,
): { readonly problems: readonly Problem[]; readonly findings: readonly Finding[] } {
  const rest: Problem[] = [];
  const findings: Finding[] = [];
  for (const problem of problems) {
    const finding = toFinding(problem, format);
    if (finding === null) rest.push(problem);
    else findings.push(finding);
  }
  return { problems: rest, findings };
}
