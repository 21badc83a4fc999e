import type { CellKind } from '../definition/types';
import type { CellValue } from '../document';
import { parseCellInput } from '../input/parseNumberInput';
import { moneyFromNumber, moneyToNumber } from '../money';
import { makeProblem, type Problem, type ProblemCode } from './problems';
import { isSafeArray, isSafeObject, type SafeValue } from './safeCopy';

export interface CellOutcome {
  readonly value: CellValue;
  readonly problem: Problem | null;
}

type Path = readonly (string | number)[];

const RAW_LIMIT = 60;

/** A short, printable form of a value that is not a number, for `params.raw`. */
export function describeRaw(value: SafeValue): string {
  if (typeof value === 'string')
    return value.length > RAW_LIMIT ? `${value.slice(0, RAW_LIMIT)}…` : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isSafeArray(value)) return '[…]';
  if (isSafeObject(value)) return '{…}';
  return '?';
}

/** The value as written in the file: money in 万元, not millionths. */
function fileNumber(value: number, kind: CellKind): number {
  return kind === 'money' ? moneyToNumber(value) : value;
}

const blanked = (
  code: ProblemCode,
  path: Path,
  params: Record<string, string | number>,
): CellOutcome => ({
  value: null,
  problem: makeProblem(code, 'warning', path, params),
});

function fromNumber(n: number, kind: CellKind, path: Path): CellOutcome {
  if (!Number.isFinite(n)) return blanked('cell.notNumber', path, { raw: String(n) });
  if (kind === 'money') {
    const parsed = moneyFromNumber(n);
    if (parsed.ok) return { value: parsed.micro, problem: null };
    return parsed.reason === 'format'
      ? blanked('cell.notNumber', path, { raw: String(n) })
      : blanked(`cell.${parsed.reason}`, path, { value: n });
  }
  if (Math.abs(n) > Number.MAX_SAFE_INTEGER) return blanked('cell.tooLarge', path, { value: n });
  if (kind === 'count' && n < 0) return blanked('cell.negative', path, { value: n });
  if (!Number.isInteger(n)) return blanked('cell.notInteger', path, { value: n });
  // `+ 0` turns -0 (which JSON.parse yields for "-0") into 0.
  return { value: n + 0, problem: null };
}

function fromString(raw: string, kind: CellKind, path: Path): CellOutcome {
  const parsed = parseCellInput(raw, kind);
  if (!parsed.ok) return blanked(`cell.${parsed.reason}`, path, { raw: describeRaw(raw) });
  // A string where the contract wants a number is worth a notice even when already canonical.
  const params: Record<string, string | number> = { raw: describeRaw(raw) };
  if (parsed.value !== null) params.value = fileNumber(parsed.value, kind);
  return { value: parsed.value, problem: makeProblem('cell.normalised', 'notice', path, params) };
}

/**
 * One cell of a known column: an integer (count, signed), a decimal with at most 6 places
 * (money, returned as millionths), or null. Anything else blanks this cell only, with a
 * problem saying why; strings are read as a user's typing would be.
 */
export function restoreCell(raw: SafeValue | undefined, kind: CellKind, path: Path): CellOutcome {
  if (raw === undefined || raw === null) return { value: null, problem: null };
  if (typeof raw === 'number') return fromNumber(raw, kind, path);
  if (typeof raw === 'string') return fromString(raw, kind, path);
  return blanked('cell.notNumber', path, { raw: describeRaw(raw) });
}

/**
 * A cell of a row or column the definition does not know: nothing tells its kind, so a finite
 * number is kept exactly as written and a string is read as a count.
 */
export function restoreLooseCell(raw: SafeValue | undefined, path: Path): CellOutcome {
  if (typeof raw === 'number' && Number.isFinite(raw)) return { value: raw + 0, problem: null };
  return restoreCell(raw, 'count', path);
}
