import { describe, expect, it } from 'vitest';
import { toCsv } from './unitTableCsv';
import { toXlsx } from './unitTableXlsx';

describe('unit table exports', () => {
  it('writes CSV with a BOM, CRLF, quoting and no formula injection', () => {
    const csv = toCsv([
      ['文件', '机关', '错误'],
      ['a,b.json', '=HYPERLINK("x")', 3],
      ['c.json', '甲局', null],
    ]);
    expect(csv.startsWith('\uFEFF文件,机关,错误\r\n')).toBe(true);
    expect(csv).toContain('"a,b.json","\'=HYPERLINK(""x"")",3\r\n');
    expect(csv.endsWith('c.json,甲局,\r\n')).toBe(true);
  });

  it('writes an xlsx workbook that reads back', async () => {
    const bytes = await toXlsx(['机关', '错误'], [['甲局', 2]]);
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer as ArrayBuffer);
    const sheet = wb.worksheets[0];
    expect(sheet?.getRow(2).getCell(1).value).toBe('甲局');
    expect(sheet?.getRow(2).getCell(2).value).toBe(2);
  });
});
