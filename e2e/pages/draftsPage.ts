import { expect, type Locator, type Page } from '@playwright/test';

/** The drafts library (home screen, `#/`). */
export class LibraryPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/#/');
    await expect(this.page.getByRole('button', { name: '新建报告' })).toBeVisible();
  }

  get table(): Locator {
    return this.page.locator('table.draft-table');
  }

  /** The row of a report, by (part of) its title. */
  row(title: string | RegExp): Locator {
    return this.table
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: title }) });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** 新建报告 → 空白报告; returns the new report's id (the editor opens at `#/report/<id>`). */
  async createBlank(agency: string, year: number): Promise<string> {
    await this.page.getByRole('button', { name: '新建报告' }).click();
    await this.dialog.getByLabel('机关名称').fill(agency);
    await this.dialog.getByLabel('报告年度').fill(String(year));
    await this.dialog.getByRole('button', { name: '创建空白报告' }).click();
    await this.page.waitForURL(/#\/report\//);
    return reportIdOf(this.page);
  }
}

export function reportIdOf(page: Page): string {
  const match = /#\/report\/([^/]+)$/.exec(page.url());
  if (match?.[1] === undefined) throw new Error(`not on a report: ${page.url()}`);
  return decodeURIComponent(match[1]);
}

/** A stored draft open in the editor, with its save state. */
export class DraftEditorPage {
  constructor(readonly page: Page) {}

  async open(id: string): Promise<void> {
    await this.page.goto(`/#/report/${encodeURIComponent(id)}`);
    await expect(this.nav).toBeVisible();
  }

  get nav(): Locator {
    return this.page.getByRole('navigation', { name: '报告各部分' });
  }

  get saveStatus(): Locator {
    return this.page.getByTestId('save-status');
  }

  /** Goes to 一、总体情况 and returns its text area. */
  async overview(): Promise<Locator> {
    await this.nav.getByRole('button', { name: /^一、总体情况/ }).click();
    const area = this.page.getByLabel('一、总体情况 正文');
    await expect(area).toBeVisible();
    return area;
  }

  /** Waits until everything on screen is stored (status 已保存). */
  async waitSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveAttribute('data-save-state', 'saved');
    await expect(this.saveStatus).toContainText('已保存');
  }

  get conflictDialog(): Locator {
    return this.page.getByRole('dialog', { name: '另一个窗口已修改此报告' });
  }

  /** Shown when another tab moved the open report to 回收站. */
  get binnedDialog(): Locator {
    return this.page.getByRole('dialog', { name: '此报告已被移到回收站' });
  }

  get failureAlert(): Locator {
    return this.page.getByRole('alert').filter({ hasText: '未能保存' });
  }

  get problemDialog(): Locator {
    return this.page.getByRole('dialog', { name: '这份报告的存储数据有问题' });
  }
}
