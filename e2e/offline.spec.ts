import { expect, test } from '@playwright/test';
import {
  applicationsCell,
  checkPrintPreview,
  createBlankReport,
  expectLibrary,
  expectSaved,
  openDraft,
  RECEIVED_NATURAL_PERSON,
  reportTitle,
  typeIntoApplications,
} from './helpers/draftJourney';
import { waitForServiceWorkerControl } from './helpers/serviceWorker';

const AGENCY = '离线测试局';
const YEAR = 2023;
const TITLE = reportTitle(AGENCY, YEAR);

test.describe('offline', () => {
  test('after one visit the whole app works with the network off', async ({ page, context }) => {
    await page.goto('/');
    await expectLibrary(page);
    await waitForServiceWorkerControl(page);
    await createBlankReport(page, AGENCY, YEAR);
    await expectSaved(page);

    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('banner').getByRole('heading', { level: 1 })).toHaveText(TITLE);
    await expect(page.getByTestId('offline-indicator')).toHaveText('离线');
    await page.getByRole('button', { name: '← 报告列表' }).click();
    await expectLibrary(page);

    await openDraft(page, TITLE);
    await typeIntoApplications(page, RECEIVED_NATURAL_PERSON, '12');
    await expectSaved(page);
    await checkPrintPreview(page, TITLE);

    // Still offline, the edit survives a reload (it is in IndexedDB, the app in the cache).
    await page.reload();
    await expect(page.getByRole('banner').getByRole('heading', { level: 1 })).toHaveText(TITLE);
    await expect(await applicationsCell(page, RECEIVED_NATURAL_PERSON)).toHaveValue('12');
  });

  test('every file of the build is precached, the schema and the icons included', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForServiceWorkerControl(page);
    const cached = await page.evaluate(async () => {
      const paths: string[] = [];
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) paths.push(new URL(request.url).pathname);
      }
      return paths;
    });
    const loaded = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name))
        .filter((url) => url.origin === location.origin && url.pathname.startsWith('/assets/'))
        .map((url) => url.pathname),
    );
    expect(loaded.length).toBeGreaterThan(0);
    expect(cached).toEqual(
      expect.arrayContaining([
        '/index.html',
        '/manifest.webmanifest',
        '/schema/annual-report-v1.json',
        '/icons/icon.svg',
        '/icons/icon-192.png',
        '/icons/icon-512.png',
        '/icons/maskable-512.png',
        '/icons/apple-touch-icon.png',
        ...loaded,
      ]),
    );
  });

  test('installable: the manifest names the app and its icons load', async ({ request }) => {
    const manifest = (await (await request.get('/manifest.webmanifest')).json()) as {
      name: string;
      short_name: string;
      lang: string;
      start_url: string;
      display: string;
      icons: { src: string; sizes: string; type: string; purpose?: string }[];
    };
    expect(manifest).toMatchObject({
      name: '年报 · 政府信息公开工作年度报告',
      short_name: '年报',
      lang: 'zh-CN',
      start_url: '.',
      display: 'standalone',
    });
    const kinds = manifest.icons.map((i) => `${i.sizes} ${i.type} ${i.purpose ?? 'any'}`);
    expect(kinds).toEqual(
      expect.arrayContaining([
        '192x192 image/png any',
        '512x512 image/png any',
        '512x512 image/png maskable',
        'any image/svg+xml any',
      ]),
    );
    for (const icon of manifest.icons) {
      const response = await request.get(`/${icon.src}`);
      expect(response.ok(), icon.src).toBe(true);
      expect(response.headers()['content-type'], icon.src).toContain(icon.type);
      if (icon.type === 'image/png') {
        // The PNG header (IHDR) holds the real width and height.
        const png = await response.body();
        expect(`${String(png.readUInt32BE(16))}x${String(png.readUInt32BE(20))}`).toBe(icon.sizes);
      }
    }
  });

  test('control: without the service worker the app does not open offline', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
    try {
      const page = await context.newPage();
      await page.goto('/');
      await expectLibrary(page);
      await context.setOffline(true);
      await expect(page.reload()).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
    } finally {
      await context.close();
    }
  });
});
