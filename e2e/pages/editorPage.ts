import { expect, type Locator, type Page } from '@playwright/test';

/** The report editor: header, part navigation, the current part and the check list. */
export class EditorPage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  /** Opens a new blank report (`#/new` stores a draft and opens it in the editor). */
  async open(): Promise<void> {
    await this.page.goto('/#/new');
    await expect(this.nav).toBeVisible();
  }

  get title(): Locator {
    return this.page.getByRole('banner').getByRole('heading', { level: 1 });
  }

  get nav(): Locator {
    return this.page.getByRole('navigation', { name: '报告各部分' });
  }

  /** The navigation button of a part; its name starts with the part heading. */
  navItem(heading: string): Locator {
    return this.nav.getByRole('button', { name: new RegExp(`^${heading}`) });
  }

  partHeading(heading: string): Locator {
    return this.page.getByRole('main').getByRole('heading', { level: 2, name: heading });
  }

  async goTo(heading: string): Promise<void> {
    await this.navItem(heading).click();
    await expect(this.partHeading(heading)).toBeFocused();
  }

  field(label: string): Locator {
    return this.page.getByRole('main').getByLabel(label);
  }

  editionOption(format: '2019' | '2021'): Locator {
    return this.page.getByRole('radio', { name: new RegExp(`^${format} 版`) });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** Chooses an edition on 基本信息 and confirms the switch. */
  async switchEdition(format: '2019' | '2021'): Promise<void> {
    await this.goTo('基本信息');
    await this.editionOption(format).click();
    await expect(this.dialog).toBeVisible();
    await this.dialog.getByRole('button', { name: `改用 ${format} 版` }).click();
    await expect(this.dialog).toBeHidden();
    await expect(this.editionOption(format)).toBeChecked();
  }

  /** A grid cell by its contract id (`table.row.column`). */
  cell(id: string): Locator {
    return this.page.locator(`input[data-cell="${id}"]`);
  }

  /** Types a value into a grid cell the way a user does: select it, type, Enter. */
  async typeInCell(id: string, text: string): Promise<void> {
    await this.cell(id).click();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
  }

  get checkPanel(): Locator {
    return this.page.getByRole('complementary', { name: '检查结果' });
  }

  /** A finding in the check list, by (part of) its message. */
  finding(message: string | RegExp): Locator {
    return this.checkPanel.getByRole('listitem').filter({ hasText: message });
  }

  errorCount(): Locator {
    return this.checkPanel
      .getByRole('list', { name: '检查结果统计' })
      .getByRole('listitem')
      .first();
  }

  async acknowledge(message: string | RegExp, reason: string): Promise<void> {
    const item = this.finding(message).first();
    await item.getByRole('button', { name: '确认无误…' }).click();
    await item.getByLabel('确认理由').fill(reason);
    await item.getByRole('button', { name: '保存确认' }).click();
  }

  get keptDataNotice(): Locator {
    return this.checkPanel.getByRole('note');
  }
}
