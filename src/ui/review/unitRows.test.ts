import { describe, expect, it } from 'vitest';
import type { ReviewedUnit } from '../../io/review/reviewFile';
import type { UnitSummary } from '../../report/aggregate/unitSummary';
import { filterRows, NO_FILTERS, unitRows } from './unitRows';

function unit(file: string, over: Partial<UnitSummary>): ReviewedUnit {
  const summary = {
    file,
    agency: file,
    agencyLevel: null,
    year: 2021,
    format: '2021',
    publicationDate: '2022-01-20',
    deadline: '2022-01-31',
    timeliness: 'onTime',
    exportedAt: null,
    errors: 0,
    warnings: 0,
    acknowledged: 0,
    notAssessable: 0,
    importProblems: 0,
    checkIds: [],
    keyFigures: { received: 10, handled: 10, reconsideration: 0, litigation: 0 },
    ...over,
  } satisfies UnitSummary;
  return {
    kind: 'unit',
    file,
    summary,
    vector: { format: '2021', values: new Float64Array(0), hasDisclosureStats: false },
    signatures: {},
  };
}

const units = [
  unit('甲局', { errors: 2 }),
  unit('乙局', { timeliness: 'late' }),
  unit('丙局', { timeliness: 'overdue', year: 2020 }),
  unit('丁局', {}),
];
const analysis = {
  findings: [],
  superseded: new Set<string>(),
  mainYear: 2021,
  changes: new Map([
    ['丁局', { received: 0.8, handled: 0, reconsideration: null, litigation: null }],
  ]),
};
const names = (f: Partial<typeof NO_FILTERS>) =>
  filterRows(unitRows(units, analysis), { ...NO_FILTERS, ...f }).map((r) => r.summary.file);

describe('unit table filters', () => {
  it('有错误 and 无错误 split the units', () => {
    expect(names({ errors: 'with' })).toEqual(['甲局']);
    expect(names({ errors: 'without' })).toEqual(['乙局', '丙局', '丁局']);
  });
  it('逾期 takes late and overdue reports', () => {
    expect(names({ late: true })).toEqual(['乙局', '丙局']);
  });
  it('同比变化超过50% takes units whose key figure changed by more than half', () => {
    expect(names({ changed: true })).toEqual(['丁局']);
  });
  it('year and search narrow the list', () => {
    expect(names({ year: 2020 })).toEqual(['丙局']);
    expect(names({ search: '乙' })).toEqual(['乙局']);
  });
});
