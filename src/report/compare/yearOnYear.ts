import { cellId, readCell, type CellId } from '../cells';
import { definitionOf, TABLE_IDS } from '../definition/editions';
import type { ColumnDef, RowDef, TableDef, TableId } from '../definition/types';
import type { ReportDocument } from '../document';
import { MONEY_DECIMALS } from '../money';
import { formatAmount, formatPercentSize } from './format';
import { changeOf, previousValueOf, tableComparability } from './previousCells';

/**
 * Year-on-year hints: cells whose value changed a lot since last year's report. They are
 * prompts to look again (a typo, a row mixed up with its neighbour), not checks of the file
 * contract: they never enter the check catalogue, exported files, the CLI or any count of
 * errors and warnings.
 *
 * The rule, chosen so that a normal report gets a handful of hints, not one per cell:
 * - both years are filled in (a blank is not 0);
 * - the change is at least `MIN_CHANGE` in the cell's unit (件, or 万元 for money), so that 2 → 5
 *   is not news;
 * - and it is at least `MIN_RATIO` of last year's value (+50 % or −50 %), or last year was 0.
 *
 * Which cells: the tables of the national form (not the optional local statistics table), rows
 * the user fills in (not （七）总计, which repeats the rows above it), and in each row its total
 * column if it has one (表三, 表四 总计: one hint per row, not one per applicant type), else each
 * of its count and money columns. Signed columns (2019 本年增/减) are changes already, and a
 * table whose columns changed meaning between editions is not compared across them.
 */
export const MIN_CHANGE = 10;
export const MIN_RATIO = 0.5;

export interface YearOnYearHint {
  readonly cell: CellId;
  readonly table: TableId;
  readonly previous: number;
  readonly current: number;
  readonly delta: number;
  /** delta / previous × 100; `null` when last year was 0. */
  readonly percent: number | null;
  /** `表三「一、本年新收政府信息公开申请数量」总计：上年 120 件，本年 310 件，增加 158%`. */
  readonly message: string;
}

/** The hint rule on two filled-in values (money in millionths of 万元). */
export function isLargeChange(previous: number, current: number, kind: ColumnDef['kind']): boolean {
  if (kind === 'signed') return false;
  const unit = kind === 'money' ? 10 ** MONEY_DECIMALS : 1;
  const delta = Math.abs(current - previous);
  if (delta < MIN_CHANGE * unit) return false;
  return previous === 0 || delta >= previous * MIN_RATIO;
}

/** The unit a value is written with in a sentence. */
function unitOf(table: TableId, row: RowDef, column: ColumnDef): string {
  if (column.kind === 'money') return ' 万元';
  if (row.unit !== undefined) return ` ${row.unit}`;
  // 表三 and 表四 count applications and cases; 表二's counts name their own unit (项目数量, 件数).
  return table === 'applications' || table === 'review' ? ' 件' : '';
}

/** The cells of a row that hints look at (see the rule above). */
function hintColumns(row: RowDef): readonly ColumnDef[] {
  if (row.computed === true) return [];
  const totals = row.columns.filter((c) => c.computed === true);
  if (totals.length > 0) return totals;
  return row.columns.filter((c) => c.kind !== 'signed');
}

function message(table: TableDef, row: RowDef, column: ColumnDef, hint: YearOnYearHint): string {
  const unit = unitOf(table.id, row, column);
  const amount = (v: number) => formatAmount(v, column.kind) + unit;
  const direction = hint.delta > 0 ? '增加' : '减少';
  const size =
    hint.percent === null ? amount(Math.abs(hint.delta)) : formatPercentSize(hint.percent);
  return `${table.shortName}「${row.label}」${column.label}：上年 ${amount(hint.previous)}，本年 ${amount(hint.current)}，${direction} ${size}`;
}

function hintOf(
  current: ReportDocument,
  previous: ReportDocument,
  table: TableDef,
  row: RowDef,
  column: ColumnDef,
): YearOnYearHint | null {
  const ref = { table: table.id, row: row.id, column: column.id };
  const change = changeOf(previousValueOf(previous, ref), readCell(current, ref), column.kind);
  if (change.kind !== 'value' || !isLargeChange(change.previous, change.current, column.kind)) {
    return null;
  }
  const hint = {
    cell: cellId(ref),
    table: table.id,
    previous: change.previous,
    current: change.current,
    delta: change.delta,
    percent: change.percent,
    message: '',
  };
  return { ...hint, message: message(table, row, column, hint) };
}

/**
 * The large changes of this year's report against last year's, in print order (table, row,
 * column). Empty when no report of last year is linked.
 */
export function yearOnYearHints(
  current: ReportDocument,
  previous: ReportDocument | null,
): YearOnYearHint[] {
  if (previous === null) return [];
  const def = definitionOf(current.format);
  const hints: YearOnYearHint[] = [];
  for (const tableId of TABLE_IDS) {
    const table = def.tables[tableId];
    if (table.optional === true || current.tables[tableId] === null) continue;
    if (!tableComparability(current, previous, tableId).comparable) continue;
    for (const row of table.rows) {
      for (const column of hintColumns(row)) {
        const hint = hintOf(current, previous, table, row, column);
        if (hint !== null) hints.push(hint);
      }
    }
  }
  return hints;
}
