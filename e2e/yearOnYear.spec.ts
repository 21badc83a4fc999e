import { expect, test } from '@playwright/test';
import { fixturePath, loadFixture } from './helpers/reports';
import { DraftEditorPage, LibraryPage } from './pages/draftsPage';
import { EditorPage } from './pages/editorPage';
import { ExchangePage } from './pages/exchangePage';

/** Last year's report: the 2021 sample, imported from its JSON file. */
const LAST_YEAR = loadFixture('sample-2021');
const RECEIVED_TOTAL = 'applications.received.total';
const lastReceived = LAST_YEAR.tables.applications.received?.total;

test.use({ viewport: { width: 1366, height: 768 } });

test('last year beside this year: link last year’s report, compare 表三, follow a hint', async ({
  page,
}) => {
  test.setTimeout(120_000);
  expect(lastReceived).toBe(54);
  const exchange = new ExchangePage(page);
  const library = new LibraryPage(page);
  const drafts = new DraftEditorPage(page);
  const editor = new EditorPage(page);

  // Last year's report comes in as a file of its own.
  await exchange.open();
  await exchange.importFile(fixturePath('sample-2021'));
  await expect(exchange.title).toHaveText(`${LAST_YEAR.agency}2021年政府信息公开工作年度报告`);

  // This year's report: a blank one of the same agency, not yet linked.
  await library.open();
  await library.createBlank(LAST_YEAR.agency, 2022);
  await expect(drafts.nav).toBeVisible();
  await editor.goTo('三、收到和处理政府信息公开申请情况');
  const compare = page.getByRole('button', { name: '与上年对比' });
  await expect(compare).toHaveCount(0);
  await expect(page.getByText(/尚未关联上年报告/)).toBeVisible();

  // 参考上年 → 关联: the library offers the agency's 2021 report first.
  await page.getByRole('button', { name: '参考上年' }).click();
  const panel = page.getByRole('complementary', { name: '参考上年' });
  await panel.getByRole('button', { name: '关联', exact: true }).click();
  await expect(panel).toContainText(`上年报告：${LAST_YEAR.agency}2021年度`);
  await page.getByRole('button', { name: '参考上年' }).click();
  await expect(panel).toBeHidden();

  // The comparison of 表三, 总计 column first.
  await expect(compare).toHaveAttribute('aria-pressed', 'false');
  await compare.click();
  await expect(compare).toHaveAttribute('aria-pressed', 'true');
  const view = page.getByRole('table', { name: '表三与上年对比（总计）' });
  await expect(view.getByRole('columnheader')).toHaveText([
    '项目',
    '上年（2021年）',
    '本年（2022年）',
    '增减',
    '增减幅度',
  ]);
  const line = view.locator(`tr[data-compare="${RECEIVED_TOTAL}"]`);
  await expect(line.getByRole('cell')).toHaveText(['54', '待填写', '—', '—']);

  // Typing this year's number updates 本年 and 增减 at once.
  await editor.typeInCell('applications.received.naturalPerson', '150');
  await expect(line.getByRole('cell')).toHaveText(['54', '150', '+96', /^\+178%/]);
  await expect(line).toContainText('变化较大');
  // The grid keeps its cells and names; the view adds none.
  await expect(view.locator('[data-cell], input')).toHaveCount(0);
  await expect(editor.cell(RECEIVED_TOTAL)).toHaveValue('150');

  // The hint in 检查结果, apart from the checks, leads to its cell.
  const hint = editor.checkPanel
    .getByRole('list', { name: '与上年相比变化较大' })
    .getByRole('button', {
      name: '同比 表三「一、本年新收政府信息公开申请数量」总计：上年 54 件，本年 150 件，增加 178%',
    });
  await editor.goTo('基本信息');
  await hint.click();
  await expect(editor.cell(RECEIVED_TOTAL)).toBeFocused();
  await expect(editor.cell(RECEIVED_TOTAL)).toBeInViewport();
});
