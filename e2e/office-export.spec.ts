import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from '@playwright/test';
import { extractXlsx } from '../src/io/xlsx/readXlsx';
import { fixturePath, loadFixture } from './helpers/reports';
import { OfficeExportPage } from './pages/officeExportPage';

const BASE = '青溪县自然资源和规划局2021年政府信息公开工作年度报告';

test.describe('office exports in the browser', () => {
  test('Word, Excel and the 报送包 come out of the built app and read back', async ({ page }) => {
    const app = new OfficeExportPage(page);
    await app.open();
    await app.importFile(fixturePath('sample-2021'));
    const fixture = loadFixture('sample-2021');

    const docx = await app.exportOffice('导出 Word 文件（.docx）');
    expect(docx.name).toBe(`${BASE}.docx`);
    const word = strFromU8(unzipSync(docx.bytes)['word/document.xml'] ?? new Uint8Array());
    expect(word).toContain('三、收到和处理政府信息公开申请情况');
    expect(word).toContain('w:eastAsia="仿宋_GB2312"');

    // The browser build of exceljs writes a workbook that reads back cell for cell.
    const xlsx = await app.exportOffice('导出 Excel 表格（.xlsx）');
    expect(xlsx.name).toBe(`${BASE}.xlsx`);
    const read = await extractXlsx(xlsx.bytes);
    expect(read.problems).toEqual([]);
    expect(read.format).toBe('2021');
    const received = read.cells.find((c) => c.cell === 'applications.received.naturalPerson');
    expect(received?.value).toBe(fixture.tables.applications.received?.naturalPerson);

    const zip = await app.exportOffice('导出报送包（.zip）');
    expect(Object.keys(unzipSync(zip.bytes)).sort()).toEqual(
      [`${BASE}.docx`, `${BASE}.xlsx`, `${BASE}.html`, `${BASE}.json`, '检查结果.html'].sort(),
    );
  });

  test('复制网页片段到剪贴板 puts formatted HTML and plain text on the clipboard', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const app = new OfficeExportPage(page);
    await app.open();
    await app.importFile(fixturePath('sample-2021'));
    await app.copyFragment();
    const clip = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      if (item === undefined) return null;
      return {
        types: [...item.types].sort(),
        html: await (await item.getType('text/html')).text(),
        text: await (await item.getType('text/plain')).text(),
      };
    });
    expect(clip?.types).toEqual(['text/html', 'text/plain']);
    expect(clip?.html).toContain('<table');
    expect(clip?.html).not.toMatch(/<script|<style/);
    expect(clip?.text).toContain('青溪县自然资源和规划局2021年政府信息公开工作年度报告');
  });
});
