import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { definitionOf, TABLE_IDS } from '../../report/definition/editions';
import type { RestoredDocument } from '../../report/document';
import { moneyToNumber } from '../../report/money';
import type { ExtractedReport } from '../import/types';
import { distinctReport, fixtureReport } from '../../../testing/reports';
import { extractXlsx } from './readXlsx';
import { renderXlsx } from './writeXlsx';
import { importProblemMessage } from '../import/importProblemMessages';
import { ImportRefusal } from '../import/problemCodes';

const META = { exportedAt: new Date('2026-01-20T09:30:00Z'), generator: 'nianbao test' };

/** Every input cell of the document as the contract value (money in 万元), keyed by cell id. */
function expectedCells(doc: RestoredDocument): Map<string, number | null> {
  const def = definitionOf(doc.format);
  const cells = new Map<string, number | null>();
  for (const tableId of TABLE_IDS) {
    const values = doc.tables[tableId];
    if (values === null) continue;
    for (const row of def.tables[tableId].rows) {
      if (row.computed === true) continue;
      for (const column of row.columns) {
        if (column.computed === true) continue;
        const value = values[row.id]?.[column.id] ?? null;
        cells.set(
          `${tableId}.${row.id}.${column.id}`,
          value !== null && column.kind === 'money' ? moneyToNumber(value) : value,
        );
      }
    }
  }
  return cells;
}

const readCells = (report: ExtractedReport): Map<string, number | null> =>
  new Map(report.cells.map((c) => [c.cell, c.value]));

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  const data: ArrayBuffer = bytes.slice().buffer;
  await workbook.xlsx.load(data);
  return workbook;
}

async function save(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('XLSX written and read back', () => {
  it.each([
    ['distinct 2021', distinctReport('2021')],
    ['distinct 2019', distinctReport('2019')],
    ['zhenhai-2020', fixtureReport('zhenhai-2020')],
    ['sample-2021', fixtureReport('sample-2021')],
  ])('gives the same tables (%s)', async (_name, doc) => {
    const report = await extractXlsx(await renderXlsx(doc, META));
    expect(report.problems).toEqual([]);
    expect(report.format).toBe(doc.format);
    expect(report.agency).toBe(doc.agency);
    expect(report.year).toBe(doc.year);
    expect(report.hasDisclosureStats).toBe(doc.tables.disclosureStats !== null);
    expect(readCells(report)).toEqual(expectedCells(doc));
    expect(report.cells.every((c) => c.status === 'read')).toBe(true);
  });

  it('writes the same bytes for the same report and time', async () => {
    const doc = distinctReport('2021');
    expect(await renderXlsx(doc, META)).toEqual(await renderXlsx(doc, META));
  });

  it('lays the sheets out like the form: numbers, live totals, merged headers, hidden ids', async () => {
    const doc = distinctReport('2021');
    const workbook = await load(await renderXlsx(doc, META));
    const def = definitionOf('2021');
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      ...TABLE_IDS.map((id) => def.tables[id].shortName),
      'nianbao',
    ]);
    expect(workbook.getWorksheet('nianbao')?.state).toBe('hidden');
    const sheet = workbook.getWorksheet(def.tables.applications.shortName);
    if (sheet === undefined) throw new Error('no 表三 sheet');
    // Row 2 starts the printed header: the corner note spans 3 columns and 3 rows.
    expect(sheet.getCell('A2').value).toBe(
      def.tables.applications.layout.header[0]?.[0]?.type === 'text'
        ? def.tables.applications.layout.header[0][0].text
        : '',
    );
    expect(sheet.getCell('C4').isMerged).toBe(true);
    // First body row (一、本年新收…): six numbers, then the 总计 as a SUM formula with its result.
    expect(sheet.getCell('D5').value).toBe(doc.tables.applications.received?.naturalPerson);
    expect(sheet.getCell('J5').value).toEqual({
      formula: 'SUM(D5,E5,F5,G5,H5,I5)',
      result: doc.tables.applications.received?.total,
    });
    const money = workbook.getWorksheet(def.tables.proactive.shortName);
    const fee = doc.tables.proactive.fees?.amount ?? null;
    expect(fee).not.toBeNull();
    const values = money?.getSheetValues().flat() ?? [];
    expect(values).toContain(moneyToNumber(fee ?? 0));
  });

  it('reads a moved row by its label and says the layout changed', async () => {
    const doc = distinctReport('2021');
    const workbook = await load(await renderXlsx(doc, META));
    const sheet = workbook.getWorksheet(definitionOf('2021').tables.review.shortName);
    if (sheet === undefined) throw new Error('no 表四 sheet');
    sheet.spliceRows(2, 0, ['本表由办公室填写']);
    const report = await extractXlsx(await save(workbook));
    expect(readCells(report)).toEqual(expectedCells(doc));
    expect(report.problems.map((p) => p.code)).toEqual(['xlsx.layoutChanged']);
  });
});

