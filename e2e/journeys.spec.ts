import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { definitionOf } from '../src/report/definition/editions';
import type { Format, TableDef, TableId } from '../src/report/definition/types';
import { fixturePath } from './helpers/reports';
import { EditorPage } from './pages/editorPage';
import { ExchangePage } from './pages/exchangePage';

/**
 * A new user's journeys, end to end, through what the user sees: the drafts library, the
 * editor's parts, the grid (by the form's own row and column labels), the check list, import,
 * export and the print preview. Relative URLs only, so the spec runs under any config.
 */

/** Each journey is long (hundreds of keystrokes and checks); give it room on a busy machine. */
test.describe.configure({ timeout: 120_000 });

const AGENCY = '某县人民政府办公室';
const APPLICATIONS = '三、收到和处理政府信息公开申请情况';
const COLUMNS = [
  'naturalPerson',
  'commercial',
  'research',
  'nonprofit',
  'legalService',
  'otherOrg',
];

type FileTables = Record<string, Record<string, Record<string, number | null>>>;
interface ReportFile {
  readonly tables: FileTables;
  readonly [key: string]: unknown;
}

/** The published 表三 of a real-looking report: the numbers an officer copies from a ledger. */
const SAMPLE_PATH = fixturePath('sample-2021');
const SAMPLE = JSON.parse(readFileSync(SAMPLE_PATH, 'utf8')) as ReportFile;
const PUBLISHED = SAMPLE.tables.applications ?? {};

function published(row: string, column: string): number {
  const value = PUBLISHED[row]?.[column];
  if (typeof value !== 'number') throw new Error(`sample has no ${row}.${column}`);
  return value;
}

/** The 表三 rows （一）…（六） of the 2021 edition, in printed order (from the definition). */
const DISPOSITION_ROWS = definitionOf('2021')
  .tables.applications.rows.map((r) => r.id)
  .filter((id) => !['received', 'carriedOver', 'handledTotal', 'carriedForward'].includes(id));

/** The editor part that shows a table. */
const PART_OF: Readonly<Record<TableId, string>> = {
  proactive: '二、主动公开政府信息情况',
  applications: APPLICATIONS,
  review: '四、政府信息公开行政复议、行政诉讼情况',
  disclosureStats: '六、其他需要报告的事项',
};

/** 新建报告 → 空白报告 in the drafts library; ends in the editor of the new report. */
async function createBlankReport(page: Page, year: number): Promise<EditorPage> {
  await page.goto('/');
  await page.getByRole('button', { name: '新建报告' }).click();
  const dialog = page.getByRole('dialog', { name: '新建报告' });
  await dialog.getByLabel('机关名称').fill(AGENCY);
  await dialog.getByLabel('报告年度').fill(String(year));
  await dialog.getByRole('button', { name: '创建空白报告' }).click();
  const editor = new EditorPage(page);
  await expect(editor.title).toHaveText(`${AGENCY}${String(year)}年政府信息公开工作年度报告`);
  return editor;
}

async function focusedCell(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute('data-cell') ?? null);
}

/** Pastes like Ctrl+V from Excel/WPS into the focused cell (no system clipboard headless). */
async function pasteIntoFocused(page: Page, text: string): Promise<void> {
  await page.evaluate((data) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', data);
    document.activeElement?.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
    );
  }, text);
}

/** The texts of the elements an input's aria-describedby points at. */
async function description(input: Locator): Promise<string> {
  return input.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter((id) => id !== '')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join('\n'),
  );
}

function errorCount(editor: EditorPage): Locator {
  return editor.checkPanel
    .getByRole('list', { name: '检查结果统计' })
    .getByRole('listitem')
    .filter({ hasText: '错误' });
}

