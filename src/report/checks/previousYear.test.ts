import { describe, expect, it } from 'vitest';
import type { RestoredDocument } from '../document';
import { runChecks } from './index';
import { blankDoc, readyDoc, set, setAll } from '../../../testing/testDocs';
import type { CheckId } from './types';

const only = (check: CheckId, doc: RestoredDocument, previous: RestoredDocument | null) =>
  runChecks(doc, { previous }).filter((f) => f.check === check);

describe('previous.carriedOver', () => {
  // Last year's report on the 2019 edition; this year's on 2021: the rows did not change.
  const previous = set(
    readyDoc('2019', { year: 2020 }),
    'applications.carriedForward.naturalPerson',
    4,
  );
  const doc = (carriedOver: number | null) =>
    set(readyDoc('2021', { year: 2021 }), 'applications.carriedOver.naturalPerson', carriedOver);

  it('warns per column when 上年结转 differs from last year’s 结转下年度继续办理', () => {
    expect(only('previous.carriedOver', doc(3), previous)).toEqual([
      {
        check: 'previous.carriedOver',
        severity: 'warning',
        status: 'fail',
        cells: ['applications.carriedOver.naturalPerson'],
        expected: 4,
        actual: 3,
        message: '表三 自然人列：上年结转（3）≠ 上年报告的结转下年度继续办理（4）',
        part: 'applications',
      },
      expect.objectContaining({
        cells: ['applications.carriedOver.total'],
        message: '表三 总计列：上年结转（3）≠ 上年报告的结转下年度继续办理（4）',
      }),
    ]);
  });

  it('passes when the numbers carry over', () => {
    expect(only('previous.carriedOver', doc(4), previous)).toEqual([]);
  });

  it('is not assessable when this year’s 上年结转 is still blank', () => {
    const findings = only(
      'previous.carriedOver',
      set(blankDoc('2021'), 'applications.received.naturalPerson', 1),
      previous,
    );
    expect(findings.map((f) => [f.cells[0], f.status, f.actual, f.expected])).toEqual([
      ['applications.carriedOver.naturalPerson', 'not-assessable', 0, 4],
      ['applications.carriedOver.total', 'not-assessable', 0, 4],
    ]);
  });

  it('is not assessable when last year’s report left the cell blank', () => {
    const findings = only('previous.carriedOver', doc(3), blankDoc('2019', { year: 2020 }));
    expect(findings.map((f) => f.status)).toEqual(['not-assessable', 'not-assessable']);
  });

  it('runs only against the report of the year just before', () => {
    expect(only('previous.carriedOver', doc(3), null)).toEqual([]);
    const older = set(
      readyDoc('2019', { year: 2019 }),
      'applications.carriedForward.naturalPerson',
      4,
    );
    expect(only('previous.carriedOver', doc(3), older)).toEqual([]);
  });
});

describe('previous.inForce', () => {
  const previous = setAll(readyDoc('2021', { year: 2021, agencyLevel: 'city-government' }), {
    'proactive.rules.issued': 10,
    'proactive.rules.inForce': 10,
  });
  const doc = (inForce: number | null) =>
    setAll(readyDoc('2021', { year: 2022, agencyLevel: 'city-government' }), {
      'proactive.rules.issued': 3,
      'proactive.rules.repealed': 1,
      'proactive.rules.inForce': inForce,
    });

  it('warns when 现行有效件数 ≠ last year’s + 本年制发件数 − 本年废止件数', () => {
    expect(only('previous.inForce', doc(11), previous)).toEqual([
      {
        check: 'previous.inForce',
        severity: 'warning',
        status: 'fail',
        cells: ['proactive.rules.inForce', 'proactive.rules.issued', 'proactive.rules.repealed'],
        expected: 12,
        actual: 11,
        message:
          '表二「第二十条第（一）项 规章」：现行有效件数（11）≠ 上年报告的现行有效件数 + 本年制发件数 − 本年废止件数（12）',
        part: 'proactive',
      },
    ]);
  });

  it('checks 行政规范性文件 too', () => {
    const d = set(doc(12), 'proactive.normativeDocs.issued', 2);
    expect(only('previous.inForce', d, previous).map((f) => [f.cells[0], f.expected])).toEqual([
      ['proactive.normativeDocs.inForce', 2],
    ]);
  });

  it('passes when the count carries over', () => {
    expect(only('previous.inForce', doc(12), previous)).toEqual([]);
  });

  it('is not assessable when last year’s 现行有效件数 is blank', () => {
    const blankPrevious = blankDoc('2021', { year: 2021 });
    expect(only('previous.inForce', doc(11), blankPrevious).map((f) => f.status)).toEqual([
      'not-assessable',
    ]);
  });

  it('has no arithmetic link across the 2020 → 2021 format change', () => {
    const report2021 = setAll(readyDoc('2021', { year: 2021 }), { 'proactive.rules.inForce': 7 });
    const report2020 = readyDoc('2019', { year: 2020 });
    expect(only('previous.inForce', report2021, report2020)).toEqual([]);
  });
});

describe('previous.lastYearItems', () => {
  const previous = setAll(readyDoc('2019', { year: 2019 }), {
    'proactive.licensing.lastYearItems': 10,
    'proactive.licensing.change': -2,
    'proactive.fees.lastYearItems': 3,
    'proactive.fees.change': 1,
  });
  const doc = (licensing: number, fees: number) =>
    setAll(readyDoc('2019', { year: 2020 }), {
      'proactive.licensing.lastYearItems': licensing,
      'proactive.fees.lastYearItems': fees,
    });

  it('warns when 上一年项目数量 ≠ last year’s 上一年项目数量 + 本年增/减', () => {
    expect(only('previous.lastYearItems', doc(9, 4), previous)).toEqual([
      {
        check: 'previous.lastYearItems',
        severity: 'warning',
        status: 'fail',
        cells: ['proactive.licensing.lastYearItems'],
        expected: 8,
        actual: 9,
        message:
          '表二「第二十条第（五）项 行政许可」：上一年项目数量（9）≠ 上年报告的上一年项目数量 + 本年增/减（8）',
        part: 'proactive',
      },
    ]);
  });

  it('checks every row with 上一年项目数量 (行政事业性收费 included)', () => {
    expect(only('previous.lastYearItems', doc(8, 3), previous).map((f) => f.cells[0])).toEqual([
      'proactive.fees.lastYearItems',
    ]);
  });

  it('passes when the items carry over', () => {
    expect(only('previous.lastYearItems', doc(8, 4), previous)).toEqual([]);
  });

  it('does not run for a 2021-edition report', () => {
    const report2021 = readyDoc('2021', { year: 2020 });
    expect(only('previous.lastYearItems', report2021, previous)).toEqual([]);
  });
});
