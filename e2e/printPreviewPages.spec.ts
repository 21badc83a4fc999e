import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { renderReportHtml } from '../src/io/html';
import { serializeReport } from '../src/io/json/exportJson';
import { asRestored, type RestoredDocument } from '../src/report/document';
import { pdfPageTexts, printHtmlToPdf, squeeze } from './helpers/pdf';
import { pdfPageTops, previewPageTops } from './helpers/pageTops';
import { loadFixture, type FixtureName } from './helpers/reports';
import { ExchangePage, type PrintPreviewModel } from './pages/exchangePage';

/**
 * The print preview shows the pages as Chromium prints them: for each report, the preview's
 * page boxes are compared with the PDF that page.pdf() makes of the same print HTML — the
 * same number of pages, the same first line on each, the page number under each.
 */

const FILLER =
  '本年度，本机关坚持以公开为常态、不公开为例外，围绕中心工作持续深化政务公开，进一步提升政府信息公开工作的规范化、标准化水平，切实保障人民群众的知情权、参与权、表达权和监督权。';

function withFiller(doc: RestoredDocument, paragraphs: number): RestoredDocument {
  const extra = Array.from({ length: paragraphs }, () => FILLER).join('\n');
  const overview = paragraphs === 0 ? doc.sections.overview : `${extra}\n${doc.sections.overview}`;
  return asRestored({ ...doc, sections: { ...doc.sections, overview } });
}

function reportFile(doc: RestoredDocument, name: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'nianbao-preview-')), `${name}.json`);
  writeFileSync(path, serializeReport(doc, { exportedAt: new Date(0), generator: 'nianbao e2e' }));
  return path;
}

async function printed(page: Page, doc: RestoredDocument, name: string): Promise<string> {
  const printPage = await page.context().newPage();
  const pdf = join(mkdtempSync(join(tmpdir(), 'nianbao-preview-pdf-')), `${name}.pdf`);
  await printHtmlToPdf(printPage, renderReportHtml(doc), pdf);
  await printPage.close();
  return pdf;
}

async function openPreview(
  page: Page,
  doc: RestoredDocument,
  name: string,
): Promise<PrintPreviewModel> {
  const app = new ExchangePage(page);
  await app.open();
  await app.importFile(reportFile(doc, name));
  return app.openPrintPreview();
}

const CASES: readonly { readonly fixture: FixtureName; readonly extra: number }[] = [
  { fixture: 'zhenhai-2020', extra: 0 },
  { fixture: 'sample-2021', extra: 0 },
  { fixture: 'zhenhai-2020', extra: 2 },
  { fixture: 'sample-2021', extra: 3 },
];

test.describe('the print preview shows the printed pages', () => {
  for (const { fixture, extra } of CASES) {
    test(`${fixture} with ${String(extra)} extra paragraphs: same pages as the PDF`, async ({
      page,
    }) => {
      const doc = withFiller(loadFixture(fixture), extra);
      const name = `${fixture}-${String(extra)}`;
      const pdf = await printed(page, doc, name);
      const pdfTops = pdfPageTops(pdf);
      const preview = await openPreview(page, doc, name);
      const tops = await previewPageTops(preview.pagesFrameElement);
      console.log(JSON.stringify({ name, pdfTops, tops }, null, 1));
      expect(tops).toHaveLength(pdfTops.length);
      expect(tops).toEqual(pdfTops);
      expect(pdfPageTexts(pdf).map(squeeze).length).toBe(tops.length);
    });
  }
});
