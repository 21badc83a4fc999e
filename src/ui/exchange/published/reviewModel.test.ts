import { describe, expect, it } from 'vitest';
import type { ExistingReport } from '../importFlow';
import { cellsById, nextYearCandidates, statusCounts } from './reviewModel';

const report = (id: string, agency: string, year: number | null): ExistingReport => ({
  id,
  agency,
  year,
  updatedAt: 1,
});

describe('review model', () => {
  it('counts the cells by status; a repeated cell counts where it is first located', () => {
    const cells = [
      { cell: 'review.a.b', value: 1, status: 'read', source: '1' },
      { cell: 'review.a.c', value: null, status: 'notFound' },
      { cell: 'review.a.d', value: 0, status: 'inferred', how: '空行' },
      { cell: 'review.a.b', value: 9, status: 'inferred', how: '重复' },
    ] as const;
    expect(statusCounts(cells)).toEqual({ read: 1, inferred: 2, notFound: 1 });
    expect(cellsById(cells).get('review.a.b')?.value).toBe(1);
  });

  it('offers later reports as next year, the same agency and the year after first', () => {
    const doc = { agency: '甲局', year: 2023 };
    const existing = [
      report('same-year', '甲局', 2023),
      report('earlier', '甲局', 2022),
      report('other-2024', '乙局', 2024),
      report('own-2025', '甲局', 2025),
      report('own-2024', '甲局 ', 2024),
      report('damaged', '甲局', null),
    ];
    expect(nextYearCandidates(doc, existing).map((r) => r.id)).toEqual([
      'own-2024',
      'own-2025',
      'other-2024',
    ]);
  });
});
