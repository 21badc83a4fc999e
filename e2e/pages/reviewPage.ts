import { expect, type Download, type Locator, type Page } from '@playwright/test';

export interface DroppedFile {
  readonly name: string;
  readonly text: string;
}

/** 汇总审核 (`#/review`): drop files, filter the unit table, open a unit, consolidate. */
export class ReviewPage {
  constructor(readonly page: Page) {}

  /** From the drafts library, as a user gets there. */
  async open(): Promise<void> {
    await this.page.goto('/#/');
    await this.page.getByRole('button', { name: '汇总审核' }).click();
    await expect(this.page.getByRole('heading', { name: '汇总审核', level: 1 })).toBeVisible();
  }

  get dropZone(): Locator {
    return this.page.getByTestId('review-drop');
  }

  /** Drops files on the drop zone the way a file manager does (a DataTransfer of File objects). */
  async drop(files: readonly DroppedFile[]): Promise<void> {
    const transfer = await this.page.evaluateHandle((list) => {
      const data = new DataTransfer();
      for (const f of list)
        data.items.add(new File([f.text], f.name, { type: 'application/json' }));
      return data;
    }, files);
    await this.dropZone.dispatchEvent('dragover', { dataTransfer: transfer });
    await this.dropZone.dispatchEvent('drop', { dataTransfer: transfer });
  }

  /** Waits until every file was read and the findings across units are in. */
  async waitForRead(files: number): Promise<void> {
    await expect(this.page.getByText(`已读取 ${String(files)} 个文件`)).toBeVisible();
    await expect(this.page.getByRole('status').filter({ hasText: '跨单位检查' })).toBeVisible();
  }

  get table(): Locator {
    return this.page.locator('table.review-table__table');
  }

  /** Body rows of the unit table (one per listed unit on this page). */
  get rows(): Locator {
    return this.table.locator('tbody tr');
  }

  /** The agencies listed, in table order. */
  async listedAgencies(): Promise<string[]> {
    return this.table.locator('tbody .review-unit__open').allInnerTexts();
  }

  async filter(name: '有错误' | '无错误' | '逾期' | '同比变化超过50%'): Promise<void> {
    const button = this.page.getByRole('group', { name: '筛选单位' }).getByRole('button', { name });
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
  }

  /** Opens a unit's report (read-only) by its agency; returns the dialog. */
  async openUnit(agency: string): Promise<Locator> {
    await this.table.getByRole('button', { name: agency, exact: true }).click();
    const dialog = this.page.getByRole('dialog', {
      name: `${agency}2021年政府信息公开工作年度报告`,
    });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  async consolidateListed(units: number): Promise<Locator> {
    await this.page.getByRole('button', { name: `汇总列出的单位（${String(units)}）` }).click();
    const panel = this.page.getByRole('region', { name: /^汇总结果/ });
    await expect(panel).toBeVisible();
    return panel;
  }

  /** A key figure of the consolidation (新收申请, 办结, 复议, 诉讼) as shown. */
  figure(panel: Locator, label: string): Locator {
    return panel
      .locator('.review-figures__item')
      .filter({ has: this.page.getByText(label, { exact: true }) })
      .locator('dd');
  }

  async exportConsolidation(panel: Locator, button = '导出汇总报告（JSON）'): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      panel.getByRole('button', { name: button }).click(),
    ]);
    return download;
  }
}
