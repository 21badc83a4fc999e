import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import {
  applicationsCell,
  createBlankReport,
  expectSaved,
  RECEIVED_NATURAL_PERSON,
  reportTitle,
  typeIntoApplications,
} from './helpers/draftJourney';
import {
  checkForUpdate,
  databaseVersion,
  entryScript,
  waitForServiceWorkerControl,
} from './helpers/serviceWorker';
import { startStaticServer, type StaticServer } from './helpers/staticServer';

/**
 * Two deployments on one origin: build A, then build B with a newer IndexedDB schema (the
 * test-only VITE_E2E_SCHEMA_BUMP hook in src/storage/db.ts appends an empty version). Served
 * by a plain static server, like an intranet web server, whose root is switched from A to B.
 */
const AGENCY = '更新测试局';
const RECEIVED_COMMERCIAL = 'applications.received.commercial';
const YEAR = 2024;

let work = '';
let buildA = '';
let buildB = '';
let server: StaticServer | null = null;

function viteBuild(outDir: string, env: Readonly<Record<string, string>>): void {
  execFileSync(
    'npx',
    ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    {
      env: { ...process.env, ...env },
      stdio: 'pipe',
    },
  );
}

test.describe('updating to a new version', () => {
  test.describe.configure({ mode: 'serial', timeout: 180_000 });

  test.beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'nianbao-update-'));
    buildA = join(work, 'a');
    buildB = join(work, 'b');
    viteBuild(buildA, { VITE_E2E_SCHEMA_BUMP: '' });
    viteBuild(buildB, { VITE_E2E_SCHEMA_BUMP: '1' });
  });

  test.beforeEach(async () => {
    server = await startStaticServer(buildA);
  });

  test.afterEach(async () => {
    await server?.close();
    server = null;
  });

  test.afterAll(() => {
    if (work !== '') rmSync(work, { recursive: true, force: true });
  });

  test('the new version waits for 立即更新, then upgrades the database and keeps the draft', async ({
    page,
  }) => {
    if (server === null) throw new Error('no server');
    await page.goto(`${server.origin}/`);
    await waitForServiceWorkerControl(page);
    await createBlankReport(page, AGENCY, YEAR);
    await typeIntoApplications(page, RECEIVED_NATURAL_PERSON, '7');
    await expectSaved(page);
    const scriptA = await entryScript(page);
    // Dexie stores schema version × 10; build B appends one empty version to A's schema.
    const versionA = await databaseVersion(page);
    expect(versionA).not.toBeNull();
    // Survives only as long as this page is not reloaded.
    await page.evaluate(() => {
      document.documentElement.dataset.e2eNotReloaded = 'yes';
    });
    const notReloaded = () =>
      page.evaluate(() => document.documentElement.dataset.e2eNotReloaded === 'yes');

    server.setRoot(buildB);
    await checkForUpdate(page);
    const prompt = page.getByRole('status').filter({ hasText: '新版本可用' });
    await expect(prompt).toBeVisible();
    // Installed and waiting; the page was not reloaded and still runs version A.
    await page.waitForFunction(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return registration?.waiting != null;
    });
    expect(await notReloaded()).toBe(true);
    expect(await entryScript(page)).toBe(scriptA);
    // Editing goes on under the notice, and 立即更新 right after typing (before the
    // autosave pause is over) still keeps that edit.
    await typeIntoApplications(page, RECEIVED_COMMERCIAL, '2');
    expect(await notReloaded()).toBe(true);

    await Promise.all([
      page.waitForEvent('load'),
      prompt.getByRole('button', { name: '立即更新' }).click(),
    ]);
    expect(await notReloaded()).toBe(false);
    expect(await entryScript(page)).not.toBe(scriptA);
    // Reopened on the same draft (the URL hash), now through the upgraded database.
    await expect(page.getByRole('banner').getByRole('heading', { level: 1 })).toHaveText(
      reportTitle(AGENCY, YEAR),
    );
    await expect(page.getByRole('status').filter({ hasText: '新版本可用' })).toHaveCount(0);
    await expect.poll(() => databaseVersion(page)).toBe((versionA ?? 0) + 10);
    await expect(await applicationsCell(page, RECEIVED_NATURAL_PERSON)).toHaveValue('7');
    await expect(await applicationsCell(page, RECEIVED_COMMERCIAL)).toHaveValue('2');
  });

  test('稍后 leaves the old version running, and the notice returns on the next visit', async ({
    page,
  }) => {
    if (server === null) throw new Error('no server');
    await page.goto(`${server.origin}/`);
    await waitForServiceWorkerControl(page);
    const scriptA = await entryScript(page);

    server.setRoot(buildB);
    await checkForUpdate(page);
    const prompt = page.getByRole('status').filter({ hasText: '新版本可用' });
    await prompt.getByRole('button', { name: '稍后' }).click();
    await expect(prompt).toHaveCount(0);

    // A reload keeps the waiting version waiting (the old one still controls this tab).
    await page.reload();
    expect(await entryScript(page)).toBe(scriptA);
    await expect(page.getByRole('status').filter({ hasText: '新版本可用' })).toBeVisible();
  });
});
