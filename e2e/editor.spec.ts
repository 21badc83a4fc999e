import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/editorPage';

const BALANCE_CELLS = {
  received: 'applications.received.naturalPerson',
  carriedOver: 'applications.carriedOver.naturalPerson',
  disclosed: 'applications.disclosed.naturalPerson',
  carriedForward: 'applications.carriedForward.naturalPerson',
};

test.describe('report editor', () => {
  let editor: EditorPage;

  test.beforeEach(async ({ page }) => {
    editor = new EditorPage(page);
    await editor.open();
  });

  test('agency and year fill the title in the header', async () => {
    await editor.field('机关名称').fill('测试区政务服务中心');
    await editor.field('报告年度').fill('2024');
    await expect(editor.title).toHaveText('测试区政务服务中心2024年政府信息公开工作年度报告');
    await expect(editor.navItem('基本信息')).toContainText('填写中');

    // Undo (button and keyboard) goes back through the store's history, field by field.
    await editor.page.getByRole('button', { name: '撤销' }).click();
    await expect(editor.field('报告年度')).not.toHaveValue('2024');
    await editor.field('机关名称').press('Control+z');
    await expect(editor.field('机关名称')).toHaveValue('');
    await expect(editor.title).not.toContainText('测试区');
  });

  test('the parts can be reached with the keyboard alone', async ({ page }) => {
    await editor.navItem('基本信息').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(editor.navItem('三、收到和处理政府信息公开申请情况')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(editor.partHeading('三、收到和处理政府信息公开申请情况')).toBeFocused();
    await expect(editor.navItem('三、收到和处理政府信息公开申请情况')).toHaveAttribute(
      'aria-current',
      'true',
    );
    // Tab from the heading reaches the table.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(editor.cell(BALANCE_CELLS.received)).toBeFocused();
    await editor.navItem('一、总体情况').focus();
    await page.keyboard.press('Enter');
    await expect(editor.partHeading('一、总体情况')).toBeFocused();
  });

  test('a broken 勾稽关系 shows at the cell and in the list, and leads back to the cell', async () => {
    await editor.goTo('三、收到和处理政府信息公开申请情况');
    await editor.typeInCell(BALANCE_CELLS.received, '10');
    await editor.typeInCell(BALANCE_CELLS.carriedOver, '0');
    await editor.typeInCell(BALANCE_CELLS.disclosed, '6');
    await editor.typeInCell(BALANCE_CELLS.carriedForward, '1');

    await expect(editor.cell(BALANCE_CELLS.received)).toHaveAttribute('aria-invalid', 'true');
    const finding = editor.finding(/错误.*自然人/);
    await expect(finding).toHaveCount(1);
    await expect(editor.navItem('三、收到和处理政府信息公开申请情况')).toContainText('有错误');
    // The 总计 column breaks with it: one error per column.
    await expect(editor.errorCount()).toHaveText(/错误\s*2/);

    await editor.goTo('一、总体情况');
    await finding.getByRole('button').first().click();
    await expect(editor.partHeading('三、收到和处理政府信息公开申请情况')).toBeVisible();
    await expect(editor.page.locator(':focus')).toHaveAttribute(
      'data-cell',
      BALANCE_CELLS.received,
    );

    // Fixing the numbers clears the error.
    await editor.typeInCell(BALANCE_CELLS.carriedForward, '4');
    await expect(finding).toHaveCount(0);
    await expect(editor.cell(BALANCE_CELLS.received)).not.toHaveAttribute('aria-invalid', 'true');
  });

  test('an empty section waits to be written; a warning can be accepted with a reason, and the acceptance undone', async ({
    page,
  }) => {
    // Empty, 六 is 待填写 — nothing to accept.
    const empty = editor.finding('「六、其他需要报告的事项」还没有内容');
    await expect(empty).toContainText('待填写');
    await expect(empty.getByRole('button', { name: '确认无误…' })).toHaveCount(0);

    await editor.goTo('六、其他需要报告的事项');
    await page
      .getByRole('textbox', { name: '六、其他需要报告的事项 正文' })
      .fill('本年度无其他需要报告的事项。');
    const message = /没有提到信息处理费/;
    await editor.acknowledge(message, '本机关不收取信息处理费，另行说明');
    const accepted = editor.finding(message);
    await expect(accepted).toContainText('已确认');
    await expect(accepted).toContainText('本机关不收取信息处理费，另行说明');
    await expect(editor.navItem('六、其他需要报告的事项')).not.toContainText('警告');

    await accepted.getByRole('button', { name: '取消确认' }).click();
    await expect(editor.finding(message)).toContainText('警告');
    await expect(editor.finding(message)).not.toContainText('已确认');
  });

  test('switching the edition keeps data the new edition has no row for', async () => {
    await editor.field('报告年度').fill('2020');
    await editor.page.getByRole('button', { name: '改用 2019 版' }).click();
    await editor.dialog.getByRole('button', { name: '改用 2019 版' }).click();
    await expect(editor.editionOption('2019')).toBeChecked();

    const other2019 = 'applications.other.naturalPerson';
    await editor.goTo('三、收到和处理政府信息公开申请情况');
    await editor.typeInCell(other2019, '3');
    await expect(editor.cell(other2019)).toHaveValue('3');

    await editor.goTo('基本信息');
    await editor.editionOption('2021').click();
    await expect(editor.dialog).toContainText('表三 （六）其他处理');
    await expect(editor.dialog).toContainText('不会删除');
    await editor.dialog.getByRole('button', { name: '改用 2021 版' }).click();
    await expect(editor.keptDataNotice).toContainText('以下数据不属于当前格式，已保留');
    await expect(editor.keptDataNotice).toContainText('表三 （六）其他处理：自然人 3');

    await editor.goTo('三、收到和处理政府信息公开申请情况');
    await expect(editor.cell(other2019)).toHaveCount(0);
    await expect(editor.cell('applications.otherOther.naturalPerson')).toBeVisible();

    await editor.switchEdition('2019');
    await expect(editor.keptDataNotice).toHaveCount(0);
    await editor.goTo('三、收到和处理政府信息公开申请情况');
    await expect(editor.cell(other2019)).toHaveValue('3');
  });
});