test.describe('a new user drafts the 2025 report', () => {
  test('基本信息, 表三 typed and pasted, totals as published; a broken 勾稽关系 leads to its cell', async ({
    page,
  }) => {
    const editor = await createBlankReport(page, 2025);

    // 基本信息: the form opens on it.
    await expect(editor.partHeading('基本信息')).toBeVisible();
    await editor.field('机关层级').selectOption({ label: '县级人民政府部门' });
    await expect(editor.editionOption('2021')).toBeChecked();
    await editor
      .field('引言')
      .fill('本报告依据《中华人民共和国政府信息公开条例》编制，统计期限为2025年1月1日至12月31日。');
    await editor.field('发布日期').fill('2026-01-20');
    await expect(editor.navItem('基本信息')).toContainText('已完成');

    // 表三: the first two rows typed, cell after cell with Tab.
    await editor.goTo(APPLICATIONS);
    await editor.cell('applications.received.naturalPerson').click();
    for (const row of ['received', 'carriedOver']) {
      for (const column of COLUMNS) {
        await page.keyboard.type(String(published(row, column)));
        await page.keyboard.press('Tab');
      }
    }
    expect(await focusedCell(page)).toBe('applications.disclosed.naturalPerson');

    // （一）…（六）: one block copied from a spreadsheet, previewed, then applied.
    const block = DISPOSITION_ROWS.map((row) =>
      COLUMNS.map((column) => String(published(row, column))).join('\t'),
    ).join('\r\n');
    await pasteIntoFocused(page, `${block}\r\n`);
    const preview = page.getByRole('dialog', { name: '粘贴预览' });
    await expect(preview).toContainText(`将粘贴 ${String(DISPOSITION_ROWS.length)} 行 × 6 列`);
    await expect(preview).toContainText('不会覆盖已填写的数值。');
    await preview.getByRole('button', { name: '确定粘贴' }).click();
    await expect(preview).toBeHidden();

    // 四、结转下年度继续办理 typed.
    await editor.cell('applications.carriedForward.naturalPerson').click();
    for (const column of COLUMNS) {
      await page.keyboard.type(String(published('carriedForward', column)));
      await page.keyboard.press('Tab');
    }

    // Every value and every total equals the published table.
    for (const [row, values] of Object.entries(PUBLISHED)) {
      for (const [column, value] of Object.entries(values)) {
        await expect(editor.cell(`applications.${row}.${column}`)).toHaveValue(String(value));
      }
    }
    await expect(editor.cell('applications.handledTotal.total')).toHaveValue('52');
    await expect(errorCount(editor)).toHaveText(/错误\s*0/);
    await expect(page.locator('.grid input[aria-invalid="true"]')).toHaveCount(0);
    await expect(editor.navItem(APPLICATIONS)).toContainText('已完成');

    // One wrong number: 一+二 = （七）+四 no longer holds in the 商业企业 column.
    await editor.typeInCell('applications.carriedForward.commercial', '2');
    const involved = ['received', 'carriedOver', 'handledTotal', 'carriedForward'].map((row) =>
      editor.cell(`applications.${row}.commercial`),
    );
    for (const input of involved) {
      await expect(input).toHaveAttribute('aria-invalid', 'true');
      expect(await description(input)).toContain('商业企业列');
    }
    await expect(editor.cell('applications.disclosed.commercial')).not.toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await expect(errorCount(editor)).toHaveText(/错误\s*2/);
    const finding = editor.finding(/错误.*商业企业列/);
    await expect(finding).toHaveCount(1);
    await expect(editor.navItem(APPLICATIONS)).toContainText('错误');

    // From elsewhere in the report, the finding leads back to the cell.
    await editor.goTo('一、总体情况');
    await finding.getByRole('button').first().click();
    await expect(editor.cell('applications.received.commercial')).toBeFocused();
    expect(await focusedCell(page)).toBe('applications.received.commercial');
  });
});

/** Every cell of a table as the contract names it, with the name a screen reader announces. */
function expectedCells(table: TableDef) {
  return table.rows.flatMap((row) =>
    row.columns.map((column) => ({
      id: `${table.id}.${row.id}.${column.id}`,
      name: `${row.label} ${column.label}`,
      computed: row.computed === true || column.computed === true,
    })),
  );
}

for (const format of ['2021', '2019'] as const satisfies readonly Format[]) {
  test(`every grid cell of every table (${format} 版) has its contract id and the form's name`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    const editor = await createBlankReport(page, format === '2021' ? 2025 : 2020);
    const definition = definitionOf(format);
    for (const table of Object.values(definition.tables)) {
      await editor.goTo(PART_OF[table.id]);
      if (table.id === 'disclosureStats') {
        await page.getByRole('button', { name: `添加“${table.title}”表` }).click();
      }
      const grid = page.locator(`.grid[data-table="${table.id}"]`);
      const cells = expectedCells(table);
      await expect(grid.getByRole('textbox')).toHaveCount(cells.length);
      for (const cell of cells) {
        // Exact name, and exactly one such box on the page (strict locator).
        const box = page.getByRole('textbox', { name: cell.name, exact: true });
        await expect(box, cell.id).toHaveAttribute('data-cell', cell.id);
        if (cell.computed) await expect(box, cell.id).not.toBeEditable();
        else await expect(box, cell.id).toBeEditable();
      }
    }
  });
}

