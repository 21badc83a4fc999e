import { cellId, type CellId } from '../cells';
import { definitionOf } from '../definition/editions';
import type { CellKind, CellRef, ColumnDef, RowDef, TableId } from '../definition/types';
import type { ReportDocument } from '../document';
import { previousValueOf, type PreviousValue } from './previousCells';

/** One compared cell: this year's cell, its labels, and last year's value of it. */
export interface ComparisonLine {
  readonly id: CellId;
  readonly ref: CellRef;
  /** The row's full label in the form's words (`（三）1.属于国家秘密`). */
  readonly rowLabel: string;
  readonly columnLabel: string;
  readonly kind: CellKind;
  /** A derived cell (总计): read-only this year as well. */
  readonly computed: boolean;
  readonly previous: PreviousValue;
}

export interface LineOptions {
  /** Only this column of each row (表三: one applicant column at a time). */
  readonly column?: string;
}

function line(
  previous: ReportDocument,
  table: TableId,
  row: RowDef,
  column: ColumnDef,
): ComparisonLine {
  const ref = { table, row: row.id, column: column.id };
  return {
    id: cellId(ref),
    ref,
    rowLabel: row.label,
    columnLabel: column.label,
    kind: column.kind,
    computed: row.computed === true || column.computed === true,
    previous: previousValueOf(previous, ref),
  };
}

/**
 * Every cell of a table of this year's edition, in the order of the definition (row by row,
 * column by column), with last year's value. Rows that only last year's edition has are not
 * listed: the comparison is of this year's report.
 */
export function comparisonLines(
  current: Pick<ReportDocument, 'format'>,
  previous: ReportDocument,
  table: TableId,
  options: LineOptions = {},
): ComparisonLine[] {
  const rows = definitionOf(current.format).tables[table].rows;
  return rows.flatMap((row) =>
    row.columns
      .filter((c) => options.column === undefined || c.id === options.column)
      .map((c) => line(previous, table, row, c)),
  );
}

/** The columns a table's rows share, for choosing one (表三's 自然人 … 总计). */
export function sharedColumns(
  current: Pick<ReportDocument, 'format'>,
  table: TableId,
): readonly ColumnDef[] {
  const rows = definitionOf(current.format).tables[table].rows;
  const first = rows[0]?.columns ?? [];
  return first.filter((c) => rows.every((r) => r.columns.some((o) => o.id === c.id)));
}
