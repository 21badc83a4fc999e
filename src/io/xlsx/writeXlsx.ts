import ExcelJS from 'exceljs';
import { titleOf, type ReportDocument } from '../../report/document';
import { moneyToNumber } from '../../report/money';
import type { ExportMeta } from '../json/exportJson';
import { printedTable, type PrintedCell, type PrintedTable } from '../model/printedTable';
import { reportBlocks } from '../model/reportBlocks';
import { restampZip } from '../zip/stableZip';
import { MAP_HEADER, MAP_KEYS, MAP_SHEET, MAP_TYPE, MAP_VERSION } from './cellMap';

type Worksheet = ExcelJS.Worksheet;

const THIN = { style: 'thin', color: { argb: 'FF000000' } } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN } as const;
const FONT = { name: '仿宋_GB2312', size: 11 } as const;
const TITLE_FONT = { name: '黑体', size: 14 } as const;
/** Excel column widths are in characters of the default font; a sheet is about 90 wide. */
const SHEET_WIDTH = 90;
/** The table starts under its title row. */
const FIRST_ROW = 2;

function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

const addressOf = (cell: PrintedCell): string =>
  `${columnLetter(cell.gridColumn)}${String(cell.gridRow + FIRST_ROW)}`;

/** Width in Excel characters: a CJK character takes two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) < 0x2e80 ? 1 : 2;
  return width;
}

/** Totals as live formulas (=SUM of the cells the definition adds up), with the stored result. */
function formulasOf(printed: PrintedTable, addresses: ReadonlyMap<string, string>) {
  const formulas = new Map<string, string>();
  for (const f of printed.table.formulas) {
    const target = `${f.target.row}.${f.target.column}`;
    const terms = f.terms.map((t) => addresses.get(`${t.row}.${t.column}`));
    if (formulas.has(target) || terms.some((t) => t === undefined)) continue;
    formulas.set(target, `SUM(${terms.join(',')})`);
  }
  return formulas;
}

function writeCell(
  sheet: Worksheet,
  cell: PrintedCell,
  formulas: ReadonlyMap<string, string>,
): void {
  const target = sheet.getCell(addressOf(cell));
  if (cell.type === 'text') {
    target.value = cell.text;
  } else {
    const number =
      cell.value === null ? null : cell.kind === 'money' ? moneyToNumber(cell.value) : cell.value;
    const formula = formulas.get(`${cell.row}.${cell.column}`);
    if (formula !== undefined) {
      target.value = number === null ? { formula } : { formula, result: number };
    } else if (number !== null) {
      target.value = number;
    }
  }
  const vertical = cell.type === 'text' && cell.vertical;
  const left = cell.type === 'text' && (cell.role === 'label' || cell.role === 'corner');
  target.alignment = {
    vertical: 'middle',
    horizontal: left && !vertical ? 'left' : 'center',
    wrapText: true,
    ...(vertical ? { textRotation: 'vertical' as const } : {}),
    ...(cell.type === 'text' && cell.indent > 1 ? { indent: cell.indent - 1 } : {}),
  };
  target.font = FONT;
  if (cell.rowSpan > 1 || cell.colSpan > 1) {
    const bottom = cell.gridRow + FIRST_ROW + cell.rowSpan - 1;
    const right = cell.gridColumn + cell.colSpan;
    sheet.mergeCells(cell.gridRow + FIRST_ROW, cell.gridColumn + 1, bottom, right);
  }
  // Every grid slot of a merged range needs its own border for Excel to draw the whole box.
  for (let r = 0; r < cell.rowSpan; r += 1) {
    for (let c = 0; c < cell.colSpan; c += 1) {
      sheet.getCell(cell.gridRow + FIRST_ROW + r, cell.gridColumn + 1 + c).border = BORDER;
    }
  }
}

