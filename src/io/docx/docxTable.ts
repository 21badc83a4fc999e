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

/** Cell padding in twips: 1 mm all round, close to the printable HTML's. */
const CELL_MARGIN = { top: 57, side: 57 } as const;

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

function cellParagraph(
  cell: PrintedCell,
  size: number,
  keepNext: boolean,
  width: number,
): Paragraph {
  const fontSize = cell.type === 'text' && cell.role === 'corner' ? SIZE.corner : size;
  // Indented statistics labels: one character per level beyond the first, as on screen.
  const indent = cell.type === 'text' && cell.indent > 1 ? cell.indent * fontSize * 10 : 0;
  // Characters that fit on a line: a CJK character is as wide as the font size (twips = 10 × half-points).
  const room = (width - 2 * CELL_MARGIN.side) / (fontSize * 10);
  const lines =
    cell.type === 'text' && cell.role === 'header' ? balanced(cell.text, room) : [cell.text];
  return new Paragraph({
    alignment: alignmentOf(cell),
    ...(indent > 0 ? { indent: { left: indent } } : {}),
    spacing: { line: 240, before: 0, after: 0 },
    keepNext,
    children: lines.map(
      (text, i) =>
        new TextRun({ text, font: FONT.body, size: fontSize, ...(i > 0 ? { break: 1 } : {}) }),
    ),
  });
}

/**
 * A header too wide for its column, broken into lines of even length (商业/企业, not 商业企/业),
 * as the printable HTML does with text-wrap: balance. `room` is in characters.
 */
function balanced(text: string, room: number): string[] {
  const chars = Array.from(text);
  const perLine = Math.max(1, Math.floor(room));
  if (chars.length <= perLine) return [text];
  const lineCount = Math.ceil(chars.length / perLine);
  const size = Math.ceil(chars.length / lineCount);
  const lines: string[] = [];
  for (let i = 0; i < chars.length; i += size) lines.push(chars.slice(i, i + size).join(''));
  return lines;
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
    children: [cellParagraph(cell, size, keepNext, width)],
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    // A vertical group label (三、本年度办理结果 …) is set top to bottom, characters upright.
    ...(vertical ? { textDirection: TextDirection.TOP_TO_BOTTOM_RIGHT_TO_LEFT } : {}),
    ...(cell.colSpan > 1 ? { columnSpan: cell.colSpan } : {}),
    ...(cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}),
    margins: {
      top: CELL_MARGIN.top,
      bottom: CELL_MARGIN.top,
      left: CELL_MARGIN.side,
      right: CELL_MARGIN.side,
    },
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
