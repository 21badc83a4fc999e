import { AGENCY_LEVEL_LABELS } from '../agencyLevels';
import { parseCellId, type CellId } from '../cells';
import { shortLabelOf, withoutNumeral } from '../definition/labels';
import type { CellKind, ColumnDef, EditionDefinition, RowDef, TableDef } from '../definition/types';
import type { AgencyLevel } from '../document';
import type { MessageParam, MessageParams, RawFinding } from './context';

/**
 * The shared vocabulary of the check messages, in Chinese. Each check builds its message from
 * its finding's ids and numbers (`describe` in its entry); labels of tables, rows and columns
 * are read from the edition here, so a label is never typed twice.
 */

export { withoutNumeral };

const NOT_ASSESSABLE_SUFFIX = '（有未填写的单元格，待填写）';

/** A relation that fails only because of blank cells is shown as 待填写, not as an error. */
export function notAssessable(message: string): string {
  return message + NOT_ASSESSABLE_SUFFIX;
}

/** The finding's message, marked 待填写 when it is not assessable. */
export function withStatus(finding: RawFinding, message: string): string {
  return finding.status === 'not-assessable' ? notAssessable(message) : message;
}

/**
 * The value of one side of a relation as the message shows it: a blank side is 未填写, never
 * 0 (the sum treats it as 0 only to decide whether the relation could still hold).
 */
export function sideValue(value: number | string | null, blank: MessageParam | undefined): string {
  if (blank === 'all') return '未填写';
  if (blank === 'some') return `${String(value)}，部分未填写`;
  return String(value);
}

/** The left (actual) and right (expected) values of a relation finding, as shown. */
export function sides(f: RawFinding): { readonly actual: string; readonly expected: string } {
  return {
    actual: sideValue(f.actual, f.params.leftBlank),
    expected: sideValue(f.expected, f.params.rightBlank),
  };
}

export function str(params: MessageParams, key: string): string {
  const value = params[key];
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

export function strings(params: MessageParams, key: string): readonly string[] {
  const value = params[key];
  return Array.isArray(value) ? value.map(String) : [];
}

export function numbers(params: MessageParams, key: string): readonly number[] {
  const value = params[key];
  return Array.isArray(value) ? value.map(Number) : [];
}

export interface CellLabels {
  readonly table: TableDef;
  readonly row: RowDef;
  readonly column: ColumnDef;
  /** The row's short form for sentences naming several rows (本年新收). */
  readonly rowShort: string;
}

/** Table, row and column of a cell of the edition, for the message. */
export function cellLabels(edition: EditionDefinition, id: CellId | undefined): CellLabels {
  const ref = id === undefined ? null : parseCellId(id);
  if (ref === null) throw new Error(`Finding names no cell: ${String(id)}`);
  const table = edition.tables[ref.table];
  const row = table.rows.find((r) => r.id === ref.row);
  const column = row?.columns.find((c) => c.id === ref.column);
  if (row === undefined || column === undefined) {
    throw new Error(`Finding names ${ref.table}.${ref.row}.${ref.column}, unknown in its edition`);
  }
  return { table, row, column, rowShort: shortLabelOf(row) };
}

/** Agency levels as named in the form; an unnamed level is spoken of as 本机关. */
export const AGENCY_LEVEL_NAMES: Readonly<Record<AgencyLevel, string>> = {
  ...AGENCY_LEVEL_LABELS,
  other: '本机关',
};

export const VALID_VALUE: Readonly<Record<CellKind, string>> = {
  count: '应填非负整数',
  signed: '应填整数（减少用负数表示）',
  money: '应填非负金额，最多 6 位小数',
};

export interface CalendarDate {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

export const chineseDate = (date: CalendarDate): string => `${date.y}年${date.m}月${date.d}日`;