/** Rows tall enough for their wrapped labels (Excel does not measure text on load). */
function setRowHeights(sheet: Worksheet, printed: PrintedTable, widths: readonly number[]): void {
  for (const row of [...printed.headerRows, ...printed.bodyRows]) {
    let lines = 1;
    for (const cell of row) {
      if (cell.type !== 'text' || cell.vertical || cell.rowSpan > 1) continue;
      const width = widths.slice(cell.gridColumn, cell.gridColumn + cell.colSpan);
      const room = Math.max(2, width.reduce((a, b) => a + b, 0) - 1);
      lines = Math.max(lines, Math.ceil(displayWidth(cell.text) / room));
    }
    const first = row[0];
    if (first !== undefined) sheet.getRow(first.gridRow + FIRST_ROW).height = 6 + 15 * lines;
  }
}

function writeTableSheet(
  workbook: ExcelJS.Workbook,
  printed: PrintedTable,
  map: (readonly [string, string, string])[],
): void {
  const { table } = printed;
  const sheet = workbook.addWorksheet(table.shortName, {
    pageSetup: {
      // 9 = A4. ExcelJS.PaperSize is a const enum, which isolated modules cannot read.
      // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment
      paperSize: 9 as ExcelJS.PaperSize,
      orientation: printed.columnCount > 10 ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      ...(printed.headerRows.length > 0
        ? {
            printTitlesRow: `${String(FIRST_ROW)}:${String(FIRST_ROW + printed.headerRows.length - 1)}`,
          }
        : {}),
    },
    views: [{ state: 'normal', showGridLines: false }],
  });
  const sum = printed.columnWidths.reduce((a, b) => a + b, 0);
  const widths = printed.columnWidths.map((w) => Math.max(4, Math.round((w / sum) * SHEET_WIDTH)));
  widths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  sheet.mergeCells(1, 1, 1, printed.columnCount);
  const title = sheet.getCell(1, 1);
  title.value = table.title;
  title.font = TITLE_FONT;
  title.alignment = { vertical: 'middle', horizontal: 'left' };
  sheet.getRow(1).height = 28;

  const cells = [...printed.headerRows, ...printed.bodyRows].flat();
  const addresses = new Map<string, string>();
  for (const cell of cells) {
    if (cell.type === 'value') addresses.set(`${cell.row}.${cell.column}`, addressOf(cell));
  }
  const formulas = formulasOf(printed, addresses);
  for (const cell of cells) {
    writeCell(sheet, cell, formulas);
    if (cell.type === 'value') map.push([cell.id, table.shortName, addressOf(cell)]);
  }
  setRowHeights(sheet, printed, widths);
}

function writeMapSheet(
  workbook: ExcelJS.Workbook,
  doc: ReportDocument,
  map: readonly (readonly [string, string, string])[],
): void {
  const sheet = workbook.addWorksheet(MAP_SHEET, { state: 'hidden' });
  sheet.addRows([
    [MAP_KEYS.type, MAP_TYPE],
    [MAP_KEYS.version, MAP_VERSION],
    [MAP_KEYS.format, doc.format],
    [MAP_KEYS.agency, doc.agency],
    [MAP_KEYS.year, doc.year],
    [MAP_KEYS.title, titleOf(doc)],
    [...MAP_HEADER],
    ...map.map((entry) => [...entry]),
  ]);
}

/**
 * The report's tables as a workbook: one sheet per table in print order (表二, 表三, 表四 and
 * the optional statistics table), laid out like the printed form with merged headers, numbers
 * as numbers, totals as formulas, and a hidden sheet of contract cell ids for reading it back.
 */
export async function renderXlsx(doc: ReportDocument, meta: ExportMeta): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = meta.generator;
  workbook.lastModifiedBy = meta.generator;
  workbook.title = titleOf(doc);
  workbook.created = meta.exportedAt;
  workbook.modified = meta.exportedAt;
  const map: (readonly [string, string, string])[] = [];
  for (const block of reportBlocks(doc)) {
    if (block.kind !== 'table') continue;
    const printed = printedTable(doc, block.table);
    if (printed !== null) writeTableSheet(workbook, printed, map);
  }
  writeMapSheet(workbook, doc, map);
  const buffer = await workbook.xlsx.writeBuffer();
  return restampZip(new Uint8Array(buffer), meta.exportedAt);
}
