/**
 * Problems found while restoring outside data. Codes with params; all wording lives in
 * `problemMessages.ts` (Chinese), so callers and tests match on codes, not text.
 */
export type ProblemCode =
  | 'file.encodingGb18030'
  | 'file.encodingUnknown'
  | 'file.replacementCharacters'
  | 'file.notJson'
  | 'file.notObject'
  | 'file.wrongType'
  | 'file.versionMissing'
  | 'file.versionTooNew'
  | 'file.versionInvalid'
  | 'file.migrationFailed'
  | 'file.unexpected'
  | 'field.missing'
  | 'field.invalid'
  | 'field.unknown'
  | 'format.unknown'
  | 'format.defaulted'
  | 'format.normalised'
  | 'year.outOfRange'
  | 'agencyLevel.unknown'
  | 'table.missing'
  | 'table.invalid'
  | 'table.unknownRow'
  | 'table.unknownColumn'
  | 'cell.negative'
  | 'cell.notInteger'
  | 'cell.tooLarge'
  | 'cell.tooManyDecimals'
  | 'cell.notNumber'
  | 'cell.normalised'
  | 'acknowledged.invalid';

/**
 * - error: the file (or the item) cannot be used as is; for whole-file errors `document` is null.
 * - warning: an item was dropped/blanked or kept aside; the rest of the document is usable.
 * - notice: a value was understood and normalised (e.g. "１２３" → 123); nothing was lost.
 */
export type ProblemSeverity = 'error' | 'warning' | 'notice';

export interface Problem {
  readonly code: ProblemCode;
  readonly severity: ProblemSeverity;
  /** JSON path of the offending item, e.g. ['tables', 'applications', 'received', 'naturalPerson']. */
  readonly path: readonly (string | number)[];
  readonly params: Readonly<Record<string, string | number>>;
}

export function makeProblem(
  code: ProblemCode,
  severity: ProblemSeverity,
  path: readonly (string | number)[],
  params: Readonly<Record<string, string | number>> = {},
): Problem {
  return { code, severity, path, params };
}
