import { readFile } from 'node:fs/promises';
import { expect, type Locator } from '@playwright/test';
import { ExchangePage } from './exchangePage';

export type OfficeItem =
  | '导出 Word 文件（.docx）'
  | '导出 Excel 表格（.xlsx）'
  | '导出网页片段（.html）'
  | '导出报送包（.zip）';

/** The office formats of the 导出 menu: files that take a moment, and the clipboard copy. */
export class OfficeExportPage extends ExchangePage {
  officeItem(name: OfficeItem | '复制网页片段到剪贴板'): Locator {
    return this.exportMenu.getByRole('menuitem', { name });
  }

  /** What the menu says it did (生成中, 已导出 …, 已复制 …, or why it failed). */
  get status(): Locator {
    return this.page.locator('.export-menu').getByRole('status');
  }

  async exportOffice(item: OfficeItem): Promise<{ name: string; bytes: Uint8Array }> {
    await this.exportButton.click();
    const download = this.page.waitForEvent('download');
    await this.officeItem(item).click();
    const file = await download;
    await expect(this.status).toHaveText(`已导出 ${file.suggestedFilename()}`);
    return {
      name: file.suggestedFilename(),
      bytes: new Uint8Array(await readFile(await file.path())),
    };
  }

  async copyFragment(): Promise<void> {
    await this.exportButton.click();
    await this.officeItem('复制网页片段到剪贴板').click();
    await expect(this.status).toContainText('已复制到剪贴板');
  }
}
