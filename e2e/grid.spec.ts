import { expect, test } from '@playwright/test';
import { GridPage } from './pages/gridPage';

const NATURAL = 'applications.received.naturalPerson';
const COMMERCIAL = 'applications.received.commercial';
const TOTAL = 'applications.received.total';

test.describe('table grid', () => {
  let grid: GridPage;

  test.beforeEach(async ({ page }) => {
    grid = new GridPage(page);
    await grid.open();
  });

  test('typing into 表三 updates 总计 as the user types', async ({ page }) => {
    await grid.cell(NATURAL).click();
    await page.keyboard.type('12');
    await expect(grid.cell(TOTAL)).toHaveValue('12');
    await page.keyboard.press('Tab');
    await page.keyboard.type('3');
    await expect(grid.cell(TOTAL)).toHaveValue('15');
    await page.keyboard.press('Enter');
    await expect(grid.cell(COMMERCIAL)).toHaveValue('3');
    await expect(grid.cell('applications.handledTotal.naturalPerson')).toHaveValue('');
  });

  test('editing in place puts each typed digit, Backspace and Delete at the caret', async ({
    page,
  }) => {
    const cell = grid.cell(NATURAL);
    await cell.click();
    await page.keyboard.type('120');
    await page.keyboard.press('Enter');
    await cell.click();
    await page.keyboard.press('F2');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.type('5');
    await expect(cell).toHaveValue('1520');
    await expect(grid.cell(TOTAL)).toHaveValue('1520');
    await page.keyboard.press('Delete');
    await expect(cell).toHaveValue('150');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await expect(cell).toHaveValue('0');
    await page.keyboard.type('9');
    await expect(cell).toHaveValue('90');
    await expect(grid.cell(TOTAL)).toHaveValue('90');
    // The caret stays where the typing left it: Shift+Home selects what is before it.
    await page.keyboard.press('Shift+Home');
    await page.keyboard.type('4');
    await expect(cell).toHaveValue('40');
    await page.keyboard.press('Enter');
    await expect(grid.cell(TOTAL)).toHaveValue('40');
    // The whole edit is one undo step back to the value before it.
    await cell.click();
    await page.keyboard.press('Control+z');
    await expect(cell).toHaveValue('120');
  });

  test('invalid input is never taken as a value; Escape restores the value', async ({ page }) => {
    const cell = grid.cell(NATURAL);
    await cell.click();
    await page.keyboard.type('8');
    await page.keyboard.press('Enter');
    await cell.click();
    await page.keyboard.type('abc');
    await expect(cell).toHaveAttribute('aria-invalid', 'true');
    await expect(grid.table('applications').getByText('请输入非负整数')).toBeVisible();
    // The cell holds no valid value while it shows “abc”: the total leaves it out.
    await expect(grid.cell(TOTAL)).toHaveValue('');
    await page.keyboard.press('Escape');
    await expect(cell).toHaveValue('8');
    await expect(grid.cell(TOTAL)).toHaveValue('8');
    await expect(cell).not.toHaveAttribute('aria-invalid', 'true');
  });

  test('pasted “-”, “—”, “/”, “无” are listed in the preview and read as 0 when chosen', async ({
    page,
  }, testInfo) => {
    await grid.paste(NATURAL, '-\t—\t/\t无\t2\t0');
    const dialog = grid.dialog('粘贴预览');
    await expect(dialog.getByRole('list', { name: '粘贴的符号' }).getByRole('listitem')).toHaveText(
      [
        '「一、本年新收政府信息公开申请数量 自然人」：“-”',
        '「一、本年新收政府信息公开申请数量 商业企业」：“—”',
        '「一、本年新收政府信息公开申请数量 科研机构」：“/”',
        '「一、本年新收政府信息公开申请数量 社会公益组织」：“无”',
      ],
    );
    await expect(dialog.getByRole('radio', { name: '空白（留待填写）' })).toBeChecked();
    await dialog.getByRole('radio', { name: '0', exact: true }).check();
    await page.screenshot({ path: testInfo.outputPath('paste-none-marks.png') });
    await dialog.getByRole('button', { name: '确定粘贴' }).click();
    await expect(dialog).toBeHidden();
    await expect(grid.cell(NATURAL)).toHaveValue('0');
    await expect(grid.cell('applications.received.nonprofit')).toHaveValue('0');
    await expect(grid.cell(TOTAL)).toHaveValue('2');
  });

  test('full-width digits are understood', async ({ page }) => {
    await grid.cell(NATURAL).click();
    await page.keyboard.insertText('１２');
    await page.keyboard.press('Enter');
    await expect(grid.cell(NATURAL)).toHaveValue('12');
    await expect(grid.cell(TOTAL)).toHaveValue('12');
  });

  test('an IME composition is not committed until it ends', async ({ page }) => {
    await grid.cell(NATURAL).click();
    // A real composition through the DevTools protocol, as a Chinese input method makes one.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'yi', selectionStart: 2, selectionEnd: 2 });
    await expect(grid.cell(NATURAL)).toHaveValue('yi');
    await expect(grid.cell(NATURAL)).not.toHaveAttribute('aria-invalid', 'true');
    await expect(grid.cell(TOTAL)).toHaveValue('');
    await cdp.send('Input.insertText', { text: '１' });
    await expect(grid.cell(TOTAL)).toHaveValue('1');
    await page.keyboard.press('Enter');
    await expect(grid.cell(NATURAL)).toHaveValue('1');
  });

  test('arrows, Enter and Tab move like a spreadsheet, following the printed layout', async ({
    page,
  }) => {
    await grid.cell('applications.received.otherOrg').click();
    await page.keyboard.press('ArrowRight');
    expect(await grid.focusedCell()).toBe(TOTAL);
    await page.keyboard.press('ArrowDown');
    expect(await grid.focusedCell()).toBe('applications.carriedOver.total');
    await page.keyboard.press('Shift+Tab');
    expect(await grid.focusedCell()).toBe('applications.carriedOver.otherOrg');
    await page.keyboard.press('Tab');
    expect(await grid.focusedCell()).toBe('applications.disclosed.naturalPerson');
    await page.keyboard.press('Enter');
    expect(await grid.focusedCell()).toBe('applications.partiallyDisclosed.naturalPerson');

    // 表二: down from the 3-column block lands in the spanning cell below its headers.
    await grid.cell('proactive.normativeDocs.inForce').click();
    await page.keyboard.press('ArrowDown');
    expect(await grid.focusedCell()).toBe('proactive.licensing.decisions');
  });

  test('a pasted block is previewed, then applied as one undo step', async ({ page }) => {
    await grid.paste(NATURAL, '1\t2\t3\t0\t0\t0\r\n4\t5\t6\t0\t0\t0\r\n');
    const dialog = grid.dialog('粘贴预览');
    await expect(dialog).toContainText('2 行 × 6 列');
    await expect(grid.cell(NATURAL)).toHaveValue('');
    await dialog.getByRole('button', { name: '确定粘贴' }).click();
    await expect(dialog).toBeHidden();
    await expect(grid.cell(TOTAL)).toHaveValue('6');
    await expect(grid.cell('applications.carriedOver.total')).toHaveValue('15');
    expect(await grid.focusedCell()).toBe(NATURAL);
    await page.keyboard.press('Control+z');
    await expect(grid.cell(TOTAL)).toHaveValue('');
    await expect(grid.cell('applications.carriedOver.total')).toHaveValue('');
  });

  test('a paste that does not fit explains why and changes nothing', async () => {
    await grid.paste('applications.received.legalService', '1\t2\t3\t4\n4\tabc');
    const dialog = grid.dialog('无法粘贴');
    await expect(dialog).toContainText('第 1 行有 4 个值');
    await expect(dialog).toContainText('“abc”不是数字');
    await dialog.getByRole('button', { name: '关闭' }).click();
    await expect(dialog).toBeHidden();
    await expect(grid.cell('applications.received.legalService')).toHaveValue('');
    await expect(grid.undoButton()).toBeDisabled();
  });

  test('填零 fills blank inputs only, and Ctrl+Z takes it back', async ({ page }) => {
    await grid.cell('review.reconsideration.upheld').click();
    await page.keyboard.type('2');
    await page.keyboard.press('Enter');
    const button = grid.fillZero('review');
    await expect(button).toHaveAttribute('title', '将本表所有空白输入单元格填为 0');
    await button.click();
    await expect(button).toBeDisabled();
    await expect(grid.cell('review.reconsideration.upheld')).toHaveValue('2');
    await expect(grid.cell('review.litigationDirect.pending')).toHaveValue('0');
    await expect(grid.cell('review.reconsideration.total')).toHaveValue('2');
    await grid.cell('review.litigationDirect.pending').click();
    await page.keyboard.press('Control+z');
    await expect(grid.cell('review.litigationDirect.pending')).toHaveValue('');
    await expect(grid.cell('review.reconsideration.upheld')).toHaveValue('2');
    await expect(button).toBeEnabled();
  });

  test('every input has a contract id and an accessible name', async () => {
    await expect(grid.named('（三）1.属于国家秘密 自然人')).toHaveAttribute(
      'data-cell',
      'applications.withheldStateSecret.naturalPerson',
    );
    await expect(grid.named('行政复议 结果维持')).toHaveAttribute(
      'data-cell',
      'review.reconsideration.upheld',
    );
    await expect(grid.named('第二十条第（一）项 规章 本年制发件数')).toHaveAttribute(
      'data-cell',
      'proactive.rules.issued',
    );
    const unnamed = await grid.page
      .locator('input')
      .evaluateAll((inputs) =>
        inputs
          .filter((i) => !i.getAttribute('data-cell') || !i.getAttribute('aria-label'))
          .map((i) => i.outerHTML),
      );
    expect(unnamed).toEqual([]);
    expect(await grid.page.locator('input[data-cell]').count()).toBe(25 * 7 + 10 + 15 + 14);
  });
});
