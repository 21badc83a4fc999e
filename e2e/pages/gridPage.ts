import { expect, type Locator, type Page } from '@playwright/test';

/** The table grid on its development harness page (/grid-harness.html). */
export class GridPage {
  constructor(readonly page: Page) {}

  async open(format: '2019' | '2021' = '2021'): Promise<void> {
    await this.page.goto(`/grid-harness.html${format === '2019' ? '?format=2019' : ''}`);
    await expect(this.cell('applications.received.naturalPerson')).toBeVisible();
  }

  /** A value cell by its contract id `table.row.column`. */
  cell(id: string): Locator {
    return this.page.locator(`input[data-cell="${id}"]`);
  }

  /** A value cell by its accessible name (row label + column label). */
  named(name: string): Locator {
    return this.page.getByRole('textbox', { name, exact: true });
  }

  table(tableId: string): Locator {
    return this.page.locator(`.grid[data-table="${tableId}"]`);
  }

  fillZero(tableId: string): Locator {
    return this.table(tableId).getByRole('button', { name: '填零' });
  }

  dialog(name: string): Locator {
    return this.page.getByRole('dialog', { name });
  }

  undoButton(): Locator {
    return this.page.getByRole('button', { name: '撤销' });
  }

  async focusedCell(): Promise<string | null> {
    return this.page.evaluate(() => document.activeElement?.getAttribute('data-cell') ?? null);
  }

  /**
   * Pastes text as if from Excel/WPS. The system clipboard is not available headless, so the
   * paste event is dispatched with its own DataTransfer, as the browser would.
   */
  async paste(id: string, text: string): Promise<void> {
    await this.cell(id).click();
    await this.cell(id).evaluate((el, data) => {
      const transfer = new DataTransfer();
      transfer.setData('text/plain', data);
      el.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
      );
    }, text);
  }
}
