import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { DraftEditorPage, LibraryPage } from './pages/draftsPage';
import { EditorPage } from './pages/editorPage';
import { ImportPage } from './pages/importPage';

const fixture = (name: string): string =>
  fileURLToPath(new URL(`../fixtures/import-ui/${name}`, import.meta.url));

const HUAIAN_DOCX = fixture('huaian-shizhengfu-2024.docx');
const HUAIAN_TITLE = '淮安市人民政府2024年政府信息公开工作年度报告';
// The page's own title, kept as published (the year first).
const SHANGHAI_TITLE = '2019年上海市人民政府办公厅政府信息公开工作年度报告';

/** 表三 四、结转下年度继续办理 of 淮安 2024, per applicant column, as published. */
const HUAIAN_CARRIED_FORWARD: Readonly<Record<string, string>> = {
  naturalPerson: '103',
  commercial: '0',
  research: '0',
  nonprofit: '0',
  legalService: '0',
  otherOrg: '0',
  total: '103',
};

/** The page as the browser's clipboard holds it after 全选 + 复制 on the published page. */
async function copiedShanghaiPage(): Promise<{ html: string; text: string }> {
  const page = await readFile(fixture('shanghai-shizhengfubangongting-2019.html'), 'utf8');
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(page)?.[1] ?? page;
  return {
    html: `<meta charset='utf-8'><html><body><!--StartFragment-->${body}<!--EndFragment--></body></html>`,
    text: await readFile(fixture('shanghai-shizhengfubangongting-2019.txt'), 'utf8'),
  };
}

