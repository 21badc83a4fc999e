import { describe, expect, it } from 'vitest';
import { readCell } from '../cells';
import { runChecks } from '../checks';
import { blankDoc, setAll } from '../../../testing/testDocs';
import { asRestored } from '../document';
import { consolidate, CONSOLIDATION_KEY } from './consolidate';
import { consolidationProblemMessage } from './messages';
import { unitDoc, unitOf } from '../../../testing/testUnits';

const cell = (id: string) => {
  const [table, row, column] = id.split('.') as ['applications', string, string];
  return { table, row, column };
};

function sumOf(units: ReturnType<typeof unitOf>[]) {
  const result = consolidate(units);
  if (!result.ok) throw new Error(consolidationProblemMessage(result.problem));
  return result.value;
}

describe('consolidate', () => {
  it('sums every input cell and derives the totals as usual', () => {
    const a = unitDoc('甲局', {
      'applications.received.naturalPerson': 3,
      'applications.received.commercial': 1,
      'applications.disclosed.naturalPerson': 3,
      'applications.disclosed.commercial': 1,
      'review.reconsideration.upheld': 2,
    });
    const b = unitDoc('乙局', {
      'applications.received.naturalPerson': 5,
      'applications.disclosed.naturalPerson': 5,
      'review.reconsideration.upheld': 1,
      'review.reconsideration.pending': 4,
    });
    const { document } = sumOf([unitOf(a), unitOf(b)]);
    expect(readCell(document, cell('applications.received.naturalPerson'))).toBe(8);
    expect(readCell(document, cell('applications.received.commercial'))).toBe(1);
    expect(readCell(document, cell('applications.received.total'))).toBe(9);
    expect(readCell(document, cell('applications.handledTotal.total'))).toBe(9);
    expect(readCell(document, { table: 'review', row: 'reconsideration', column: 'total' })).toBe(
      7,
    );
    expect(document.agency).toBe('（汇总，2个单位）');
    expect(document.year).toBe(2021);
    // A sum of balanced reports balances: the checks find no arithmetic error.
    expect(runChecks(document).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('sums money exactly (no binary rounding)', () => {
    const a = unitDoc('甲局', { 'proactive.fees.amount': 100_000 }); // 0.1 万元
    const b = unitDoc('乙局', { 'proactive.fees.amount': 200_000 }); // 0.2 万元
    const c = unitDoc('丙局', { 'proactive.fees.amount': 5_949_088_667 });
    const { document } = sumOf([unitOf(a), unitOf(b), unitOf(c)]);
    expect(readCell(document, { table: 'proactive', row: 'fees', column: 'amount' })).toBe(
      5_949_388_667,
    );
  });

  it('treats blank + number as the number, marks the cell incomplete and records who was blank', () => {
    const a = unitDoc('甲局', { 'applications.received.naturalPerson': 4 });
    const b = unitDoc('乙局', { 'applications.received.naturalPerson': null });
    const c = unitDoc('丙局', { 'applications.received.naturalPerson': 6 });
    const result = sumOf([unitOf(a), unitOf(b), unitOf(c)]);
    const id = 'applications.received.naturalPerson';
    expect(readCell(result.document, cell(id))).toBe(10);
    expect(result.incomplete).toEqual([id]);
    const record = result.cells.find((c2) => c2.cell === id);
    expect(record).toEqual({ cell: id, contributing: [0, 2], blank: [1] });
    expect(result.document.extra[CONSOLIDATION_KEY]).toEqual({
      units: ['甲局', '乙局', '丙局'],
      blankByCell: { [id]: [1] },
    });
  });

  it('leaves a cell blank when every unit left it blank', () => {
    const a = asRestored({ ...blankDoc('2021'), agency: '甲局' });
    const b = asRestored({ ...blankDoc('2021'), agency: '乙局' });
    const result = sumOf([unitOf(a), unitOf(b)]);
    expect(readCell(result.document, cell('applications.received.naturalPerson'))).toBeNull();
    expect(result.incomplete).toEqual([]);
  });

  it('includes the optional statistics table when any unit has it', () => {
    const a = unitDoc('甲局');
    const withStats = setAll(
      asRestored({
        ...unitDoc('乙局'),
        tables: {
          ...unitDoc('乙局').tables,
          disclosureStats: { pressConferences: { value: 3 }, proactiveItems: { value: 10 } },
        },
      }),
      {},
    );
    const result = sumOf([unitOf(a), unitOf(withStats)]);
    expect(result.document.tables.disclosureStats?.pressConferences?.value).toBe(3);
    expect(result.incomplete).toContain('disclosureStats.pressConferences.value');
  });

  it('refuses units of different years, naming them', () => {
    const result = consolidate([
      unitOf(unitDoc('甲局', {}, { year: 2021 })),
      unitOf(unitDoc('乙局', {}, { year: 2022 })),
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.code).toBe('mixedYears');
    expect(consolidationProblemMessage(result.problem)).toBe(
      '只能汇总同一年度的报告，所选报告涉及2个年度：2021年（甲局）；2022年（乙局）。请只选同一年度的报告再汇总。',
    );
  });

  it('refuses units of different editions', () => {
    const result = consolidate([
      unitOf(unitDoc('甲局', {}, { format: '2019', year: 2020 })),
      unitOf(unitDoc('乙局', {}, { format: '2021', year: 2020 })),
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.code).toBe('mixedFormats');
    expect(consolidationProblemMessage(result.problem)).toContain(
      '国办公开办函〔2019〕60号格式（甲局）',
    );
  });

  it('refuses an empty set', () => {
    const result = consolidate([]);
    expect(result.ok ? null : consolidationProblemMessage(result.problem)).toBe(
      '没有可汇总的报告。',
    );
  });
});
