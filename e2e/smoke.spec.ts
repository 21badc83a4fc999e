import { expect, test } from '@playwright/test';

test('the app opens and loads nothing from another origin', async ({ page, baseURL }) => {
  const appOrigin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    // data: and blob: URLs never leave the page.
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== appOrigin) foreign.push(request.url());
  });

  await page.goto('/');
  await expect(
    page.getByRole('heading', { level: 1, name: '政府信息公开工作年度报告' }),
  ).toBeVisible();
  await page.waitForLoadState('networkidle');

  expect(foreign, 'requests to other origins').toEqual([]);
});
