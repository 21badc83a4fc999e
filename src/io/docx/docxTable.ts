import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextDirection,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { TableId } from '../../report/definition/types';
import type { PrintedCell, PrintedTable } from '../model/printedTable';
import { FONT, SIZE, TEXT_WIDTH } from './geometry';

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const BORDERS = {
  top: BORDER,
  bottom: BORDER,
  left: BORDER,
  right: BORDER,
  insideHorizontal: BORDER,
  insideVertical: BORDER,
} as const;

/** 表三 and 表四 have many narrow columns: 五号 (10.5 pt) as in the printable HTML. */
const DENSE: ReadonlySet<TableId> = new Set<TableId>(['applications', 'review']);

/** Grid column widths in twips, filling the 版心 exactly. */
function twipWidths(relative: readonly number[]): number[] {
  const sum = relative.reduce((a, b) => a + b, 0);
  const widths = relative.map((w) => Math.floor((w / sum) * TEXT_WIDTH));
  const rest = TEXT_WIDTH - widths.reduce((a, b) => a + b, 0);
  const last = widths.length - 1;
  widths[last] = (widths[last] ?? 0) + rest;
  return widths;
}

function alignmentOf(cell: PrintedCell) {
  if (cell.type === 'value') return AlignmentType.CENTER;
  if (cell.role === 'label' && !cell.vertical) return AlignmentType.LEFT;
  if (cell.role === 'corner') return AlignmentType.LEFT;
  return AlignmentType.CENTER;
}

function cellParagraph(cell: PrintedCell, size: number, keepNext: boolean): Paragraph {
  const fontSize = cell.type === 'text' && cell.role === 'corner' ? SIZE.corner : size;
  // Indented statistics labels: one character per level beyond the first, as on screen.
  const indent = cell.type === 'text' && cell.indent > 1 ? cell.indent * fontSize * 10 : 0;
  return new Paragraph({
    alignment: alignmentOf(cell),
    ...(indent > 0 ? { indent: { left: indent } } : {}),
    spacing: { line: 240, before: 0, after: 0 },
    keepNext,
    children: [new TextRun({ text: cell.text, font: FONT.body, size: fontSize })],
  });
}

function docxCell(
  cell: PrintedCell,
  size: number,
  widths: readonly number[],
  keepNext: boolean,
): TableCell {
  const width = widths
    .slice(cell.gridColumn, cell.gridColumn + cell.colSpan)
    .reduce((a, b) => a + b, 0);
  const vertical = cell.type === 'text' && cell.vertical;
  return new TableCell({
    children: [cellParagraph(cell, size, keepNext)],
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    // A vertical group label (三、本年度办理结果 …) is set top to bottom, characters upright.
    ...(vertical ? { textDirection: TextDirection.TOP_TO_BOTTOM_RIGHT_TO_LEFT } : {}),
    ...(cell.colSpan > 1 ? { columnSpan: cell.colSpan } : {}),
    ...(cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}),
    margins: { top: 40, bottom: 40, left: 57, right: 57 },
  });
}

/**
 * One official table as a Word table: the layout's spans become gridSpan / vMerge (the docx
 * library continues a row span into the rows below), header rows repeat on every page, and no
 * row is split across pages.
 */
export function docxTable(printed: PrintedTable): Table {
  const size = DENSE.has(printed.table.id) ? SIZE.denseTable : SIZE.table;
  const widths = twipWidths(printed.columnWidths);
  // A row of captions or headers only (表二's 第二十条第（…）项 and 信息内容 rows) keeps with the
  // row below it, so a sub-table never starts with its caption alone at the foot of a page.
  const row = (cells: readonly PrintedCell[], header: boolean): TableRow =>
    new TableRow({
      children: cells.map((cell) =>
        docxCell(
          cell,
          size,
          widths,
          cells.every((c) => c.type === 'text'),
        ),
      ),
      cantSplit: true,
      ...(header ? { tableHeader: true } : {}),
    });
  return new Table({
    rows: [
      ...printed.headerRows.map((cells) => row(cells, true)),
      ...printed.bodyRows.map((cells) => row(cells, false)),
    ],
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
  });
}
