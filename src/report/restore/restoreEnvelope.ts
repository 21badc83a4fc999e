import { defaultFormatForYear, isFormat } from '../definition/editions';
import type { Format } from '../definition/types';
import { YEAR_MAX, YEAR_MIN } from '../document';
import { FILE_TYPE, yearSchema } from './fileShape';
import { makeProblem, type Problem } from './problems';
import { describeRaw } from './restoreCell';
import { own, type SafeObject, type SafeValue } from './safeCopy';

/**
 * The parts of a file without which nothing else can be read. A problem here refuses the
 * whole file (document null): a half-loaded report would be worse than a clear refusal.
 */

const refusal = (
  code: Problem['code'],
  path: Problem['path'],
  params: Problem['params'] = {},
): Problem => makeProblem(code, 'error', path, params);

/** `type` and `version`: returns the version, or the problem that refuses the file. */
export function readFileVersion(
  file: SafeObject,
  supported: number,
):
  | { readonly ok: true; readonly version: number }
  | { readonly ok: false; readonly problem: Problem } {
  const type = own(file, 'type');
  if (type !== FILE_TYPE) {
    const params: Problem['params'] = type === undefined ? {} : { type: describeRaw(type) };
    return { ok: false, problem: refusal('file.wrongType', ['type'], params) };
  }
  const version = own(file, 'version');
  if (version === undefined || version === null) {
    return { ok: false, problem: refusal('file.versionMissing', ['version']) };
  }
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
    return {
      ok: false,
      problem: refusal('file.versionInvalid', ['version'], { version: describeRaw(version) }),
    };
  }
  if (version > supported) {
    return {
      ok: false,
      problem: refusal('file.versionTooNew', ['version'], { version, supported }),
    };
  }
  return { ok: true, version };
}

export interface Identity {
  readonly format: Format;
  readonly agency: string;
  readonly year: number;
}

function readAgency(raw: SafeValue | undefined, problems: Problem[]): string | null {
  if (raw === undefined || raw === null) problems.push(refusal('field.missing', ['agency']));
  else if (typeof raw !== 'string')
    problems.push(refusal('field.invalid', ['agency'], { raw: describeRaw(raw) }));
  else return raw;
  return null;
}

function readYear(raw: SafeValue | undefined, problems: Problem[]): number | null {
  if (raw === undefined || raw === null) {
    problems.push(refusal('field.missing', ['year']));
    return null;
  }
  if (typeof raw !== 'number' || !Number.isInteger(raw)) {
    problems.push(refusal('field.invalid', ['year'], { raw: describeRaw(raw) }));
    return null;
  }
  if (!yearSchema.safeParse(raw).success) {
    problems.push(
      refusal('year.outOfRange', ['year'], { year: raw, min: YEAR_MIN, max: YEAR_MAX }),
    );
    return null;
  }
  return raw;
}

/**
 * `format` as written, or a number / padded string that names an edition (accepted with a
 * notice), or — when missing — the edition the year uses (with a warning). Anything else is
 * unknown and refuses the file, since the tables cannot be read without knowing the edition.
 */
function readFormat(
  raw: SafeValue | undefined,
  year: number | null,
  problems: Problem[],
): Format | null {
  if (raw === undefined || raw === null) {
    if (year === null) return null;
    const format = defaultFormatForYear(year);
    problems.push(makeProblem('format.defaulted', 'warning', ['format'], { format, year }));
    return format;
  }
  if (isFormat(raw)) return raw;
  const loose = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : raw;
  if (isFormat(loose)) {
    problems.push(
      makeProblem('format.normalised', 'notice', ['format'], {
        raw: describeRaw(raw),
        format: loose,
      }),
    );
    return loose;
  }
  problems.push(refusal('format.unknown', ['format'], { format: describeRaw(raw) }));
  return null;
}

/** agency, year and format; all three problems are reported together when several are wrong. */
export function readIdentity(file: SafeObject, problems: Problem[]): Identity | null {
  const agency = readAgency(own(file, 'agency'), problems);
  const year = readYear(own(file, 'year'), problems);
  const format = readFormat(own(file, 'format'), year, problems);
  if (agency === null || year === null || format === null) return null;
  return { agency, year, format };
}
