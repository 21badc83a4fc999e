import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Reading and building a published report can take a while on a loaded machine (the readers
 * load on demand): wait for the review's state, never for a fixed time.
 */
const BUILD_TIMEOUT = 60_000;

/** 核对导入的报告: the review of a published report inside the import dialog. */
export class ImportReviewModel {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: '核对导入的报告' });
  }

  /** An imported cell of the review tables, by contract id. */
  cell(id: string): Locator {
    return this.dialog.locator(`button[data-cell="${id}"]`);
  }

  /** The side panel: 原文 of the cell under focus, 导入中的问题, 检查结果. */
  get side(): Locator {
    return this.dialog.getByRole('complementary', { name: '原文与检查' });
  }

  get legend(): Locator {
    return this.dialog.getByRole('list', { name: '单元格状态' });
  }

  get facts(): Locator {
    return this.dialog.locator('.import-review__facts');
  }

  get confirmButton(): Locator {
    return this.dialog.getByRole('button', { name: '确认导入' });
  }

  /** Waits until the document is read and the review offers its choices. */
  async waitBuilt(): Promise<void> {
    await expect(this.dialog).toBeVisible();
    await expect(this.confirmButton).toBeEnabled({ timeout: BUILD_TIMEOUT });
  }

  /** Chooses how to import (导入为) and confirms; waits for the dialog to close. */
  async confirm(mode: RegExp | string = /^新报告/): Promise<void> {
    await this.dialog.getByRole('radio', { name: mode }).check();
    await this.confirmButton.click();
    await expect(this.dialog).toBeHidden({ timeout: BUILD_TIMEOUT });
  }
}

/** 导入 on the drafts library: a file, or a paste of the copied page. */
export class ImportPage {
  readonly review: ImportReviewModel;

  constructor(readonly page: Page) {
    this.review = new ImportReviewModel(page);
  }

  get importButton(): Locator {
    return this.page.getByRole('main').getByRole('button', { name: '导入', exact: true });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: '导入年报文件' });
  }

  async openDialog(): Promise<void> {
    await this.importButton.click();
    await expect(this.dialog).toBeVisible();
  }

  async chooseFile(path: string): Promise<void> {
    await this.dialog.getByLabel('年报文件（.json）或已发布的年报').setInputFiles(path);
  }

  get pasteArea(): Locator {
    return this.dialog.getByLabel('或粘贴复制的年报');
  }

  /**
   * Pastes as the browser does after 全选 + 复制 on a page: one paste event whose clipboard
   * data holds the page's HTML and its text.
   */
  async paste(html: string, text: string): Promise<void> {
    await this.pasteArea.focus();
    await this.pasteArea.evaluate(
      (area, data) => {
        const clipboard = new DataTransfer();
        clipboard.setData('text/html', data.html);
        clipboard.setData('text/plain', data.text);
        area.dispatchEvent(
          new ClipboardEvent('paste', {
            clipboardData: clipboard,
            bubbles: true,
            cancelable: true,
          }),
        );
      },
      { html, text },
    );
  }
}
