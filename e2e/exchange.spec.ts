import { copyFile, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { EditorPage } from './pages/editorPage';
import { ExchangePage, withoutExportTime } from './pages/exchangePage';

const AGENCY = '测试区政务服务中心';
const RECEIVED = 'applications.received.naturalPerson';
const DISCLOSED = 'applications.disclosed.commercial';

/** A report with some of everything: fields, a narrative section and table cells. */
async function fillSomeValues(page: Page): Promise<void> {
  const editor = new EditorPage(page);
  await editor.field('机关名称').fill(AGENCY);
  await editor.field('报告年度').fill('2024');
  await editor.field('引言').fill('本报告依据《中华人民共和国政府信息公开条例》编制。');
  await editor.goTo('一、总体情况');
  await page.getByLabel('一、总体情况 正文').fill('（一）主动公开\n全年主动公开政府信息386条。');
  await editor.goTo('三、收到和处理政府信息公开申请情况');
  await editor.typeInCell(RECEIVED, '7');
  await editor.typeInCell(DISCLOSED, '3');
  await expect(editor.title).toHaveText(`${AGENCY}2024年政府信息公开工作年度报告`);
}

test.describe('export and import', () => {
  test('a report exported here and imported in a fresh browser is the same report', async ({
    page,
    browser,
  }) => {
    const here = new ExchangePage(page);
    await here.open();
    await fillSomeValues(page);
    const exported = await here.exportJson();
    expect(exported.name).toBe(`${AGENCY}2024年政府信息公开工作年度报告.json`);

    // A new profile: nothing of the first browser's storage is there.
    const context = await browser.newContext();
    try {
      const fresh = new ExchangePage(await context.newPage());
      await fresh.open();
      await expect(fresh.title).not.toContainText(AGENCY);
      await fresh.chooseImportFile(exported.path);
      await expect(fresh.importDialog).toContainText('未发现问题。');
      await fresh.importChoice('作为新报告导入').click();
      await expect(fresh.importDialog).toBeHidden();
      await expect(fresh.title).toHaveText(`${AGENCY}2024年政府信息公开工作年度报告`);
      const again = await fresh.exportJson();
      expect(withoutExportTime(again.text)).toEqual(withoutExportTime(exported.text));
    } finally {
      await context.close();
    }
  });

  test('a file with problems shows each one first; 取消 leaves the report unchanged', async ({
    page,
  }, testInfo) => {
    const app = new ExchangePage(page);
    await app.open();
    await fillSomeValues(page);
    const before = await app.exportJson();

    // The same report as a colleague might hand-edit it.
    const file = JSON.parse(before.text) as {
      tables: { applications: Record<string, Record<string, unknown>> };
    };
    const table = file.tables.applications;
    table.received = { ...table.received, naturalPerson: '１２' };
    table.disclosed = { ...table.disclosed, commercial: 'abc' };
    table.madeUpRow = { naturalPerson: 1 };
    const troubled = testInfo.outputPath('troubled.json');
    await writeFile(troubled, JSON.stringify(file, null, 2));

    await app.chooseImportFile(troubled);
    await expect(app.importProblems).toHaveText([
      /^说明\s*表三「一、本年新收政府信息公开申请数量」行「自然人」列：“１２”已按 12 读取$/,
      /^警告\s*表三「（一）予以公开」行「商业企业」列：“abc”不是数字，已留空$/,
      /^警告\s*表三中有 2021 年版格式没有的行「madeUpRow」，已原样保留$/,
    ]);
    await expect(app.importDialog).toContainText('共 3 个问题：警告 2 个，说明 1 个');
    // The same agency and year is stored (this very report): replacing it is offered.
    await expect(app.importChoice('替换现有报告（先保存修订快照）')).toBeVisible();
    await expect(app.importChoice('作为新报告导入')).toBeVisible();

    await app.importChoice('取消').click();
    await expect(app.importDialog).toBeHidden();
    await expect(app.importButton).toBeFocused();
    const editor = new EditorPage(page);
    await editor.goTo('三、收到和处理政府信息公开申请情况');
    await expect(editor.cell(RECEIVED)).toHaveValue('7');
    await expect(editor.cell(DISCLOSED)).toHaveValue('3');
    const after = await app.exportJson();
    expect(withoutExportTime(after.text)).toEqual(withoutExportTime(before.text));

    // Replacing takes the file's values, as the dialog said it would.
    await app.chooseImportFile(troubled);
    await app.importChoice('替换现有报告（先保存修订快照）').click();
    await expect(app.importDialog).toBeHidden();
    await editor.goTo('三、收到和处理政府信息公开申请情况');
    await expect(editor.cell(RECEIVED)).toHaveValue('12');
    await expect(editor.cell(DISCLOSED)).toHaveValue('');
  });

  test('a report renamed a moment ago is matched by its new name when a file is imported', async ({
    page,
  }, testInfo) => {
    const app = new ExchangePage(page);
    await app.open();
    await fillSomeValues(page);
    const file = JSON.parse((await app.exportJson()).text) as { agency: string };
    file.agency = '测试区数据资源局';
    const renamed = testInfo.outputPath('renamed.json');
    await writeFile(renamed, JSON.stringify(file, null, 2));

    // The new name is typed and the file chosen at once, before the autosave has written it.
    const editor = new EditorPage(page);
    await editor.goTo('基本信息');
    await editor.field('机关名称').fill('测试区数据资源局');
    await app.chooseImportFile(renamed);
    await expect(app.importChoice('替换现有报告（先保存修订快照）')).toBeVisible();
  });

  test('a GBK (“ANSI”) file is read as GB18030 and says so; never imported as mojibake', async ({
    page,
  }) => {
    const app = new ExchangePage(page);
    await app.open();
    await app.chooseImportFile(
      fileURLToPath(new URL('../fixtures/encodings/zhenhai-2020.gb18030.json', import.meta.url)),
    );
    await expect(app.importProblems.first()).toHaveText(
      /^说明\s*文件不是 UTF-8 编码，已按 GB18030（GBK，即中文 Windows 的“ANSI”）编码读取/,
    );
    await expect(app.importDialog).not.toContainText('未发现问题');
    await expect(app.importDialog).toContainText('镇海区新闻中心');
    await page.screenshot({ path: test.info().outputPath('import-gb18030.png') });
    await app.importChoice('作为新报告导入').click();
    await expect(app.importDialog).toBeHidden();
    await expect(app.title).toHaveText('镇海区新闻中心2020年政府信息公开工作年度报告');
  });

  test('a file that is not a report is refused and nothing changes', async ({ page }, testInfo) => {
    const app = new ExchangePage(page);
    await app.open();
    await fillSomeValues(page);
    const broken = testInfo.outputPath('broken.json');
    await writeFile(broken, '{"type": "nianbao/annual-report", "version": 1, "format": ');
    await app.chooseImportFile(broken);
    await expect(app.importDialog).toContainText('无法导入“broken.json”，未做任何改动。');
    await expect(app.importProblems).toHaveText([
      /^错误\s*文件不是有效的 JSON（第 1 行第 \d+ 列附近）$/,
    ]);
    await expect(app.importChoice('作为新报告导入')).toHaveCount(0);
    await app.importChoice('关闭').click();
    await expect(app.title).toHaveText(`${AGENCY}2024年政府信息公开工作年度报告`);
  });
});

test.describe('print preview', () => {
  test('opens from the keyboard, 打印 prints the frame, Esc closes and returns focus', async ({
    page,
  }) => {
    const app = new ExchangePage(page);
    await app.open();
    await fillSomeValues(page);
    await app.exportButton.focus();
    await page.keyboard.press('ArrowUp');
    await expect(app.menuItem('打印预览')).toBeFocused();
    await page.keyboard.press('Enter');
    const preview = app.preview;
    await expect(preview.dialog).toBeVisible();
    await expect(preview.dialog.getByRole('heading', { level: 2 })).toContainText(
      `${AGENCY}2024年政府信息公开工作年度报告`,
    );
    await expect(preview.printButton).toBeFocused();
    await expect(preview.frame.locator('h1.title')).toHaveText(
      `${AGENCY}2024年政府信息公开工作年度报告`,
    );

    // 打印 calls the frame's print(), not the editor page's (replaced here: headless has no dialog).
    await preview.frameElement.evaluate((frame: HTMLIFrameElement) => {
      const win = frame.contentWindow;
      if (win === null) throw new Error('no frame window');
      const calls: string[] = [];
      Reflect.set(win, 'printCalls', calls);
      win.print = () => {
        calls.push('print');
      };
    });
    await preview.printButton.click();
    const printCalls = await preview.frameElement.evaluate((frame: HTMLIFrameElement): unknown =>
      frame.contentWindow === null ? null : Reflect.get(frame.contentWindow, 'printCalls'),
    );
    expect(printCalls).toEqual(['print']);

    await page.keyboard.press('Escape');
    await expect(preview.dialog).toBeHidden();
    await expect(app.exportButton).toBeFocused();

    // Esc also closes while the report inside the frame has the focus.
    await app.openPrintPreview();
    await preview.pagesFrame.locator('h1.title').click();
    await page.keyboard.press('Escape');
    await expect(preview.dialog).toBeHidden();
  });
});

const SCRIPT = '<script>window.__pwned=1</script>';
const ATTRIBUTE = '"><img src=x onerror="window.__pwned=1">';

test.describe('nothing typed into a report runs as code', () => {
  test('script and markup in every text field print as text', async ({ page }, testInfo) => {
    const app = new ExchangePage(page);
    const editor = new EditorPage(page);
    await app.open();
    await editor.field('机关名称').fill(`${AGENCY}${ATTRIBUTE}`);
    await editor.field('报告年度').fill('2024');
    await editor.field('标题').fill(`年度报告${SCRIPT}`);
    await editor.field('引言').fill(`${SCRIPT}${ATTRIBUTE}`);
    for (const heading of [
      '一、总体情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]) {
      await editor.goTo(heading);
      await page.getByLabel(`${heading} 正文`).fill(`（一）${SCRIPT}\n${ATTRIBUTE}`);
    }
    const pwned = () => page.evaluate((): unknown => Reflect.get(window, '__pwned'));

    const preview = await app.openPrintPreview();
    const frameFacts = await preview.frameElement.evaluate((frame: HTMLIFrameElement) => {
      const doc = frame.contentDocument;
      const win = frame.contentWindow;
      return {
        sandbox: frame.getAttribute('sandbox'),
        pwned: win === null ? 'no window' : (Reflect.get(win, '__pwned') as unknown),
        scripts: doc?.querySelectorAll('script').length,
        images: doc?.querySelectorAll('img').length,
        text: doc?.body.innerText ?? '',
      };
    });
    expect(frameFacts.sandbox).toBe('allow-modals allow-same-origin');
    expect(frameFacts.pwned).toBeUndefined();
    expect(frameFacts.scripts).toBe(0);
    expect(frameFacts.images).toBe(0);
    expect(frameFacts.text).toContain(`年度报告${SCRIPT}`);
    expect(frameFacts.text).toContain(`${SCRIPT}${ATTRIBUTE}`);
    expect(frameFacts.text).toContain(`${AGENCY}${ATTRIBUTE}`);
    expect(await pwned()).toBeUndefined();
    await preview.close();

    const html = await app.exportHtml();
    expect(html.text).not.toContain('<script');
    expect(html.text).not.toContain('<img');
    // The downloaded file opened on its own, as another office would open it (under its .html
    // name: the browser decides by the extension that a local file is HTML).
    const file = testInfo.outputPath(html.name);
    await copyFile(html.path, file);
    const opened = await page.context().newPage();
    await opened.goto(pathToFileURL(file).href);
    await expect(opened.locator('h1.title')).toContainText(SCRIPT);
    expect(await opened.locator('script, img').count()).toBe(0);
    expect(await opened.evaluate((): unknown => Reflect.get(window, '__pwned'))).toBeUndefined();
    expect(await opened.locator('body').innerText()).toContain(`${SCRIPT}${ATTRIBUTE}`);
    await opened.close();
    expect(await pwned()).toBeUndefined();
  });
});
