import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { renderReportHtml } from '../src/io/html';
import { serializeReport } from '../src/io/json/exportJson';
import { definitionOf } from '../src/report/definition/editions';
import { asRestored, type RestoredDocument } from '../src/report/document';
import { printHtmlToPdf, squeeze } from './helpers/pdf';
import { pdfPageEnds, previewPageEnds } from './helpers/pageTops';
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

/**
 * Both sample reports as they are and with paragraphs added to 一 that move every later break
 * (4 on sample-2021 ends a page with a paragraph's last line overleaf, as Chromium prints a
 * three-line paragraph that cannot keep both orphans and widows). A sweep over 0–22 added
 * paragraphs matched too; these few stand for it.
 */
const CASES: readonly { readonly fixture: FixtureName; readonly extra: number }[] = (
  ['zhenhai-2020', 'sample-2021'] as const
).flatMap((fixture) => [0, 1, 2, 4].map((extra) => ({ fixture, extra })));

/** Every value of 表三 set to the largest whole number a report holds: each wraps to four
 * lines in its narrow column, so the table is taller than a page and must split. */
function withTallApplications(doc: RestoredDocument): RestoredDocument {
  const big = Number.MAX_SAFE_INTEGER;
  const applications = Object.fromEntries(
    Object.entries(doc.tables.applications).map(([row, cells]) => [
      row,
      Object.fromEntries(Object.keys(cells).map((column) => [column, big])),
    ]),
  );
  return asRestored({ ...doc, tables: { ...doc.tables, applications } });
}

async function expectSamePages(page: Page, doc: RestoredDocument, name: string) {
  const pdf = await printed(page, doc, name);
  const expected = pdfPageEnds(pdf);
  const preview = await openPreview(page, doc, name);
  await expect(preview.pages).toHaveCount(expected.length);
  await expect(preview.dialog.getByRole('heading', { level: 2 })).toContainText(
    `共 ${String(expected.length)} 页`,
  );
  const shown = await previewPageEnds(preview.pagesFrameElement);
  expect(shown.map((p) => p.first)).toEqual(expected.map((p) => p.first));
  expect(shown.map((p) => p.last)).toEqual(expected.map((p) => p.last));
  // The page number sits under each page, as printed.
  for (const [i, sheet] of (await preview.pages.all()).entries()) {
    await expect(sheet.locator('.nb-folio')).toHaveText(`— ${String(i + 1)} —`);
  }
  return { preview, pages: shown };
}

test.describe('the print preview shows the pages that print', () => {
  for (const { fixture, extra } of CASES) {
    test(`${fixture} with ${String(extra)} extra paragraphs: same pages as the PDF`, async ({
      page,
    }) => {
      const doc = withFiller(loadFixture(fixture), extra);
      await expectSamePages(page, doc, `${fixture}-${String(extra)}`);
    });
  }

  test('a long report whose 表三 is taller than a page: the continuation page repeats its header', async ({
    page,
  }) => {
    const doc = withTallApplications(withFiller(loadFixture('sample-2021'), 12));
    const { preview, pages } = await expectSamePages(page, doc, 'tall-applications');
    const def = definitionOf(doc.format);
    const part = def.parts.find((p) =>
      p.content.some((c) => c.kind === 'table' && c.id === 'applications'),
    );
    const header = def.tables.applications.layout.header
      .flat()
      .find((c) => c.type === 'text' && c.role === 'header' && (c.colSpan ?? 1) > 1);
    const heading = squeeze(part?.heading ?? '');
    const head = squeeze(header?.type === 'text' ? header.text : '');
    expect(heading).not.toBe('');
    expect(head).not.toBe('');
    // 表三 starts under its heading and does not fit on that page: the rows go on on the next
    // page, under the header rows printed again (the PDF agrees, checked above).
    const start = pages.findIndex((p) => p.first === heading);
    expect(start).toBeGreaterThan(0);
    expect(pages[start + 1]?.first).toBe(head);
    const next = preview.pages.nth(start + 1);
    await expect(next.locator('table.table-applications thead')).toBeVisible();
    await expect(next.locator('table.table-applications tbody tr').first()).toBeVisible();
    await expect(next).not.toContainText(part?.heading ?? '');

    // A paragraph split between two pages is shown on both, but read out once.
    const readable = preview.pagesFrame.locator('.nb-area > p.body:not([aria-hidden])', {
      hasText: FILLER,
    });
    await expect(readable).toHaveCount(12);
    await expect(
      preview.pagesFrame.locator('.nb-area > p.body', { hasText: FILLER }),
    ).not.toHaveCount(12);
  });
});

