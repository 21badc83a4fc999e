import type { ImportProblem, ImportProblemSeverity } from './types';

/**
 * Every problem an import can report. Wording is in `importProblemMessages.ts` (Chinese);
 * callers and tests match on codes.
 */
export type ImportProblemCode =
  // The file cannot be read at all (no report is produced).
  | 'file.empty'
  | 'file.unknownKind'
  | 'file.notReport'
  | 'file.unexpected'
  | 'file.encodingUnknown'
  | 'docx.invalid'
  | 'docx.tooLarge'
  | 'pdf.invalid'
  | 'pdf.encrypted'
  | 'pdf.noText'
  | 'xlsx.invalid'
  // A report was produced; these say what could not be read or was read with care.
  | 'file.encodingGb18030'
  | 'file.replacementCharacters'
  | 'meta.agencyNotFound'
  | 'meta.yearNotFound'
  | 'meta.yearFromPeriod'
  | 'meta.agencyFromPage'
  | 'meta.yearFromText'
  | 'format.notRecognised'
  | 'section.notFound'
  | 'table.notFound'
  | 'table.otherEdition'
  | 'row.notFound'
  | 'row.valueCount'
  | 'cell.unreadable'
  | 'cell.none'
  | 'money.converted'
  | 'money.unitAssumed'
  | 'total.mismatch'
  | 'xlsx.layoutChanged'
  | 'restore.problem';

export function importProblem(
  code: ImportProblemCode,
  severity: ImportProblemSeverity,
  params: ImportProblem['params'] = {},
  cell?: string,
): ImportProblem {
  return cell === undefined ? { code, severity, params } : { code, severity, params, cell };
}

/** Thrown by an adapter when the file cannot be read at all; caught at the one entry point. */
export class ImportRefusal extends Error {
  readonly problem: ImportProblem;
  constructor(code: ImportProblemCode, params: ImportProblem['params'] = {}) {
    super(code);
    this.name = 'ImportRefusal';
    this.problem = importProblem(code, 'error', params);
  }
}
