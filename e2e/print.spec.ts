import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { renderReportHtml } from '../src/io/html';
import { findInPieces, pdfInfo, pdfPageTexts, printHtmlToPdf, squeeze } from './helpers/pdf';
import {
  fixturePath,
  layoutLabels,
  loadFixture,
  partBounds,
  type FixtureName,
} from './helpers/reports';
import { ExchangePage } from './pages/exchangePage';

const FIXTURES: readonly FixtureName[] = ['zhenhai-2020', 'sample-2021'];

// A printed table wraps long labels in their cells and repeats its header on a new page; a
// vertical group label may continue on the next page after the page number and that header.
const WRAPPED = { minPiece: 2, maxGap: 60 };
const VERTICAL = { minPiece: 1, maxGap: 160 };

test.describe('printing to PDF', () => {
  for (const name of FIXTURES) {
    test(`${name}: A4, page numbers “— n —”, every table label in the text`, async ({ page }) => {
      const doc = loadFixture(name);
      const pdf = join(mkdtempSync(join(tmpdir(), 'nianbao-print-')), `${name}.pdf`);
      await printHtmlToPdf(page, renderReportHtml(doc), pdf);

      const info = pdfInfo(pdf);
      // 210 × 297 mm = 595.28 × 841.89 pt; Chromium rounds to whole pixels (594.96 × 841.92).
      expect(info.pageSize).toMatch(/ pts \(A4\)$/);
      const [width = 0, height = 0] = info.pageSize.split(/ x | pts/).map(Number);
      expect(Math.abs(width - 595.28)).toBeLessThan(1);
      expect(Math.abs(height - 841.89)).toBeLessThan(1);
      expect(info.pages).toBeGreaterThan(3);

      const pages = pdfPageTexts(pdf);
      expect(pages).toHaveLength(info.pages);
      pages.forEach((text, i) => {
        // GB/T 9704 7.5: “— 1 —” under the text block; pdftotext drops the thin spaces.
        expect(text, `page ${String(i + 1)}`).toMatch(new RegExp(`—\\s*${String(i + 1)}\\s*—`));
      });

      const all = squeeze(pages.join('\n'));
      expect(all).toContain(squeeze(doc.title ?? ''));
      const missing: string[] = [];
      const pieced: string[] = [];
      for (const label of layoutLabels(doc)) {
        // Each table's labels are looked for in its own part only (heading to next heading).
        const { heading, next } = partBounds(doc, label.table);
        const start = all.indexOf(squeeze(heading));
        const end = next === null ? all.length : all.indexOf(squeeze(next), start);
        expect(start, heading).toBeGreaterThanOrEqual(0);
        const region = all.slice(start, end);
        const wanted = squeeze(label.text);
        if (region.includes(wanted)) continue;
        if (findInPieces(region, wanted, label.vertical ? VERTICAL : WRAPPED)) pieced.push(wanted);
        else missing.push(`${label.table}: ${label.text}`);
      }
      expect(missing, 'table labels not in the PDF text').toEqual([]);
      // Pieces are only for labels that are long enough to wrap, and for vertical groups.
      for (const text of pieced) expect(text.length, text).toBeGreaterThanOrEqual(4);
    });
  }

  test('the piecewise label search finds wrapped text and nothing else', () => {
    const printed = squeeze(`
      一、本年新收政府信息公开申 0 0 0 0 0 0 0
      请数量
      三 （一）予以公开 0 0 0
      、
      本 （二）部分公开（区分处`);
    expect(findInPieces(printed, '一、本年新收政府信息公开申请数量', WRAPPED)).toBe(true);
    expect(findInPieces(printed, '三、本', VERTICAL)).toBe(true);
    // Single characters spread over the text do not make a wrapped label.
    expect(findInPieces(printed, '三本请', WRAPPED)).toBe(false);
    // Order matters, and a gap longer than allowed breaks the sequence.
    expect(findInPieces(printed, '请数量一、本年', WRAPPED)).toBe(false);
    expect(findInPieces(printed, '一、本部分公开', { minPiece: 2, maxGap: 5 })).toBe(false);
  });

  test('the in-app print preview shows exactly the HTML that is printed', async ({ page }) => {
    const exchange = new ExchangePage(page);
    await exchange.open();
    await exchange.importFile(fixturePath('sample-2021'));
    const preview = await exchange.openPrintPreview();
    await expect(preview.dialog.getByRole('heading', { level: 2 })).toContainText(
      '青溪县自然资源和规划局2021年政府信息公开工作年度报告',
    );
    expect(await preview.srcdoc()).toBe(renderReportHtml(loadFixture('sample-2021')));
    await expect(preview.frame.locator('h1.title')).toContainText('青溪县自然资源和规划局');
  });
});