describe('a 主管部门 template read by its official labels', () => {
  /** Rows in another order, full labels in one column, half-width brackets, 表四 as rows. */
  async function template(): Promise<Uint8Array> {
    const def = definitionOf('2021');
    const workbook = new ExcelJS.Workbook();
    const apps = workbook.addWorksheet('申请情况');
    apps.addRow(['2022年度依申请公开情况统计表']);
    apps.addRow(['项目', ...(def.tables.applications.rows[0]?.columns ?? []).map((c) => c.label)]);
    const rows = [...def.tables.applications.rows].reverse();
    rows.forEach((row, i) => {
      const label = row.label.replace(/（/g, '(').replace(/）/g, ')');
      apps.addRow([label, ...[1, 2, 3, 4, 5, 6].map((n) => 100 * i + n), '']);
    });
    const review = workbook.addWorksheet('复议诉讼');
    review.addRow(['', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计']);
    review.addRow(['复议后起诉', 31, 32, 33, 34, 130]);
    review.addRow(['行政复议', 11, 12, 13, 14, 50]);
    review.addRow(['未经复议直接起诉', '21件', '22', '—', '', 67]);
    const proactive = workbook.addWorksheet('主动公开');
    proactive.addRow(['第二十条第(六)项']);
    proactive.addRow(['信息内容', '本年处理决定数量']);
    proactive.addRow(['行政强制', 7]);
    proactive.addRow(['行政处罚', 6]);
    proactive.addRow(['第二十条第(一)项']);
    proactive.addRow(['信息内容', '本年制发件数', '本年废止件数', '现行有效件数']);
    proactive.addRow(['行政规范性文件', 4, 0, 9]);
    proactive.addRow(['规章', 'abc', 1, 2]);
    return save(workbook);
  }

  it('finds every cell whatever the order of rows and columns', async () => {
    const report = await extractXlsx(await template());
    expect(report.format).toBe('2021');
    const cells = readCells(report);
    const rows = [...definitionOf('2021').tables.applications.rows].reverse();
    rows.forEach((row, i) => {
      if (row.computed === true) return;
      expect(cells.get(`applications.${row.id}.naturalPerson`)).toBe(100 * i + 1);
      expect(cells.get(`applications.${row.id}.otherOrg`)).toBe(100 * i + 6);
    });
    expect(cells.get('review.reconsideration.upheld')).toBe(11);
    expect(cells.get('review.litigationAfterReconsideration.pending')).toBe(34);
    expect(cells.get('review.litigationDirect.upheld')).toBe(21);
    expect(cells.get('review.litigationDirect.other')).toBeNull();
    expect(cells.get('proactive.penalty.decisions')).toBe(6);
    expect(cells.get('proactive.enforcement.decisions')).toBe(7);
    expect(cells.get('proactive.normativeDocs.inForce')).toBe(9);
    expect(cells.get('proactive.rules.repealed')).toBe(1);
  });

  it('leaves what it cannot read blank and says where, in the importer’s words', async () => {
    const report = await extractXlsx(await template());
    const rules = report.cells.find((c) => c.cell === 'proactive.rules.issued');
    expect(rules).toEqual({
      cell: 'proactive.rules.issued',
      value: null,
      status: 'notFound',
      source: 'abc',
    });
    const fees = report.cells.find((c) => c.cell === 'proactive.fees.amount');
    expect(fees?.status).toBe('notFound');
    const messages = report.problems.map((p) => [p.code, importProblemMessage(p, '2021')]);
    expect(messages).toContainEqual([
      'cell.unreadable',
      '表二「第二十条第（一）项 规章」行「本年制发件数」列的内容“abc”不是数字，未导入，请对照原文填写',
    ]);
    expect(messages).toContainEqual([
      'cell.none',
      '表四「行政诉讼·未经复议直接起诉」行「其他结果」列原文为“—”，按空白导入（空白不等于 0）',
    ]);
    expect(report.hasDisclosureStats).toBe(false);
  });

  it('refuses a file that is not a workbook, or has no report tables, with a reason', async () => {
    await expect(extractXlsx(new TextEncoder().encode('not a zip'))).rejects.toBeInstanceOf(
      ImportRefusal,
    );
    const refusal = await extractXlsx(new TextEncoder().encode('not a zip')).then(
      () => null,
      (error: unknown) => (error instanceof ImportRefusal ? error.problem : null),
    );
    expect(refusal && importProblemMessage(refusal, null)).toBe(
      '这不是有效的 Excel（.xlsx）文件，或文件已损坏，无法导入',
    );
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1').addRow(['姓名', '电话']);
    const unrelated = await extractXlsx(await save(workbook));
    expect(unrelated.cells).toEqual([]);
    expect(unrelated.problems.map((p) => p.code)).toEqual(['file.notReport']);
  });
});
