import { readFileSync } from 'node:fs';
import { newBenchContext } from '../lib/browser';
import { APP_DIST, APP_PROFILING_DIST, SAMPLE_REPORT } from '../lib/paths';
import { seedReport, type SeedRow } from '../page/seedReport';
import type { Target } from './target';
import { untilSeeded } from '../lib/untilSeeded';

/** Name of the app's IndexedDB database (src/storage/db.ts DATABASE_NAME). */
const DATABASE = 'nianbao';
const SEED_ID = 'bench-seed-sample-2021';

function seedRow(): SeedRow {
  const payload = JSON.parse(readFileSync(SAMPLE_REPORT, 'utf8')) as {
    agency: string;
    year: number;
    format: string;
  };
  const now = Date.now();
  return {
    id: SEED_ID,
    agency: payload.agency,
    year: payload.year,
    format: payload.format,
    updatedAt: now,
    createdAt: now,
    deletedAt: null,
    revision: 1,
    previousReportId: null,
    payload,
  };
}

/**
 * Nianbao's editor, opened on 表三 with the 2021 sample report loaded from storage: the page is
 * the draft's own address (`#/report/<id>`, what a reload or a bookmark opens), then the part
 * list's 表三 button is clicked.
 */
export const nianbao: Target = {
  key: 'nianbao',
  label: 'Nianbao',
  dist: APP_DIST,
  profilingDist: APP_PROFILING_DIST,
  path: `/#/report/${SEED_ID}`,
  start: {
    target: 'input[data-cell^="applications."]:not([readonly])',
    steps: [
      // The draft's title button in the drafts library, should the app show the library.
      { selector: `[data-report-id="${SEED_ID}"] th button` },
      // 三、收到和处理政府信息公开申请情况 in the editor's part list.
      { selector: 'button[data-part="applications"]' },
    ],
  },
  cells: 'input[data-cell^="applications."]:not([readonly])',

  async prepareStorage(browser, origin) {
    const context = await newBenchContext(browser);
    try {
      const page = await context.newPage();
      // The drafts library: the app opens its database to list the drafts.
      await page.goto(`${origin}/`);
      // The app opens its database while it starts; give it a moment to exist.
      const hasDatabase = await page
        .waitForFunction(
          async (name) => (await indexedDB.databases()).some((d) => d.name === name),
          DATABASE,
          { timeout: 5000, polling: 100 },
        )
        .then(() => true)
        .catch(() => false);
      if (!hasDatabase) {
        return {
          state: undefined,
          note: 'the app opened no IndexedDB database: it started with its own new blank report',
        };
      }
      const seeded = await untilSeeded(page, () =>
        page.evaluate(seedReport, { database: DATABASE, row: seedRow() }),
      );
      if (!seeded) {
        return { state: undefined, note: 'the app database has no reports table: not seeded' };
      }
      return {
        state: await context.storageState({ indexedDB: true }),
        note: 'fixtures/reports/sample-2021.json stored as a draft before each start',
      };
    } finally {
      await context.close();
    }
  },
};

/**
 * The drafts library, the first screen of a first visit (`/`), with the sample report stored:
 * interactive when the report's title button is there. Used for the library's size.
 */
export const nianbaoLibrary: Target = {
  ...nianbao,
  label: 'Nianbao library',
  path: '/',
  start: { target: `[data-report-id="${SEED_ID}"] th button`, steps: [] },
};
