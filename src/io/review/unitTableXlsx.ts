import type { TableCell } from './unitTable';

/** The unit table as an .xlsx workbook (exceljs, loaded only when asked for). */
export async function toXlsx(
  header: readonly string[],
  rows: readonly (readonly TableCell[])[],
): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('各单位年度报告');
  sheet.addRow([...header]);
  for (const row of rows) sheet.addRow([...row]);
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  header.forEach((h, i) => {
    sheet.getColumn(i + 1).width = Math.max(8, Math.min(40, h.length * 2 + 4));
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
