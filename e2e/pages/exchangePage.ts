import { readFile } from 'node:fs/promises';
import {
  expect,
  type Download,
  type FrameLocator,
  type Locator,
  type Page,
} from '@playwright/test';

/** A file the app handed to the browser to save. */
export interface SavedFile {
  readonly name: string;
  readonly path: string;
  readonly text: string;
}

async function saved(download: Download): Promise<SavedFile> {
  const path = await download.path();
  return { name: download.suggestedFilename(), path, text: await readFile(path, 'utf8') };
}

/**
 * The full-screen print preview: a title bar, the printed document in a hidden sandboxed frame
 * (what 打印 prints) and its pages in a second sandboxed frame (what the officer sees).
 */
export class PrintPreviewModel {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: /^打印预览/ });
  }

  /** The frame that holds the print HTML and is printed. */
  get frameElement(): Locator {
    return this.dialog.locator('iframe[title^="打印内容"]');
  }

  /** The report document that is printed. */
  get frame(): FrameLocator {
    return this.frameElement.contentFrame();
  }

  /** The frame that shows the pages. */
  get pagesFrameElement(): Locator {
    return this.dialog.locator('iframe[title^="打印预览"]');
  }

  get pagesFrame(): FrameLocator {
    return this.pagesFrameElement.contentFrame();
  }

  /** The page boxes, in order. */
  get pages(): Locator {
    return this.pagesFrame.locator('.nb-sheet');
  }

  /** 第 n 页 in the title bar. */
  get pageIndicator(): Locator {
    return this.dialog.getByText(/^第 \d+ 页$/);
  }

  get printButton(): Locator {
    return this.dialog.getByRole('button', { name: '打印', exact: true });
  }

  get closeButton(): Locator {
    return this.dialog.getByRole('button', { name: '关闭', exact: true });
  }

  async srcdoc(): Promise<string> {
    return (await this.frameElement.getAttribute('srcdoc')) ?? '';
  }

  async close(): Promise<void> {
    await this.closeButton.click();
    await expect(this.dialog).toBeHidden();
  }
}

/**
 * 导出 / 导入 / 打印预览 in the editor header. A new blank report is opened at `#/new`; the
 * fields and the grid are driven through EditorPage.
 */
export class ExchangePage {
  readonly preview: PrintPreviewModel;

  constructor(readonly page: Page) {
    this.preview = new PrintPreviewModel(page);
  }

  /** Opens a new blank report in the editor. */
  async open(): Promise<void> {
    await this.page.goto('/#/new');
    await expect(this.exportButton).toBeVisible();
  }

  /** The report title in the editor header. */
  get title(): Locator {
    return this.page.getByRole('banner').getByRole('heading', { level: 1 });
  }

  get exportButton(): Locator {
    return this.page.getByRole('button', { name: '导出', exact: true });
  }

  get importButton(): Locator {
    return this.page.getByRole('button', { name: '导入', exact: true });
  }

  get exportMenu(): Locator {
    return this.page.getByRole('menu', { name: '导出' });
  }

  menuItem(name: '导出 JSON 文件' | '导出 HTML 文件（可打印）' | '打印预览'): Locator {
    return this.exportMenu.getByRole('menuitem', { name });
  }

  async #download(item: '导出 JSON 文件' | '导出 HTML 文件（可打印）'): Promise<SavedFile> {
    await this.exportButton.click();
    const download = this.page.waitForEvent('download');
    await this.menuItem(item).click();
    return saved(await download);
  }

  exportJson(): Promise<SavedFile> {
    return this.#download('导出 JSON 文件');
  }

  exportHtml(): Promise<SavedFile> {
    return this.#download('导出 HTML 文件（可打印）');
  }

  async openPrintPreview(): Promise<PrintPreviewModel> {
    await this.exportButton.click();
    await this.menuItem('打印预览').click();
    await expect(this.preview.dialog).toBeVisible();
    await expect(this.preview.pages.first()).toBeVisible();
    return this.preview;
  }

  get importDialog(): Locator {
    return this.page.getByRole('dialog', { name: '导入年报文件' });
  }

  /** The problems the dialog lists before anything changes. */
  get importProblems(): Locator {
    return this.importDialog.getByRole('list', { name: '文件中的问题' }).getByRole('listitem');
  }

  importChoice(
    name: '作为新报告导入' | '替换现有报告（先保存修订快照）' | '取消' | '关闭',
  ): Locator {
    return this.importDialog.getByRole('button', { name, exact: true });
  }

  /** Opens 导入 and chooses a file; the dialog then shows what it found. */
  async chooseImportFile(path: string): Promise<void> {
    await this.importButton.click();
    await expect(this.importDialog).toBeVisible();
    await this.importDialog.getByLabel('年报文件（.json）').setInputFiles(path);
    await expect(this.importDialog.getByRole('region', { name: '检查结果' })).toBeVisible();
  }

  /** Imports a clean file as a new report and waits until the editor shows it. */
  async importFile(path: string): Promise<void> {
    await this.chooseImportFile(path);
    await this.importChoice('作为新报告导入').click();
    await expect(this.importDialog).toBeHidden();
  }
}

/** The exported JSON without the moment it was written, to compare two exports. */
export function withoutExportTime(text: string): unknown {
  const { exportedAt: _ignored, ...rest } = JSON.parse(text) as Record<string, unknown>;
  return rest;
}
