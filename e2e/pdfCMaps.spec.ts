import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import {
  CID_PDF_AGENCY,
  CID_PDF_CARRIED_OVER,
  CID_PDF_RECEIVED,
  CID_PDF_YEAR,
} from '../testing/cidPdf';
import { waitForServiceWorkerControl } from './helpers/serviceWorker';
import { LibraryPage } from './pages/draftsPage';
import { ImportPage } from './pages/importPage';
import { ReviewPage } from './pages/reviewPage';

/**
 * A PDF whose text is in a non-embedded CID font over a predefined CMap (iText's STSong-Light
 * with /UniGB-UCS2-H, as government systems write them) has text only through pdf.js's CMaps.
 * The app serves the Chinese ones itself (build/pdfjsCMaps.ts) and precaches them, so such a
 * PDF is read in the browser, offline too, and nothing is fetched from elsewhere.
 */
const CID_PDF = fileURLToPath(new URL('../fixtures/import/cid-unigb.pdf', import.meta.url));

/** Requests of the page (and its workers) to anywhere but the app itself. */
function watchOtherOrigins(page: Page, baseURL: string | undefined): string[] {
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(baseURL ?? '') && !url.startsWith('blob:') && !url.startsWith('data:'))
      elsewhere.push(url);
  });
  return elsewhere;
}

/** Imports the PDF through 导入 and checks the review read its title and 表三's first row. */
async function importCidPdf(page: Page): Promise<void> {
  const importer = new ImportPage(page);
  await importer.openDialog();
  await importer.chooseFile(CID_PDF);
  const review = importer.review;
  await review.waitBuilt();
  await expect(review.facts).toContainText('PDF 文件');
  await expect(review.facts).toContainText(CID_PDF_AGENCY);
  await expect(review.facts).toContainText(`${String(CID_PDF_YEAR)}年`);
  await expect(review.cell('applications.received.naturalPerson')).toHaveText(
    String(CID_PDF_RECEIVED[0]),
  );
  await expect(review.cell('applications.received.total')).toHaveText(String(CID_PDF_RECEIVED[6]));
  await expect(review.cell('applications.carriedOver.total')).toHaveText(
    String(CID_PDF_CARRIED_OVER[6]),
  );
  await review.dialog.getByRole('button', { name: '取消' }).click();
  await expect(review.dialog).toBeHidden();
}

test.describe('PDF in a CID font with a predefined CMap (STSong-Light, UniGB-UCS2-H)', () => {
  test('imported through 导入: the CMaps come from the app’s own origin', async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const elsewhere = watchOtherOrigins(page, baseURL);
    const cMaps: string[] = [];
    page.on('requestfinished', (request) => {
      const url = new URL(request.url());
      if (url.pathname.endsWith('.bcmap')) cMaps.push(`${url.origin}${url.pathname}`);
    });
    await new LibraryPage(page).open();
    await importCidPdf(page);
    // The code → CID map the font names, and CID → Unicode for Adobe-GB1.
    const origin = new URL(baseURL ?? '').origin;
    expect(cMaps).toEqual(
      expect.arrayContaining([
        `${origin}/pdfjs/cmaps/UniGB-UCS2-H.bcmap`,
        `${origin}/pdfjs/cmaps/Adobe-GB1-UCS2.bcmap`,
      ]),
    );
    expect(elsewhere).toEqual([]);
  });

  test('read in 汇总审核 too (pdf.js inside the review’s Web Worker)', async ({ page }) => {
    test.setTimeout(120_000);
    const review = new ReviewPage(page);
    await review.open();
    await page.getByLabel('选择报告文件').setInputFiles(CID_PDF);
    await review.waitForRead(1);
    expect(await review.listedAgencies()).toEqual([CID_PDF_AGENCY]);
  });

  test('after one visit the PDF imports with the network off (the CMaps are precached)', async ({
    page,
    context,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const elsewhere = watchOtherOrigins(page, baseURL);
    const library = new LibraryPage(page);
    await library.open();
    await waitForServiceWorkerControl(page);
    await context.setOffline(true);
    await page.reload();
    // The app itself now comes from the service worker's cache.
    await expect(page.getByRole('button', { name: '新建报告' })).toBeVisible();
    await importCidPdf(page);
    expect(elsewhere).toEqual([]);
  });
});
