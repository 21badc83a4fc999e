import { expect, test, type Page } from '@playwright/test';
import { EditorPage } from './pages/editorPage';

/**
 * An office laptop: 1366×768 zoomed to 150 % (a 911×512 CSS viewport at device scale 1.5),
 * 125 % (1093×614 at 1.25), and a 1024×768 screen. 表三 must stay usable without a mouse.
 */
const SCREENS = [
  { name: '1366×768 at 150 %', viewport: { width: 911, height: 512 }, scale: 1.5 },
  { name: '1366×768 at 125 %', viewport: { width: 1093, height: 614 }, scale: 1.25 },
  { name: '1024×768', viewport: { width: 1024, height: 768 }, scale: 1 },
] as const;

const APPLICATIONS = '三、收到和处理政府信息公开申请情况';

interface Visibility {
  readonly cell: string;
  readonly problems: readonly string[];
}

/**
 * Whether the focused cell, its row label and its column label are each entirely inside the
 * window and not covered by anything (sticky header, pinned labels, a notice) at their centre.
 */
async function focusedCellVisibility(page: Page): Promise<Visibility> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const input = document.activeElement;
    if (!(input instanceof HTMLInputElement))
      return { cell: '(none)', problems: ['no input focused'] };
    const cell = input.closest('td');
    const row = input.closest('tr');
    const table = input.closest('table');
    if (cell === null || row === null || table === null)
      return { cell: input.dataset.cell ?? '', problems: ['not in a table'] };
    const rowLabel = [...row.querySelectorAll('th[scope="row"]')].at(-1) ?? null;
    const box = cell.getBoundingClientRect();
    const centreX = (box.left + box.right) / 2;
    const heads = [...table.querySelectorAll('thead th')].filter((th) => {
      const r = th.getBoundingClientRect();
      return r.left <= centreX && centreX <= r.right;
    });
    const columnLabel =
      heads.sort(
        (a, b) => b.getBoundingClientRect().bottom - a.getBoundingClientRect().bottom,
      )[0] ?? null;
    const check = (what: string, el: Element | null) => {
      if (el === null) {
        problems.push(`${what}: missing`);
        return;
      }
      const r = el.getBoundingClientRect();
      if (
        r.left < -0.5 ||
        r.top < -0.5 ||
        r.right > window.innerWidth + 0.5 ||
        r.bottom > window.innerHeight + 0.5
      ) {
        problems.push(`${what} “${el.textContent}” outside the window: ${JSON.stringify(r)}`);
        return;
      }
      const hit = document.elementFromPoint((r.left + r.right) / 2, (r.top + r.bottom) / 2);
      if (hit === null || !(el === hit || el.contains(hit))) {
        problems.push(
          `${what} “${el.textContent}” covered by ${hit?.outerHTML.slice(0, 80) ?? 'nothing'}`,
        );
      }
    };
    check('cell', cell);
    check('row label', rowLabel);
    check('column label', columnLabel);
    return { cell: input.dataset.cell ?? '', problems };
  });
}

