import { describe, expect, it } from 'vitest';
import type { DraftSummary } from '../../storage/draftCatalog';
import { PAGE_SIZE, pageOf } from './DraftPager';

const lines = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `r${String(i)}` }) as DraftSummary);

describe('the library pages', () => {
  it('shows one page of lines whatever the number of reports', () => {
    const view = pageOf(lines(1000), 0);
    expect(view.lines).toHaveLength(PAGE_SIZE);
    expect(view.pages).toBe(Math.ceil(1000 / PAGE_SIZE));
    expect(view.total).toBe(1000);
  });

  it('clamps a page past the end to the last one (after deleting its last report)', () => {
    const view = pageOf(lines(PAGE_SIZE + 3), 5);
    expect(view.page).toBe(1);
    expect(view.lines.map((l) => l.id)).toEqual(
      [PAGE_SIZE, PAGE_SIZE + 1, PAGE_SIZE + 2].map((i) => `r${String(i)}`),
    );
    expect(pageOf([], 0)).toMatchObject({ page: 0, pages: 1, lines: [] });
  });
});
