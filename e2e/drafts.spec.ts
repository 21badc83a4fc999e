import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { DraftEditorPage, LibraryPage, reportIdOf } from './pages/draftsPage';

/** Reads the stored row of a report straight from IndexedDB (what survives a crash). */
async function storedRow(page: Page, id: string): Promise<Record<string, unknown> | undefined> {
  return page.evaluate(
    (reportId) =>
      new Promise<Record<string, unknown> | undefined>((resolve, reject) => {
        const open = indexedDB.open('nianbao');
        open.onerror = () => {
          reject(new Error('cannot open nianbao'));
        };
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('reports').objectStore('reports').get(reportId);
          get.onsuccess = () => {
            db.close();
            resolve(get.result as Record<string, unknown> | undefined);
          };
        };
      }),
    id,
  );
}

/** Writes a row straight into IndexedDB, bypassing the app (simulates damaged storage). */
async function writeRow(page: Page, row: Record<string, unknown>): Promise<void> {
  await page.evaluate(
    (value) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('nianbao');
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('reports', 'readwrite');
          tx.objectStore('reports').put(value);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => {
            reject(new Error('write failed'));
          };
        };
      }),
    row,
  );
}

/** The tab (of two) whose save lost the race and shows the conflict dialog. */
async function conflictIn(a: DraftEditorPage, b: DraftEditorPage): Promise<DraftEditorPage> {
  await expect
    .poll(async () => (await a.conflictDialog.isVisible()) || (await b.conflictDialog.isVisible()))
    .toBe(true);
  const loser = (await a.conflictDialog.isVisible()) ? a : b;
  // Only one of them: the first save won and the other was refused.
  await expect((loser === a ? b : a).conflictDialog).toBeHidden();
  return loser;
}

function overviewOf(row: Record<string, unknown> | undefined): string {
  const payload = row?.payload as { sections?: { overview?: string } } | undefined;
  return payload?.sections?.overview ?? '';
}

