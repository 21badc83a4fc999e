import { expect, test, type APIRequestContext } from '@playwright/test';
import {
  checkPrintPreview,
  createBlankReport,
  expectLibrary,
  expectSaved,
  exportJson,
  RECEIVED_NATURAL_PERSON,
  reportTitle,
  typeIntoApplications,
} from './helpers/draftJourney';
import { waitForServiceWorkerControl } from './helpers/serviceWorker';

// data: and blob: URLs never leave the browser (downloads, the print preview's srcdoc).
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);

test('a full journey talks to no origin but the app’s own', async ({ page, context, baseURL }) => {
  const appOrigin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
  const seen: string[] = [];
  const foreign: string[] = [];
  // Context-wide: pages, frames (the print preview) and the service worker.
  context.on('request', (request) => {
    const url = new URL(request.url());
    seen.push(request.url());
    if (!LOCAL_SCHEMES.has(url.protocol) && url.origin !== appOrigin) foreign.push(request.url());
  });

  await page.goto('/');
  await expectLibrary(page);
  await waitForServiceWorkerControl(page);
  await createBlankReport(page, '第三方请求检查局', 2023);
  await typeIntoApplications(page, RECEIVED_NATURAL_PERSON, '5');
  await typeIntoApplications(page, 'applications.disclosed.naturalPerson', '3');
  await expectSaved(page);
  await checkPrintPreview(page, reportTitle('第三方请求检查局', 2023));
  const download = await exportJson(page);
  expect(download.suggestedFilename()).toMatch(/\.json$/);
  // The installed-app files are requested too (manifest, icons) and are checked the same way.
  await page.reload();
  await page.waitForLoadState('networkidle');

  expect(seen.length, 'requests recorded').toBeGreaterThan(5);
  // Only the service worker fetches the schema (precaching): its requests are recorded too.
  expect(seen.filter((url) => url.endsWith('/schema/annual-report-v1.json'))).not.toEqual([]);
  expect(foreign, 'requests to other origins').toEqual([]);
});

async function text(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path);
  expect(response.ok(), path).toBe(true);
  return response.text();
}

test('the built HTML, CSS and service worker reference no other origin', async ({ request }) => {
  const html = await text(request, '/');
  // No script, style, font, icon or manifest from elsewhere (protocol-relative included).
  expect(html).not.toMatch(/(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i);
  expect(html).toContain('rel="manifest"');

  const styles = [...html.matchAll(/href="([^"]+\.css)"/g)].map((m) => m[1] ?? '');
  expect(styles.length).toBeGreaterThan(0);
  for (const path of styles) {
    const css = await text(request, path);
    expect(css, path).not.toMatch(/url\(\s*["']?(?:https?:)?\/\//i);
    expect(css, path).not.toMatch(/@import/i);
  }

  const manifest = JSON.parse(await text(request, '/manifest.webmanifest')) as {
    icons: { src: string }[];
  };
  for (const icon of manifest.icons) expect(icon.src).not.toMatch(/^(?:https?:)?\/\//);

  // Workbox is bundled next to sw.js: the worker loads only relative files, no CDN.
  const sw = await text(request, '/sw.js');
  expect(sw).not.toMatch(/importScripts\(\s*["'](?:https?:)?\/\//);
  expect(sw).not.toMatch(/https?:\/\//);
  const deps = /define\(\[([^\]]*)\]/.exec(sw)?.[1] ?? '';
  const files = [...deps.matchAll(/"([^"]+)"/g)].map((m) => m[1] ?? '');
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) {
    expect(file).toMatch(/^\.\/workbox-[\w-]+$/);
    const runtime = await text(request, `/${file.slice(2)}.js`);
    expect(runtime).not.toMatch(/importScripts\(\s*["'](?:https?:)?\/\//);
  }
  // No runtime caching of other origins: only the precache and the navigation fallback.
  expect(sw).not.toMatch(/registerRoute\((?!new \w+\.NavigationRoute)/);
});