for (const screen of SCREENS) {
  test.describe(`on a laptop: ${screen.name}`, () => {
    test.use({ viewport: screen.viewport, deviceScaleFactor: screen.scale });

    test('the check list starts at the edge and 收起 frees its width again', async ({ page }) => {
      const editor = new EditorPage(page);
      await editor.open();
      const toggle = editor.checkPanel.getByRole('button', { name: /^(展开|收起)$/ });
      await expect(toggle).toHaveText('展开');
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      const width = async () => (await editor.checkPanel.boundingBox())?.width ?? 0;
      const mainWidth = async () => (await page.getByRole('main').boundingBox())?.width ?? 0;
      const collapsed = await width();
      expect(collapsed).toBeLessThan(60);
      const mainWide = await mainWidth();

      await toggle.click();
      await expect(toggle).toHaveText('收起');
      await expect.poll(width).toBeGreaterThan(200);
      await toggle.click();
      await expect(toggle).toHaveText('展开');
      await expect.poll(width).toBeLessThan(60);
      await expect.poll(mainWidth).toBeCloseTo(mainWide, 0);

      // The section list collapses too, and gives its width to the part.
      await page.getByRole('button', { name: '« 收起目录' }).click();
      await expect.poll(mainWidth).toBeGreaterThan(mainWide + 100);
      await expect(editor.navItem(APPLICATIONS)).toBeVisible();
    });

    test('the reason of a broken relation shows beside the focused cell, with the gap', async ({
      page,
    }) => {
      const editor = new EditorPage(page);
      await editor.open();
      await editor.goTo(APPLICATIONS);
      // Every cell filled in (0), so the relation can be judged rather than wait as 待填写.
      await page.getByRole('button', { name: '填零' }).click();
      await editor.typeInCell('applications.received.naturalPerson', '10');
      await editor.typeInCell('applications.disclosed.naturalPerson', '6');
      await editor.typeInCell('applications.carriedForward.naturalPerson', '1');

      const cell = editor.cell('applications.received.naturalPerson');
      await cell.focus();
      const reason = page.locator('.grid-reason');
      await expect(reason).toBeVisible();
      await expect(reason).toContainText('自然人');
      await expect(reason).toContainText('相差3件');
      const cellBox = await cell.boundingBox();
      const reasonBox = await reason.boundingBox();
      if (cellBox === null || reasonBox === null) throw new Error('not laid out');
      // Beside the cell: touching its bottom or top edge, overlapping it sideways, in the window.
      const nearBelow = Math.abs(reasonBox.y - (cellBox.y + cellBox.height)) < 12;
      const nearAbove = Math.abs(reasonBox.y + reasonBox.height - cellBox.y) < 12;
      expect(nearBelow || nearAbove).toBe(true);
      expect(reasonBox.x).toBeLessThan(cellBox.x + cellBox.width);
      expect(reasonBox.x + reasonBox.width).toBeGreaterThan(cellBox.x);
      expect(reasonBox.y).toBeGreaterThanOrEqual(0);
      expect(reasonBox.y + reasonBox.height).toBeLessThanOrEqual(screen.viewport.height);

      // A cell in no broken relation has no reason; the fixed relation takes it away.
      await editor.cell('applications.received.commercial').focus();
      await expect(reason).toBeHidden();
      await editor.typeInCell('applications.carriedForward.naturalPerson', '4');
      await cell.focus();
      await expect(reason).toBeHidden();
    });

    test('every cell of 表三 shows with its row and column label when focused', async ({
      page,
    }) => {
      const editor = new EditorPage(page);
      await editor.open();
      await editor.goTo(APPLICATIONS);
      const inputs = page.locator('input[data-cell^="applications."]');
      const ids = await inputs.evaluateAll((els) =>
        els.map((e) => (e as HTMLInputElement).dataset.cell ?? ''),
      );
      expect(ids.length).toBeGreaterThan(150);
      const failures: string[] = [];
      // As an officer moves: Tab through the input cells from the first one …
      await editor.cell(ids[0] ?? '').click();
      const seen = new Set<string>();
      for (;;) {
        const v = await focusedCellVisibility(page);
        if (seen.has(v.cell) || !v.cell.startsWith('applications.')) break;
        seen.add(v.cell);
        if (v.problems.length > 0) failures.push(`${v.cell}: ${v.problems.join('; ')}`);
        await page.keyboard.press('Tab');
      }
      // … and the totals, which Tab skips, reached with the arrow keys from the cell above (or beside).
      for (const [i, id] of ids.entries()) {
        if (seen.has(id)) continue;
        const column = id.split('.').at(-1) ?? '';
        const above = ids.slice(0, i).findLast((other) => other.endsWith(`.${column}`));
        const left = ids[i - 1];
        if (above === undefined && left === undefined) throw new Error(`no way into ${id}`);
        await editor.cell(above ?? left ?? '').focus();
        await page.keyboard.press(above === undefined ? 'ArrowRight' : 'ArrowDown');
        await expect(editor.cell(id)).toBeFocused();
        const v = await focusedCellVisibility(page);
        seen.add(v.cell);
        if (v.problems.length > 0) failures.push(`${v.cell}: ${v.problems.join('; ')}`);
      }
      expect(failures).toEqual([]);
      expect(seen.size).toBe(ids.length);
    });
  });
}

test.describe('in 表三', () => {
  test('typing into a 总计 says it is computed; a reload returns to the part and cell', async ({
    page,
  }) => {
    const editor = new EditorPage(page);
    await editor.open();
    await editor.goTo(APPLICATIONS);
    const total = editor.cell('applications.received.total');
    await editor.cell('applications.received.otherOrg').click();
    await page.keyboard.press('ArrowRight');
    await expect(total).toBeFocused();
    await page.keyboard.type('5');
    await expect(total).toHaveValue('');
    await expect(page.locator('.grid-reason')).toContainText('是自动计算的合计，不能直接填写');
    await expect(page.getByRole('status').filter({ hasText: '自动计算' })).toHaveCount(1);

    await editor.cell('applications.rejectedDuplicate.research').click();
    await expect(page.locator('.grid-reason')).toBeHidden();
    await page.reload();
    await expect(editor.cell('applications.rejectedDuplicate.research')).toBeFocused();
    await expect(editor.navItem(APPLICATIONS)).toHaveAttribute('aria-current', 'true');
  });
});