test.describe('drafts are never lost', () => {
  test('a reload in the middle of typing keeps everything typed before the last 已保存', async ({
    page,
  }) => {
    const library = new LibraryPage(page);
    const editor = new DraftEditorPage(page);
    await library.open();
    const id = await library.createBlank('测试区政务服务中心', 2024);
    const area = await editor.overview();

    await area.pressSequentially('（一）主动公开。全年主动公开政府信息。');
    await editor.waitSaved();
    const saved = await area.inputValue();
    expect(overviewOf(await storedRow(page, id))).toBe(saved);

    // Keep typing and reload at once, before the pause that triggers a save.
    await area.pressSequentially('（二）依申请公开');
    await expect(editor.saveStatus).toHaveText('保存中');
    await page.reload();
    const after = await editor.overview();
    await expect(after).toHaveValue(new RegExp(`^${saved.replace(/[()（）.]/g, '\\$&')}`));
    // The library lists it, with its last change and check counts.
    await library.open();
    await expect(library.row('测试区政务服务中心2024年政府信息公开工作年度报告')).toContainText(
      '2024年',
    );
    await expect(library.row('测试区政务服务中心2024年政府信息公开工作年度报告')).toContainText(
      '警告',
    );
  });

  test('an invalid entry (“abc”) stays visibly invalid after another part and a reload', async ({
    page,
  }) => {
    const library = new LibraryPage(page);
    const editor = new DraftEditorPage(page);
    await library.open();
    await library.createBlank('无效输入测试局', 2024);
    await editor.nav.getByRole('button', { name: /^三、收到和处理/ }).click();
    const cell = page.locator('input[data-cell="applications.received.naturalPerson"]');
    await cell.click();
    await page.keyboard.type('abc');
    await editor.overview();
    await editor.waitSaved();
    await page.reload();
    await editor.nav.getByRole('button', { name: /^三、收到和处理/ }).click();
    await expect(cell).toHaveValue('abc');
    await expect(cell).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText(/“abc” 不是有效的数值/).first()).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('invalid-after-reload.png') });
    // Fixed: a number replaces it, and the error goes.
    await cell.click();
    await page.keyboard.type('6');
    await page.keyboard.press('Enter');
    await expect(cell).toHaveValue('6');
    await expect(cell).not.toHaveAttribute('aria-invalid', 'true');
  });

  test('从备份恢复 brings back reports in 回收站 and says what happened to each', async ({
    page,
  }, testInfo) => {
    const library = new LibraryPage(page);
    await library.open();
    await library.createBlank('备份甲局', 2024);
    await library.open();
    await library.createBlank('备份乙局', 2024);
    await library.open();
    await library.row('备份乙局2024年').getByRole('button', { name: /^删除/ }).click();
    await expect(library.row('备份乙局2024年')).toHaveCount(0);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '备份全部报告' }).click();
    const file = testInfo.outputPath('backup.json');
    await (await download).saveAs(file);
    await expect(page.getByText('已备份 2 份报告（含回收站中的 1 份）')).toBeVisible();
    const backup = JSON.parse(await readFile(file, 'utf8')) as { reports: unknown[] };
    expect(backup.reports).toHaveLength(2);

    // Later 甲 goes to 回收站 too; restoring the backup brings it back and says so.
    await library.row('备份甲局2024年').getByRole('button', { name: /^删除/ }).click();
    await expect(library.row('备份甲局2024年')).toHaveCount(0);
    await page.getByLabel('选择备份文件').setInputFiles(file);
    const results = page.getByRole('list', { name: '各份报告的恢复结果' });
    await expect(results.getByRole('listitem')).toHaveCount(2);
    await expect(results).toContainText(
      '备份甲局2024年政府信息公开工作年度报告：本机的内容与备份相同或更新，保留本机的内容，并已从回收站取回',
    );
    await expect(results).toContainText(
      '备份乙局2024年政府信息公开工作年度报告：本机的内容与备份相同或更新，保留本机的内容（仍在回收站中）',
    );
    await expect(page.getByRole('status').filter({ hasText: '备份中共 2 份报告' })).toContainText(
      '1 份已从回收站取回，1 份在回收站中',
    );
    await results.screenshot({ path: testInfo.outputPath('restore-result.png') });
    await expect(library.row('备份甲局2024年')).toBeVisible();
    await expect(library.row('备份乙局2024年')).toHaveCount(0);
  });

  test('two tabs on one draft: a clean tab follows the other, a race never overwrites silently', async ({
    context,
  }) => {
    const first = await context.newPage();
    const library = new LibraryPage(first);
    await library.open();
    const id = await library.createBlank('双窗口测试局', 2024);
    const a = new DraftEditorPage(first);
    const b = new DraftEditorPage(await context.newPage());
    await a.open(id);
    await b.open(id);
    const areaA = await a.overview();
    const areaB = await b.overview();

    // A saves; B has nothing unsaved, so it shows A's version and says so.
    await areaA.fill('甲窗口写的第一句。');
    await a.waitSaved();
    await expect(areaB).toHaveValue('甲窗口写的第一句。');
    await expect(b.page.getByRole('status').filter({ hasText: '已载入另一个窗口' })).toBeVisible();

    // Both edit before either has saved: whichever saves second must not overwrite.
    await Promise.all([areaA.fill('甲窗口的新版本。'), areaB.fill('乙窗口的新版本。')]);
    const loser = await conflictIn(a, b);
    const winner = loser === a ? b : a;
    const loserText = loser === a ? '甲窗口的新版本。' : '乙窗口的新版本。';
    const winnerText = loser === a ? '乙窗口的新版本。' : '甲窗口的新版本。';
    await winner.waitSaved();
    expect(overviewOf(await storedRow(winner.page, id))).toBe(winnerText);
    await expect(loser.saveStatus).toContainText('未能保存');
    // The losing tab still has its text on screen.
    await expect(loser.page.getByLabel('一、总体情况 正文')).toHaveValue(loserText);

    // 将我的版本另存为副本: the losing tab continues on a copy; the original keeps the winner's text.
    await loser.conflictDialog.getByRole('button', { name: '将我的版本另存为副本' }).click();
    await loser.page.waitForURL((url) => !url.hash.endsWith(id));
    const copyId = reportIdOf(loser.page);
    expect(copyId).not.toBe(id);
    expect(overviewOf(await storedRow(loser.page, copyId))).toBe(loserText);
    expect(overviewOf(await storedRow(loser.page, id))).toBe(winnerText);
  });

  test('the other choice: reload the newer version, keeping this tab’s version in the history', async ({
    context,
  }) => {
    const first = await context.newPage();
    const library = new LibraryPage(first);
    await library.open();
    const id = await library.createBlank('重新载入测试局', 2024);
    const a = new DraftEditorPage(first);
    const b = new DraftEditorPage(await context.newPage());
    await a.open(id);
    await b.open(id);
    const areaA = await a.overview();
    const areaB = await b.overview();
    await Promise.all([areaA.fill('甲：较新的版本。'), areaB.fill('乙：会被放进历史。')]);
    const loser = await conflictIn(a, b);
    const winnerText = loser === a ? '乙：会被放进历史。' : '甲：较新的版本。';
    const loserText = loser === a ? '甲：较新的版本。' : '乙：会被放进历史。';

    await loser.conflictDialog.getByRole('button', { name: '重新载入较新的版本' }).click();
    await expect(loser.conflictDialog).toBeHidden();
    await expect(loser.page.getByLabel('一、总体情况 正文')).toHaveValue(winnerText);
    await expect(loser.saveStatus).toContainText('已保存');

    await loser.page.getByRole('button', { name: '历史版本' }).click();
    const entry = loser.page
      .getByRole('list', { name: '快照列表' })
      .getByRole('button', { name: /载入其他窗口的较新版本前/ });
    await entry.click();
    await expect(loser.page.getByRole('region', { name: '预览' })).toContainText(
      loserText.slice(0, 6),
    );
  });

  test('a report moved to 回收站 in another tab: this tab says so and never saves into it', async ({
    context,
  }) => {
    const first = await context.newPage();
    const library = new LibraryPage(first);
    await library.open();
    const id = await library.createBlank('回收站测试局', 2024);
    const editor = new DraftEditorPage(first);
    const area = await editor.overview();
    await area.fill('甲窗口写的内容。');
    await editor.waitSaved();

    const other = new LibraryPage(await context.newPage());
    await other.open();
    await other.row('回收站测试局2024年').getByRole('button', { name: /^删除/ }).click();
    await expect(other.row('回收站测试局2024年')).toHaveCount(0);

    await expect(editor.binnedDialog).toBeVisible();
    await expect(editor.binnedDialog).toContainText('另一个窗口（或标签页）把此报告移到了回收站');
    await expect(editor.saveStatus).toContainText('此报告已移到回收站');
    await editor.page.screenshot({ path: test.info().outputPath('binned-dialog.png') });
    const binned = await storedRow(first, id);
    expect(binned?.deletedAt).not.toBeNull();

    await editor.binnedDialog.getByRole('button', { name: '从回收站恢复并保存我的版本' }).click();
    await expect(editor.binnedDialog).toBeHidden();
    await area.fill('恢复后继续写。');
    await editor.waitSaved();
    const row = await storedRow(first, id);
    expect(row?.deletedAt).toBeNull();
    expect(overviewOf(row)).toBe('恢复后继续写。');
    await other.open();
    await expect(other.row('回收站测试局2024年')).toBeVisible();
  });

  test('when storage is full the user is told, keeps the text, can export, and nothing is lost', async ({
    page,
  }) => {
    // Every IndexedDB put fails with QuotaExceededError while the flag is set.
    await page.addInitScript(() => {
      const original = Object.getOwnPropertyDescriptor(IDBObjectStore.prototype, 'put');
      const put = original?.value as (
        this: IDBObjectStore,
        ...args: Parameters<IDBObjectStore['put']>
      ) => IDBRequest;
      Object.defineProperty(IDBObjectStore.prototype, 'put', {
        ...original,
        value(this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>): IDBRequest {
          if ((window as unknown as { failWrites?: boolean }).failWrites === true) {
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          }
          return put.apply(this, args);
        },
      });
    });
    const library = new LibraryPage(page);
    const editor = new DraftEditorPage(page);
    await library.open();
    const id = await library.createBlank('空间不足测试局', 2024);
    const area = await editor.overview();
    await area.pressSequentially('存入之前。');
    await editor.waitSaved();

    await page.evaluate(() => {
      (window as unknown as { failWrites?: boolean }).failWrites = true;
    });
    await area.pressSequentially('空间已满时继续输入。');
    await expect(editor.saveStatus).toHaveText('未能保存（浏览器存储空间已满）');
    await expect(editor.failureAlert).toContainText('您的修改仍保留在本页中');
    await expect(area).toHaveValue('存入之前。空间已满时继续输入。');
    expect(overviewOf(await storedRow(page, id))).toBe('存入之前。');

    // The way out offered to the user: a JSON file with everything on screen.
    const download = page.waitForEvent('download');
    await editor.failureAlert.getByRole('button', { name: '导出 JSON 文件' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('空间不足测试局2024年政府信息公开工作年度报告.json');
    const exported = JSON.parse(await readFile(await file.path(), 'utf8')) as {
      sections: { overview: string };
    };
    expect(exported.sections.overview).toBe('存入之前。空间已满时继续输入。');

    // Space is freed: retrying stores everything.
    await page.evaluate(() => {
      (window as unknown as { failWrites?: boolean }).failWrites = false;
    });
    await editor.failureAlert.getByRole('button', { name: '立即重试' }).click();
    await editor.waitSaved();
    await expect(editor.failureAlert).toBeHidden();
    expect(overviewOf(await storedRow(page, id))).toBe('存入之前。空间已满时继续输入。');
  });

  test('a damaged stored row opens with a problem list; an unreadable one never breaks the library', async ({
    page,
  }) => {
    const library = new LibraryPage(page);
    const editor = new DraftEditorPage(page);
    await library.open();
    const id = await library.createBlank('损坏数据测试局', 2024);
    const area = await editor.overview();
    await area.fill('这段文字要保住。');
    await editor.waitSaved();
    await library.open();

    const row = await storedRow(page, id);
    const payload = row?.payload as {
      tables: { applications: Record<string, unknown> };
      sections: Record<string, unknown>;
    };
    payload.tables.applications.received = { naturalPerson: '十二', commercial: -3 };
    payload.sections.problems = 42;
    // A write from outside the app's repository, with a new revision as any writer makes: the
    // library reads stored summaries and recomputes those whose report revision changed.
    await writeRow(page, { ...row, payload, revision: Number(row?.revision ?? 0) + 1 });
    await writeRow(page, {
      id: 'garbage-row',
      agency: '乱码局',
      year: 2024,
      format: '2021',
      createdAt: 0,
      updatedAt: 1,
      deletedAt: null,
      revision: 1,
      previousReportId: null,
      payload: 'not a report at all',
    });
    await page.reload();

    await expect(library.row('乱码局（数据已损坏）')).toContainText('数据已损坏');
    await expect(library.row('损坏数据测试局2024年政府信息公开工作年度报告')).toContainText(
      '存储数据有问题',
    );

    await editor.open(id);
    await expect(editor.problemDialog).toBeVisible();
    const problems = editor.problemDialog
      .getByRole('list', { name: '问题列表' })
      .getByRole('listitem');
    await expect(problems).toHaveCount(3);
    await expect(
      problems.filter({ hasText: '表三「一、本年新收政府信息公开申请数量」行「自然人」列' }),
    ).toHaveCount(1);
    await expect(problems.filter({ hasText: '五、存在的主要问题及改进情况' })).toHaveCount(1);
    await editor.problemDialog.getByRole('button', { name: '知道了，继续编辑' }).click();
    await expect(await editor.overview()).toHaveValue('这段文字要保住。');
    // The damaged original is kept in the history before the first save repairs the row.
    await page.getByRole('button', { name: '历史版本' }).click();
    await expect(page.getByRole('list', { name: '快照列表' })).toContainText(
      '存储数据损坏时的原始内容',
    );

    await page.goto('/#/report/garbage-row');
    await expect(
      page.getByRole('heading', { name: '这份报告的存储数据已损坏，无法打开。' }),
    ).toBeVisible();
    await expect(page.getByRole('list', { name: '问题列表' })).toBeVisible();
  });

  test('the library: duplicate, rename, 回收站 with restore, search and year filter', async ({
    page,
  }) => {
    const library = new LibraryPage(page);
    await library.open();
    await library.createBlank('甲局', 2023);
    await library.open();
    await library.createBlank('乙局', 2024);
    await library.open();

    await library
      .row('甲局2023年政府信息公开工作年度报告')
      .getByRole('button', { name: /^复制/ })
      .click();
    await expect(library.row('甲局2023年政府信息公开工作年度报告（副本）')).toBeVisible();

    await library.row('乙局2024年').getByRole('button', { name: /^改名/ }).click();
    await library.dialog.getByLabel('机关名称').fill('乙市乙局');
    await library.dialog.getByRole('button', { name: '保存' }).click();
    await expect(library.row('乙市乙局2024年政府信息公开工作年度报告')).toBeVisible();

    await page.getByRole('searchbox', { name: '搜索机关名称或标题' }).fill('乙市');
    await expect(library.table.getByRole('row')).toHaveCount(2);
    await page.getByRole('searchbox', { name: '搜索机关名称或标题' }).fill('');
    const yearFilter = page.getByRole('combobox', { name: '年度' });
    await yearFilter.selectOption('2023');
    await expect(library.table.getByRole('row')).toHaveCount(3);
    await yearFilter.selectOption('');

    await library
      .row('甲局2023年政府信息公开工作年度报告（副本）')
      .getByRole('button', { name: /^删除/ })
      .click();
    await expect(library.row('（副本）')).toHaveCount(0);
    await page.getByRole('button', { name: /^回收站/ }).click();
    await library.row('（副本）').getByRole('button', { name: /^恢复/ }).click();
    await page.getByRole('button', { name: '报告', exact: true }).click();
    await expect(library.row('甲局2023年政府信息公开工作年度报告（副本）')).toBeVisible();
  });

  test('start from last year: carried numbers, linked checks and 参考上年 beside the editor', async ({
    page,
  }) => {
    const library = new LibraryPage(page);
    const editor = new DraftEditorPage(page);
    await library.open();
    await library.createBlank('延续测试局', 2023);
    const area = await editor.overview();
    await area.fill('上年的总体情况。');
    await page
      .getByRole('navigation', { name: '报告各部分' })
      .getByRole('button', { name: /^三、/ })
      .click();
    const carriedForward = page.locator(
      'input[data-cell="applications.carriedForward.naturalPerson"]',
    );
    await carriedForward.click();
    await page.keyboard.type('4');
    await page.keyboard.press('Enter');
    await editor.waitSaved();

    await library.open();
    await page.getByRole('button', { name: '新建报告' }).click();
    await library.dialog.getByRole('radio', { name: '从上年报告开始' }).check();
    await expect(library.dialog.getByRole('list', { name: '不带入的内容' })).toContainText(
      '参考上年',
    );
    await library.dialog.getByRole('button', { name: '从上年报告创建' }).click();
    await page.waitForURL(/#\/report\//);
    await expect(editor.nav).toBeVisible();
    await expect(page.getByRole('banner').getByRole('heading', { level: 1 })).toHaveText(
      '延续测试局2024年政府信息公开工作年度报告',
    );

    await page
      .getByRole('navigation', { name: '报告各部分' })
      .getByRole('button', { name: /^三、/ })
      .click();
    await expect(
      page.locator('input[data-cell="applications.carriedOver.naturalPerson"]'),
    ).toHaveValue('4');

    await page.getByRole('button', { name: '参考上年' }).click();
    const panel = page.getByRole('complementary', { name: '参考上年' });
    await expect(panel).toContainText('上年的总体情况。');
    const overview = await editor.overview();
    await expect(overview).toHaveValue('');
    await panel
      .getByRole('region', { name: '上年 一、总体情况' })
      .getByRole('button', { name: '复制到本报告' })
      .click();
    await expect(overview).toHaveValue('上年的总体情况。');
  });
});