test.describe('the published sample comes in and goes out unchanged', () => {
  test('imported through the library and the editor: exact values, no errors, export equals the file', async ({
    page,
  }) => {
    // The library's 导入.
    await page.goto('/');
    await page.getByRole('button', { name: '导入', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '导入年报文件' });
    await dialog.getByLabel('年报文件（.json）').setInputFiles(SAMPLE_PATH);
    await expect(dialog).toContainText('未发现问题。');
    await dialog.getByRole('button', { name: '作为新报告导入' }).click();
    const editor = new EditorPage(page);
    await expect(editor.title).toHaveText('青溪县自然资源和规划局2021年政府信息公开工作年度报告');

    // The editor's 导入, with the same agency and year already stored: a second copy.
    const exchange = new ExchangePage(page);
    await exchange.chooseImportFile(SAMPLE_PATH);
    await expect(exchange.importChoice('替换现有报告（先保存修订快照）')).toBeVisible();
    await exchange.importChoice('作为新报告导入').click();
    await expect(exchange.importDialog).toBeHidden();
    await expect(editor.title).toHaveText('青溪县自然资源和规划局2021年政府信息公开工作年度报告');

    for (const tableId of ['proactive', 'applications', 'review'] as const) {
      await editor.goTo(PART_OF[tableId]);
      for (const [row, values] of Object.entries(SAMPLE.tables[tableId] ?? {})) {
        for (const [column, value] of Object.entries(values)) {
          await expect(editor.cell(`${tableId}.${row}.${column}`)).toHaveValue(String(value));
        }
      }
      await expect(page.locator('.grid input[aria-invalid="true"]')).toHaveCount(0);
    }
    await editor.goTo(PART_OF.proactive);
    await expect(editor.cell('proactive.fees.amount')).toHaveValue('5949.088667');
    await expect(errorCount(editor)).toHaveText(/错误\s*0/);

    const exported = await exchange.exportJson();
    const { exportedAt, generator, ...written } = JSON.parse(exported.text) as Record<
      string,
      unknown
    >;
    expect(typeof exportedAt).toBe('string');
    expect(typeof generator).toBe('string');
    const { exportedAt: _at, generator: _by, ...input } = SAMPLE as Record<string, unknown>;
    // toEqual ignores key order, which the contract leaves free.
    expect(written).toEqual(input);
  });
});

