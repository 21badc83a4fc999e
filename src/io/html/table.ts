import { cellId } from '../../report/cells';
import { definitionOf } from '../../report/definition/editions';
import type { CellKind, LayoutCell, TableDef, TableId } from '../../report/definition/types';
import type { CellValue, ReportDocument, TableValues } from '../../report/document';
import { formatMoney } from '../../report/money';
import { escapeHtml } from './escape';
import { bodyBlocks, bodyPieces } from './tableChunks';

/** The kind of every value cell of a table, keyed `row.column`. */
function kindsOf(table: TableDef): ReadonlyMap<string, CellKind> {
  const kinds = new Map<string, CellKind>();
  for (const row of table.rows) {
    for (const column of row.columns) kinds.set(`${row.id}.${column.id}`, column.kind);
  }
  return kinds;
}

/** Blank stays empty (blank is not zero); 0 prints as 0; money prints exactly, as published. */
export function formatValue(value: CellValue, kind: CellKind | undefined): string {
  if (value === null) return '';
  switch (kind) {
    case 'money':
      return formatMoney(value);
    case 'count':
    case 'signed':
    case undefined:
      return String(value);
  }
}

function spans(cell: { readonly colSpan?: number; readonly rowSpan?: number }): string {
  const col = cell.colSpan !== undefined && cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : '';
  const row = cell.rowSpan !== undefined && cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : '';
  return col + row;
}

/**
 * A group label set upright in a vertical line, as the published form prints it in its narrow
 * columns. Each character is its own small vertical box, one per line: the group then breaks
 * across pages between characters (a whole vertical block cannot be split, and Chromium would
 * push the group's first row, leaving a gap), and brackets and 、 still take vertical forms.
 */
function verticalText(text: string): string {
  const chars = Array.from(text, (ch) => `<span>${escapeHtml(ch)}</span>`);
  return `<span class="group-text">${chars.join('')}</span>`;
}

function renderCell(
  table: TableDef,
  values: TableValues,
  kinds: ReadonlyMap<string, CellKind>,
  cell: LayoutCell,
): string {
  if (cell.type === 'value') {
    const id = cellId({ table: table.id, row: cell.row, column: cell.column });
    const value = values[cell.row]?.[cell.column] ?? null;
    const text = escapeHtml(formatValue(value, kinds.get(`${cell.row}.${cell.column}`)));
    return `<td class="value"${spans(cell)} data-cell="${escapeHtml(id)}">${text}</td>`;
  }
  const indent = cell.indent !== undefined && cell.indent > 1 ? ` indent-${cell.indent}` : '';
  // A label spanning several rows is a group (表三 三、本年度办理结果, （三）不予公开 …).
  const group = cell.role === 'label' && (cell.rowSpan ?? 1) > 1 ? ' group' : '';
  // Labels, headers and captions are header cells (th) for screen readers; units are data.
  const tag = cell.role === 'unit' || cell.role === 'none' ? 'td' : 'th';
  const className = `${cell.role}${group}${indent}`;
  const text = escapeHtml(cell.text);
  if (group === '') return `<${tag} class="${className}"${spans(cell)}>${text}</${tag}>`;
  return `<${tag} class="${className}"${spans(cell)} aria-label="${text}">${verticalText(cell.text)}</${tag}>`;
}

function renderRows(
  rows: readonly (readonly LayoutCell[])[],
  render: (cell: LayoutCell) => string,
): string {
  return rows.map((row) => `<tr>${row.map(render).join('')}</tr>`).join('\n');
}

function colgroup(widths: readonly number[]): string {
  const sum = widths.reduce((a, b) => a + b, 0);
  const cols = widths.map((w) => {
    const percent = Math.round((w / sum) * 100_000) / 1000;
    return `<col style="width:${percent}%">`;
  });
  return `<colgroup>${cols.join('')}</colgroup>`;
}

/**
 * One table of the report, drawn from its edition's layout: header rows in <thead> (Chromium
 * repeats them on every printed page), body rows in <tbody>, one per sub-table of a stacked
 * table (表二) so none leaves its caption behind. A table taller than a page whose label
 * column holds one tall group (表三) prints as two tables, the second on the next page with
 * the header and the group label repeated (see tableChunks.ts). '' when the document does not
 * include the table (the optional statistics table).
 */
export function renderTableHtml(doc: ReportDocument, tableId: TableId): string {
  const values = doc.tables[tableId];
  if (values === null) return '';
  const table = definitionOf(doc.format).tables[tableId];
  const kinds = kindsOf(table);
  const render = (cell: LayoutCell): string => renderCell(table, values, kinds, cell);
  const { header, body, columnWidths, columnCount } = table.layout;
  const thead = header.length > 0 ? `<thead>\n${renderRows(header, render)}\n</thead>\n` : '';
  return bodyPieces(body, columnCount)
    .map((piece, i) => {
      const tbodies = bodyBlocks(piece)
        .map((block) => `<tbody>\n${renderRows(block, render)}\n</tbody>`)
        .join('\n');
      const continued = i > 0 ? ' continued' : '';
      return [
        `<table class="form-table table-${tableId}${continued}">`,
        colgroup(columnWidths),
        `${thead}${tbodies}`,
        '</table>',
      ].join('\n');
    })
    .join('\n');
}