test.describe('moving through the pages', () => {
  test('PageDown / PageUp and 下一页 / 上一页 move a page, 第 n 页 follows; Esc closes', async ({
    page,
  }) => {
    const doc = loadFixture('sample-2021');
    const preview = await openPreview(page, doc, 'keys');
    const dialog = preview.dialog;
    const total = await preview.pages.count();
    expect(total).toBeGreaterThan(3);
    await expect(preview.pageIndicator).toHaveText('第 1 页');
    await expect(dialog.getByRole('button', { name: '上一页' })).toBeDisabled();

    await page.keyboard.press('PageDown');
    await expect(preview.pageIndicator).toHaveText('第 2 页');
    await page.keyboard.press('PageDown');
    await expect(preview.pageIndicator).toHaveText('第 3 页');
    await page.keyboard.press('PageUp');
    await expect(preview.pageIndicator).toHaveText('第 2 页');
    // The page shown is the one named: its top is at the top of the view.
    await expect(preview.pages.nth(1)).toBeInViewport({ ratio: 0.3 });

    await dialog.getByRole('button', { name: '下一页' }).click();
    await expect(preview.pageIndicator).toHaveText('第 3 页');
    await dialog.getByRole('button', { name: '上一页' }).click();
    await expect(preview.pageIndicator).toHaveText('第 2 页');

    // Keys work while the pages have the focus too; the last page stops 下一页.
    await preview.pagesFrame.locator('.nb-sheet').nth(1).click();
    for (let n = 3; n <= total; n += 1) {
      await page.keyboard.press('PageDown');
      await expect(preview.pageIndicator).toHaveText(`第 ${String(n)} 页`);
    }
    await page.keyboard.press('PageDown');
    await expect(preview.pageIndicator).toHaveText(`第 ${String(total)} 页`);
    await expect(dialog.getByRole('button', { name: '下一页' })).toBeDisabled();

    // A zoom keeps the page in view.
    await dialog.getByRole('combobox', { name: '缩放' }).selectOption({ label: '整页' });
    await expect(preview.pages.nth(total - 1)).toBeInViewport({ ratio: 0.9 });
    await expect(preview.pageIndicator).toHaveText(`第 ${String(total)} 页`);

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('nothing in a report runs in the pages frame either', async ({ page }) => {
    const SCRIPT = '<script>window.__pwned=1</script>';
    const ATTRIBUTE = '"><img src=x onerror="window.__pwned=1">';
    const base = loadFixture('sample-2021');
    const doc = asRestored({
      ...base,
      sections: { ...base.sections, overview: `（一）${SCRIPT}\n${ATTRIBUTE}` },
    });
    const preview = await openPreview(page, doc, 'hostile');
    const facts = await preview.pagesFrameElement.evaluate((frame: HTMLIFrameElement) => {
      const inner = frame.contentDocument;
      const win = frame.contentWindow;
      return {
        sandbox: frame.getAttribute('sandbox'),
        pwned: win === null ? 'no window' : (Reflect.get(win, '__pwned') as unknown),
        scripts: inner?.querySelectorAll('script').length,
        images: inner?.querySelectorAll('img').length,
        text: inner?.body.textContent ?? '',
      };
    });
    expect(facts.sandbox).toBe('allow-same-origin');
    expect(facts.pwned).toBeUndefined();
    expect(facts.scripts).toBe(0);
    expect(facts.images).toBe(0);
    expect(facts.text).toContain(SCRIPT);
    expect(facts.text).toContain(ATTRIBUTE);
    expect(await page.evaluate((): unknown => Reflect.get(window, '__pwned'))).toBeUndefined();
  });
});