test.describe('import a published report', () => {
  test('a Word file and a pasted page are reviewed, created, and carry over to next year', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const library = new LibraryPage(page);
    const importer = new ImportPage(page);
    const review = importer.review;
    const editor = new EditorPage(page);
    await library.open();

    // 1. The DOCX through 导入: reviewed before anything is stored.
    await importer.openDialog();
    await importer.chooseFile(HUAIAN_DOCX);
    await review.waitBuilt();
    await expect(review.facts).toContainText('淮安市人民政府');
    await expect(review.facts).toContainText('2024年');
    await expect(review.legend).toContainText('已读取');
    const forward = review.cell('applications.carriedForward.naturalPerson');
    await expect(forward).toHaveText('103');
    await expect(forward).toHaveAttribute('data-status', 'read');
    // Focus shows where the cell came from; choosing it keeps it highlighted.
    await forward.focus();
    await expect(review.side.locator('.import-review__source')).toContainText('103');
    await forward.press('Enter');
    await expect(forward).toHaveAttribute('aria-pressed', 'true');
    await expect(review.side.getByRole('heading', { name: '检查结果' })).toBeVisible();
    // Nothing is stored yet.
    await expect(library.row(HUAIAN_TITLE)).toHaveCount(0);
    await review.confirm(/^新报告/);

    await page.waitForURL(/#\/report\//);
    await expect(editor.title).toHaveText(HUAIAN_TITLE);
    await editor.goTo('三、收到和处理政府信息公开申请情况');
    await expect(editor.cell('applications.carriedForward.naturalPerson')).toHaveValue('103');

    // 2. The copied page, pasted: the same review; 取消 leaves everything as it was.
    await library.open();
    const copied = await copiedShanghaiPage();
    await importer.openDialog();
    await importer.paste(copied.html, copied.text);
    await review.waitBuilt();
    await expect(review.facts).toContainText('上海市人民政府办公厅');
    await expect(review.facts).toContainText('2019 版');
    await expect(review.cell('applications.carriedForward.naturalPerson')).toHaveText('72');
    await review.dialog.getByRole('button', { name: '取消' }).click();
    await expect(review.dialog).toBeHidden();
    await expect(importer.importButton).toBeFocused();
    await expect(library.row(SHANGHAI_TITLE)).toHaveCount(0);

    await importer.openDialog();
    await importer.paste(copied.html, copied.text);
    await review.waitBuilt();
    await review.confirm(/^新报告/);
    await page.waitForURL(/#\/report\//);
    await expect(editor.title).toHaveText(SHANGHAI_TITLE);

    // 3. Next year's report from the imported 淮安 2024: 上年结转 carried over.
    await library.open();
    await expect(library.row(HUAIAN_TITLE)).toHaveCount(1);
    await page.getByRole('button', { name: '新建报告' }).click();
    await library.dialog.getByRole('radio', { name: '从上年报告开始' }).check();
    await library.dialog
      .getByLabel('上年报告', { exact: true })
      .selectOption({ label: HUAIAN_TITLE });
    await library.dialog.getByRole('button', { name: '从上年报告创建' }).click();
    await page.waitForURL(/#\/report\//);
    await expect(editor.title).toHaveText('淮安市人民政府2025年政府信息公开工作年度报告');
    await editor.goTo('三、收到和处理政府信息公开申请情况');
    for (const [column, value] of Object.entries(HUAIAN_CARRIED_FORWARD)) {
      await expect(editor.cell(`applications.carriedOver.${column}`)).toHaveValue(value);
    }
  });

  test('an imported page becomes last year’s report of an existing report', async ({ page }) => {
    test.setTimeout(120_000);
    const library = new LibraryPage(page);
    const importer = new ImportPage(page);
    const drafts = new DraftEditorPage(page);
    await library.open();
    await library.createBlank('上海市人民政府办公厅', 2020);
    await expect(drafts.nav).toBeVisible();

    await library.open();
    await importer.openDialog();
    const copied = await copiedShanghaiPage();
    await importer.paste(copied.html, copied.text);
    await importer.review.waitBuilt();
    await importer.review.confirm('已有报告的上年报告');

    // The existing 2020 report opens, linked to the imported 2019 one.
    await page.waitForURL(/#\/report\//);
    await expect(page.getByRole('banner').getByRole('heading', { level: 1 })).toHaveText(
      '上海市人民政府办公厅2020年政府信息公开工作年度报告',
    );
    await page.getByRole('button', { name: '参考上年' }).click();
    const panel = page.getByRole('complementary', { name: '参考上年' });
    await expect(panel).toContainText('上年报告：上海市人民政府办公厅2019年度');
  });

  test('a PDF is read in the browser by pdf.js from the app’s own origin', async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(baseURL ?? '') && !url.startsWith('blob:') && !url.startsWith('data:'))
        elsewhere.push(url);
    });
    const library = new LibraryPage(page);
    const importer = new ImportPage(page);
    await library.open();
    await importer.openDialog();
    await importer.chooseFile(
      fileURLToPath(new URL('../fixtures/import/huaian-shizhengfu-2024.pdf', import.meta.url)),
    );
    await importer.review.waitBuilt();
    await expect(importer.review.facts).toContainText('PDF 文件');
    await expect(importer.review.cell('applications.carriedForward.naturalPerson')).toHaveText(
      '103',
    );
    await importer.review.dialog.getByRole('button', { name: '取消' }).click();
    await expect(importer.review.dialog).toBeHidden();
    expect(elsewhere).toEqual([]);
  });

  test('a hostile page runs nothing and loads nothing; an encrypted PDF is refused', async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const elsewhere: string[] = [];
    const dialogs: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(baseURL ?? '') && !url.startsWith('blob:') && !url.startsWith('data:'))
        elsewhere.push(url);
    });
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const library = new LibraryPage(page);
    const importer = new ImportPage(page);
    const copied = await copiedShanghaiPage();
    const trap =
      '<script>window.__pwned = 1; alert(1)</script>' +
      '<img src="https://evil.example/x.png" onerror="window.__pwned = 2">' +
      '<iframe src="https://evil.example/"></iframe>' +
      '<a href="javascript:window.__pwned = 3">链接</a>';
    const hostile = copied.html
      .replace(
        '<p>一、总体情况</p>',
        `<p>一、总体情况</p>${trap}<p onmouseover="window.__pwned = 4">${trap}</p>`,
      )
      .replace('</table>', `</table>${trap}`);
    await library.open();
    await importer.openDialog();
    await importer.paste(hostile, copied.text);
    await importer.review.waitBuilt();
    await expect(importer.review.cell('applications.carriedForward.naturalPerson')).toHaveText(
      '72',
    );
    await importer.review.dialog.locator('.import-review__report').hover();
    await importer.review.confirm(/^新报告/);
    await page.waitForURL(/#\/report\//);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(elsewhere).toEqual([]);

    await library.open();
    await importer.openDialog();
    await importer.chooseFile(
      fileURLToPath(new URL('../fixtures/import/hostile/encrypted.pdf', import.meta.url)),
    );
    const review = importer.review.dialog;
    await expect(review.getByText('无法导入“encrypted.pdf”，未做任何改动。')).toBeVisible({
      timeout: 60_000,
    });
    await expect(review.getByRole('alert')).toContainText('密码');
    await review.getByRole('button', { name: '关闭' }).click();
    await expect(review).toBeHidden();
    await expect(importer.importButton).toBeFocused();
  });
});
