import { describe, expect, it } from 'vitest';
import { createBlankDocument } from './blank';
import { readCell } from './cells';
import type { CellRef } from './definition/types';
import { setCell } from './edit';
import { recomputeAll, totalsGraph } from './totals';

const app = (row: string, column: string): CellRef => ({ table: 'applications', row, column });

describe('totals', () => {
  it('keeps totals blank while their inputs are blank', () => {
    const doc = recomputeAll(createBlankDocument({ agency: '测试局', year: 2023 }));
    expect(readCell(doc, app('received', 'total'))).toBeNull();
    expect(readCell(doc, app('handledTotal', 'naturalPerson'))).toBeNull();
  });

  it('updates the row total, the （七）总计 row and its total after one input', () => {
    let doc = createBlankDocument({ agency: '测试局', year: 2023 });
    doc = setCell(doc, app('disclosed', 'naturalPerson'), 5).doc;
    const result = setCell(doc, app('withheldStateSecret', 'commercial'), 2);
    doc = result.doc;
    expect(readCell(doc, app('disclosed', 'total'))).toBe(5);
    expect(readCell(doc, app('withheldStateSecret', 'total'))).toBe(2);
    expect(readCell(doc, app('handledTotal', 'naturalPerson'))).toBe(5);
    expect(readCell(doc, app('handledTotal', 'commercial'))).toBe(2);
    expect(readCell(doc, app('handledTotal', 'total'))).toBe(7);
    expect(result.changed.map((r) => `${r.row}.${r.column}`)).toEqual([
      'withheldStateSecret.commercial',
      'withheldStateSecret.total',
      'handledTotal.commercial',
      'handledTotal.total',
    ]);
  });

  it('touches only what depends on the changed cell', () => {
    const before = createBlankDocument({ agency: '测试局', year: 2023 });
    const { doc } = setCell(before, app('received', 'research'), 3);
    expect(doc.tables.applications.carriedOver).toBe(before.tables.applications.carriedOver);
    expect(doc.tables.proactive).toBe(before.tables.proactive);
    expect(doc.tables.review).toBe(before.tables.review);
    expect(before.tables.applications.received?.research).toBeNull();
  });

  it('sums the 2021 （六） sub-rows and the 2019 single （六） row into （七）总计', () => {
    let d2021 = createBlankDocument({ agency: '测试局', year: 2023 });
    d2021 = setCell(d2021, app('otherUnpaidFee', 'naturalPerson'), 4).doc;
    d2021 = setCell(d2021, app('otherOther', 'naturalPerson'), 1).doc;
    expect(readCell(d2021, app('handledTotal', 'naturalPerson'))).toBe(5);

    let d2019 = createBlankDocument({ agency: '测试局', year: 2020 });
    expect(d2019.format).toBe('2019');
    d2019 = setCell(d2019, app('other', 'naturalPerson'), 6).doc;
    expect(readCell(d2019, app('handledTotal', 'naturalPerson'))).toBe(6);
  });

  it('computes 表四 group totals', () => {
    let doc = createBlankDocument({ agency: '测试局', year: 2023 });
    doc = setCell(doc, { table: 'review', row: 'litigationDirect', column: 'upheld' }, 8).doc;
    doc = setCell(doc, { table: 'review', row: 'litigationDirect', column: 'pending' }, 1).doc;
    expect(readCell(doc, { table: 'review', row: 'litigationDirect', column: 'total' })).toBe(9);
    expect(readCell(doc, { table: 'review', row: 'reconsideration', column: 'total' })).toBeNull();
  });

  it('orders formulas so a target is computed before formulas that read it', () => {
    const { ordered } = totalsGraph('2021');
    const index = (row: string, column: string) =>
      ordered.findIndex((f) => f.target.row === row && f.target.column === column);
    expect(index('handledTotal', 'naturalPerson')).toBeLessThan(index('handledTotal', 'total'));
    expect(index('handledTotal', 'otherOrg')).toBeLessThan(index('handledTotal', 'total'));
  });

  it('recomputeAll repairs stored totals that disagree with their parts', () => {
    const doc = createBlankDocument({ agency: '测试局', year: 2023 });
    const broken = {
      ...doc,
      tables: {
        ...doc.tables,
        applications: {
          ...doc.tables.applications,
          received: { ...doc.tables.applications.received, naturalPerson: 2, total: 99 },
        },
      },
    };
    expect(readCell(recomputeAll(broken), app('received', 'total'))).toBe(2);
  });
});
