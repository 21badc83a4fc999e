import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { fileCell, unitAgency, unitFile } from '../testing/sampleUnits';
import { fixturePath } from './helpers/reports';
import { ReviewPage } from './pages/reviewPage';

type Json = Record<string, unknown>;

/** Units whose 表三 一、本年新收 总计 is broken (an arithmetic error). */
const BROKEN = new Set([2, 9, 17]);

test('汇总审核: drop 25 reports, find those with errors, open one, sum the rest', async ({
  page,
}) => {
  const sample = JSON.parse(await readFile(fixturePath('sample-2021'), 'utf8')) as Json;
  const docs = Array.from({ length: 25 }, (_, i) => unitFile(sample, i, { broken: BROKEN.has(i) }));
  const review = new ReviewPage(page);
  await review.open();
  await review.drop(
    docs.map((d, i) => ({ name: `单位${String(i + 1)}.json`, text: JSON.stringify(d) })),
  );
  await review.waitForRead(25);
  await expect(review.rows).toHaveCount(25);

  await review.filter('有错误');
  const broken = [...BROKEN].map(unitAgency);
  expect((await review.listedAgencies()).sort()).toEqual(broken.sort());

  const first = broken[0] ?? '';
  const dialog = await review.openUnit(first);
  await expect(dialog.getByRole('region', { name: /^错误/ })).toContainText(
    'applications.rowTotal',
  );
  await expect(dialog.frameLocator('iframe').getByText(first).first()).toBeVisible();
  await dialog.getByRole('button', { name: '关闭', exact: true }).click();
  await expect(dialog).toBeHidden();

  await review.filter('无错误');
  await expect(review.rows).toHaveCount(25 - BROKEN.size);
  const rest = docs.filter((_, i) => !BROKEN.has(i));
  const sum = (table: string, row: string, column: string) =>
    rest.reduce((s, d) => s + fileCell(d, table, row, column), 0);

  const panel = await review.consolidateListed(rest.length);
  await expect(review.figure(panel, '新收申请')).toHaveText(
    String(sum('applications', 'received', 'total')),
  );
  await expect(review.figure(panel, '办结')).toHaveText(
    String(sum('applications', 'handledTotal', 'total')),
  );
  await expect(review.figure(panel, '复议')).toHaveText(
    String(sum('review', 'reconsideration', 'total')),
  );
  await expect(review.figure(panel, '诉讼')).toHaveText(
    String(
      sum('review', 'litigationDirect', 'total') +
        sum('review', 'litigationAfterReconsideration', 'total'),
    ),
  );

  const download = await review.exportConsolidation(panel);
  const consolidated = JSON.parse(await readFile(await download.path(), 'utf8')) as Json;
  expect(consolidated.agency).toBe(`（汇总，${String(rest.length)}个单位）`);
  for (const [t, r, c] of [
    ['applications', 'received', 'naturalPerson'],
    ['applications', 'disclosed', 'total'],
    ['applications', 'carriedForward', 'total'],
    ['proactive', 'fees', 'amount'],
    ['review', 'reconsideration', 'upheld'],
  ] as const) {
    expect(fileCell(consolidated, t, r, c), `${t}.${r}.${c}`).toBeCloseTo(sum(t, r, c), 6);
  }

  // The consolidated report leaves in the office formats too, named after its title.
  for (const [button, ending] of [
    ['导出 Word', '.docx'],
    ['导出 Excel', '.xlsx'],
  ] as const) {
    const office = await review.exportConsolidation(panel, button);
    expect(office.suggestedFilename()).toMatch(
      new RegExp(`（汇总，${String(rest.length)}个单位）.*\\${ending}$`, 'u'),
    );
    const bytes = await readFile(await office.path());
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  }
});

test('汇总审核: a unit’s two years are checked for continuity (上年结转 against last year’s 结转)', async ({
  page,
}) => {
  const sample = JSON.parse(await readFile(fixturePath('sample-2021'), 'utf8')) as Json;
  const thisYear = unitFile(sample, 0);
  const lastYear = unitFile(sample, 0);
  lastYear.year = Number(thisYear.year) - 1;
  // Last year's 结转下年度 of 自然人 is 2 more than this year's 上年结转 says.
  const carried = fileCell(thisYear, 'applications', 'carriedOver', 'naturalPerson');
  const tables = lastYear.tables as Record<string, Record<string, Record<string, number>>>;
  const forward = tables.applications?.carriedForward;
  if (forward === undefined) throw new Error('sample has no 结转下年度');
  forward.total = (forward.total ?? 0) + (carried + 2 - (forward.naturalPerson ?? 0));
  forward.naturalPerson = carried + 2;

  const review = new ReviewPage(page);
  await review.open();
  await review.drop([
    { name: '本年.json', text: JSON.stringify(thisYear) },
    { name: '上年.json', text: JSON.stringify(lastYear) },
  ]);
  await review.waitForRead(2);
  const breaks = page.locator('[data-cross="continuity"]');
  await expect(breaks.first()).toContainText(
    `${unitAgency(0)}${String(thisYear.year)}年报告与${String(lastYear.year)}年报告不衔接`,
  );
  await expect(breaks.filter({ hasText: '自然人列' })).toContainText(
    `上年结转（${String(carried)}）≠ 上年报告的结转下年度继续办理（${String(carried + 2)}）`,
  );
});