test.describe('keyboard only', () => {
  test('shell, parts and grid keys; Ctrl+Z / Ctrl+Y across Delete, a paste and 填零', async ({
    page,
  }) => {
    const editor = await createBlankReport(page, 2025);
    const value = (row: string, column: string) => editor.cell(`applications.${row}.${column}`);
    const press = async (key: string, times = 1) => {
      for (let i = 0; i < times; i += 1) await page.keyboard.press(key);
    };

    // Tab from the top of the page, through the header, into the parts navigation.
    await page.evaluate(() => {
      if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    });
    const basic = editor.navItem('基本信息');
    for (let i = 0; i < 20; i += 1) {
      await press('Tab');
      if (await basic.evaluate((el) => el === document.activeElement)) break;
    }
    await expect(basic).toBeFocused();
    await press('ArrowDown', 3);
    await expect(editor.navItem(APPLICATIONS)).toBeFocused();
    await press('Enter');
    await expect(editor.partHeading(APPLICATIONS)).toBeFocused();
    await press('Tab');
    await expect(page.getByRole('button', { name: '填零' })).toBeFocused();
    await press('Tab');
    expect(await focusedCell(page)).toBe('applications.received.naturalPerson');

    // Typing, Tab and Enter; arrows reach the total, Tab and Enter skip it.
    await page.keyboard.type('12');
    await press('Tab');
    await page.keyboard.type('3');
    await expect(value('received', 'total')).toHaveValue('15');
    await press('Enter');
    expect(await focusedCell(page)).toBe('applications.carriedOver.commercial');
    await press('ArrowUp');
    await press('ArrowRight', 5);
    expect(await focusedCell(page)).toBe('applications.received.total');
    await press('Shift+Tab');
    expect(await focusedCell(page)).toBe('applications.received.otherOrg');
    await press('ArrowLeft', 5);
    expect(await focusedCell(page)).toBe('applications.received.naturalPerson');

    // F2 edits in place; Escape restores; Delete clears and is undone on its own.
    await press('F2');
    await page.keyboard.type('4');
    await expect(value('received', 'naturalPerson')).toHaveValue('124');
    await press('Escape');
    await expect(value('received', 'naturalPerson')).toHaveValue('12');
    await press('F2');
    await page.keyboard.type('4');
    await press('Enter');
    await press('ArrowUp');
    await expect(value('received', 'naturalPerson')).toHaveValue('124');
    await press('Delete');
    await expect(value('received', 'naturalPerson')).toHaveValue('');
    await expect(value('received', 'total')).toHaveValue('3');
    await press('Control+z');
    await expect(value('received', 'naturalPerson')).toHaveValue('124');

    // A paste of two rows, confirmed with Enter (the preview's focus is on 确定粘贴).
    await press('ArrowDown', 2);
    expect(await focusedCell(page)).toBe('applications.disclosed.naturalPerson');
    await pasteIntoFocused(page, '5\t6\r\n7\t8\r\n');
    await expect(page.getByRole('button', { name: '确定粘贴' })).toBeFocused();
    await press('Enter');
    await expect(value('partiallyDisclosed', 'commercial')).toHaveValue('8');
    expect(await focusedCell(page)).toBe('applications.disclosed.naturalPerson');

    // 填零 from the keyboard; focus goes on into the table, not back to the page.
    await press('ArrowUp', 2);
    await press('Shift+Tab');
    await expect(page.getByRole('button', { name: '填零' })).toBeFocused();
    await press('Enter');
    await expect(value('received', 'research')).toHaveValue('0');
    await expect(page.getByRole('button', { name: '填零' })).toBeDisabled();
    expect(await focusedCell(page)).toBe('applications.received.research');

    // Undo 填零, then the paste; redo both.
    await press('Control+z');
    await expect(value('received', 'research')).toHaveValue('');
    await expect(value('disclosed', 'naturalPerson')).toHaveValue('5');
    await press('Control+z');
    await expect(value('disclosed', 'naturalPerson')).toHaveValue('');
    await expect(value('received', 'naturalPerson')).toHaveValue('124');
    await press('Control+y');
    await expect(value('disclosed', 'naturalPerson')).toHaveValue('5');
    await press('Control+y');
    await expect(value('received', 'research')).toHaveValue('0');
    await expect(value('handledTotal', 'total')).toHaveValue('26');
  });
});

test.describe('blank is not zero', () => {
  test('a blank cell stays blank in the grid, the totals and the print preview', async ({
    page,
  }) => {
    const editor = await createBlankReport(page, 2025);
    await editor.goTo(APPLICATIONS);
    await editor.typeInCell('applications.received.naturalPerson', '3');
    await editor.typeInCell('applications.disclosed.commercial', '0');

    const blank = [
      'applications.received.commercial',
      'applications.carriedOver.total',
      'applications.handledTotal.naturalPerson',
      'applications.carriedForward.total',
    ];
    const zero = [
      'applications.disclosed.commercial',
      'applications.disclosed.total',
      'applications.handledTotal.commercial',
      'applications.handledTotal.total',
    ];
    for (const id of blank) await expect(editor.cell(id), id).toHaveValue('');
    for (const id of zero) await expect(editor.cell(id), id).toHaveValue('0');
    await expect(editor.cell('applications.received.total')).toHaveValue('3');

    const preview = await new ExchangePage(page).openPrintPreview();
    const printed = (id: string) => preview.frame.locator(`td[data-cell="${id}"]`);
    for (const id of blank) await expect(printed(id), id).toHaveText('');
    for (const id of zero) await expect(printed(id), id).toHaveText('0');
    await expect(printed('applications.received.total')).toHaveText('3');
    // 表二 and 表四 are still entirely blank: not one printed 0 there.
    const untouched = preview.frame.locator(
      'td[data-cell^="proactive."], td[data-cell^="review."]',
    );
    await expect(untouched).toHaveCount(10 + 15);
    expect(new Set(await untouched.allTextContents())).toEqual(new Set(['']));
    await preview.close();
  });
});

test.describe('at 1280 × 800 with the check list open', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('表四 fits the editor column: all 15 cells visible without scrolling sideways', async ({
    page,
  }) => {
    const editor = await createBlankReport(page, 2025);
    await editor.goTo(PART_OF.review);
    await expect(editor.checkPanel).toBeVisible();
    const scroller = page.locator('.grid[data-table="review"] .grid__scroll');
    const overflow = await scroller.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const cells = page.locator('.grid[data-table="review"] input[data-cell]');
    await expect(cells).toHaveCount(15);
    for (const input of await cells.all()) await expect(input).toBeInViewport({ ratio: 1 });
  });
});
