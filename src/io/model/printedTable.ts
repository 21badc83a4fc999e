import { cellId, type CellId } from '../../report/cells';
import { definitionOf } from '../../report/definition/editions';
import type { CellKind, LayoutCell, TableDef, TableId } from '../../report/definition/types';
import type { CellValue, ReportDocument } from '../../report/document';
import { formatValue } from '../html/table';

/**
 * One printed table resolved against a document: every cell of the edition's layout with its
 * grid position, its spans and its text, so that each office format (DOCX, XLSX, the portal
 * fragment) draws the same form without walking the layout again or typing a label.
 */
export interface PrintedTextCell {
  readonly type: 'text';
  readonly role: Extract<LayoutCell, { type: 'text' }>['role'];
  readonly text: string;
  /** A label spanning several rows (表三 三、本年度办理结果 …): printed as a vertical group. */
  readonly vertical: boolean;
  readonly indent: number;
}

export interface PrintedValueCell {
  readonly type: 'value';
  readonly id: CellId;
  readonly row: string;
  readonly column: string;
  readonly kind: CellKind;
  readonly computed: boolean;
  /** Internal value (money in millionths); null = blank. */
  readonly value: CellValue;
  /** The value as printed (blank stays ''). */
  readonly text: string;
}

export type PrintedCell = (PrintedTextCell | PrintedValueCell) & {
  /** Zero-based grid row (header rows first, then body rows) and column of the top-left corner. */
  readonly gridRow: number;
  readonly gridColumn: number;
  readonly rowSpan: number;
  readonly colSpan: number;
};

export interface PrintedTable {
  readonly table: TableDef;
  readonly columnCount: number;
  /** Relative widths of the grid columns. */
  readonly columnWidths: readonly number[];
  /** Header rows (repeated on each printed page), then body rows; each row lists its cells. */
  readonly headerRows: readonly (readonly PrintedCell[])[];
  readonly bodyRows: readonly (readonly PrintedCell[])[];
}

function columnInfo(table: TableDef): ReadonlyMap<string, { kind: CellKind; computed: boolean }> {
  const info = new Map<string, { kind: CellKind; computed: boolean }>();
  for (const row of table.rows) {
    for (const column of row.columns) {
      info.set(`${row.id}.${column.id}`, {
        kind: column.kind,
        computed: column.computed === true || row.computed === true,
      });
    }
  }
  return info;
}

/**
 * Places the layout's rows on a grid, skipping the slots that a cell above spans into (the
 * HTML table model), so every cell knows its column for merges in DOCX and XLSX.
 */
function place(
  rows: readonly (readonly LayoutCell[])[],
  firstRow: number,
  columnCount: number,
  taken: Set<string>,
  resolve: (cell: LayoutCell) => PrintedTextCell | PrintedValueCell,
): PrintedCell[][] {
  return rows.map((row, r) => {
    const gridRow = firstRow + r;
    let column = 0;
    return row.map((cell) => {
      while (taken.has(`${gridRow}:${column}`)) column += 1;
      const colSpan = cell.colSpan ?? 1;
      const rowSpan = cell.type === 'text' ? (cell.rowSpan ?? 1) : 1;
      for (let dr = 0; dr < rowSpan; dr += 1) {
        for (let dc = 0; dc < colSpan; dc += 1) taken.add(`${gridRow + dr}:${column + dc}`);
      }
      const placed: PrintedCell = {
        ...resolve(cell),
        gridRow,
        gridColumn: column,
        rowSpan,
        colSpan: Math.min(colSpan, columnCount - column),
      };
      column += colSpan;
      return placed;
    });
  });
}

/** The printed table of `tableId`, or null when the document leaves the optional table out. */
export function printedTable(doc: ReportDocument, tableId: TableId): PrintedTable | null {
  const values = doc.tables[tableId];
  if (values === null) return null;
  const table = definitionOf(doc.format).tables[tableId];
  const info = columnInfo(table);
  const resolve = (cell: LayoutCell): PrintedTextCell | PrintedValueCell => {
    if (cell.type === 'text') {
      return {
        type: 'text',
        role: cell.role,
        text: cell.text,
        vertical: cell.role === 'label' && (cell.rowSpan ?? 1) > 1,
        indent: cell.indent ?? 0,
      };
    }
    const { kind, computed } = info.get(`${cell.row}.${cell.column}`) ?? {
      kind: 'count',
      computed: false,
    };
    const value = values[cell.row]?.[cell.column] ?? null;
    return {
      type: 'value',
      id: cellId({ table: tableId, row: cell.row, column: cell.column }),
      row: cell.row,
      column: cell.column,
      kind,
      computed,
      value,
      text: formatValue(value, kind),
    };
  };
  const { header, body, columnCount, columnWidths } = table.layout;
  const taken = new Set<string>();
  return {
    table,
    columnCount,
    columnWidths,
    headerRows: place(header, 0, columnCount, taken, resolve),
    bodyRows: place(body, header.length, columnCount, taken, resolve),
  };
}
