import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { EditorPage } from '../pages/editorPage';

/**
 * The steps of an officer's day that the offline, update and no-third-party journeys share:
 * the drafts library, a new blank report, typing into a table, autosave, print preview and
 * export. Locators use what a user sees (roles, labels, the official wording).
 */
export const APPLICATIONS_PART = '三、收到和处理政府信息公开申请情况';
export const RECEIVED_NATURAL_PERSON = 'applications.received.naturalPerson';

export function reportTitle(agency: string, year: number): string {
  return `${agency}${String(year)}年政府信息公开工作年度报告`;
}

/** The drafts library (home screen) is showing. */
export async function expectLibrary(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: '新建报告' })).toBeVisible();
}

/** 新建报告 → 空白报告 → 创建空白报告; ends in the editor of the new draft. */
export async function createBlankReport(page: Page, agency: string, year: number): Promise<void> {
  await page.getByRole('button', { name: '新建报告' }).click();
  const dialog = page.getByRole('dialog', { name: '新建报告' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('机关名称').fill(agency);
  await dialog.getByLabel('报告年度').fill(String(year));
  await dialog.getByRole('button', { name: '创建空白报告' }).click();
  await expect(new EditorPage(page).title).toHaveText(reportTitle(agency, year));
}

/** Opens a draft from the library by its title. */
export async function openDraft(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: `打开 ${title}` }).click();
  await expect(new EditorPage(page).title).toHaveText(title);
}

/** Shows 表三 (the editor opens a draft on 基本信息) and returns one of its cells. */
export async function applicationsCell(page: Page, cellId: string): Promise<Locator> {
  const editor = new EditorPage(page);
  await editor.goTo(APPLICATIONS_PART);
  return editor.cell(cellId);
}

/** Goes to 表三 and types a number into a cell, the way a user does. */
export async function typeIntoApplications(
  page: Page,
  cellId: string,
  text: string,
): Promise<void> {
  const editor = new EditorPage(page);
  await editor.goTo(APPLICATIONS_PART);
  await editor.typeInCell(cellId, text);
  await expect(editor.cell(cellId)).toHaveValue(text);
}

export function saveStatus(page: Page): Locator {
  return page.getByTestId('save-status');
}

/** Autosave wrote the latest change to IndexedDB (已保存 in the header). */
export async function expectSaved(page: Page): Promise<void> {
  await expect(saveStatus(page)).toHaveAttribute('data-save-state', 'saved');
  await expect(saveStatus(page)).toHaveText(/^已保存/);
}

async function chooseExport(page: Page, item: string): Promise<void> {
  await page.getByRole('button', { name: '导出', exact: true }).click();
  await page.getByRole('menuitem', { name: new RegExp(`^${item}`) }).click();
}

/** 导出 → 打印预览: the report renders in the preview frame; then 关闭. */
export async function checkPrintPreview(page: Page, title: string): Promise<void> {
  await chooseExport(page, '打印预览');
  const preview = page.getByRole('dialog', { name: /打印预览/ });
  await expect(preview).toBeVisible();
  const frame = page.frameLocator('iframe[title^="打印预览"]');
  await expect(frame.getByText(title).first()).toBeVisible();
  await expect(frame.getByText('收到和处理政府信息公开申请情况').first()).toBeVisible();
  await preview.getByRole('button', { name: '关闭' }).click();
  await expect(preview).toBeHidden();
}

/** 导出 → 导出 JSON 文件; returns the download. */
export async function exportJson(page: Page): Promise<Download> {
  const download = page.waitForEvent('download');
  await chooseExport(page, '导出 JSON 文件');
  return download;
}
