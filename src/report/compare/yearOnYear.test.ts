import { describe, expect, it } from 'vitest';
import { blankDoc, readyDoc, set, setAll } from '../../../testing/testDocs';
import { formatDelta, formatPercent } from './format';
import { comparisonLines, sharedColumns } from './lines';
import { changeOf, tableComparability } from './previousCells';
import { isLargeChange, yearOnYearHints } from './yearOnYear';

const RECEIVED = 'applications.received.naturalPerson';

describe('year-on-year hints', () => {
  const last2021 = set(readyDoc('2021', { year: 2021 }), RECEIVED, 120);

  it('names a large change of 表三 总计 in the form’s words, with the percentage', () => {
    const doc = set(readyDoc('2021', { year: 2022 }), RECEIVED, 310);
    expect(yearOnYearHints(doc, last2021)).toEqual([
      {
        cell: 'applications.received.total',
        table: 'applications',
        previous: 120,
        current: 310,
        delta: 190,
        percent: (190 * 100) / 120,
        message:
          '表三「一、本年新收政府信息公开申请数量」总计：上年 120 件，本年 310 件，增加 158%',
      },
    ]);
  });

  it('says a fall and states the amount when last year was 0', () => {
    const before = setAll(readyDoc('2021', { year: 2021 }), {
      'review.reconsideration.upheld': 20,
    });
    const doc = setAll(readyDoc('2021', { year: 2022 }), {
      'review.reconsideration.upheld': 8,
      'review.litigationDirect.upheld': 12,
    });
    expect(yearOnYearHints(doc, before).map((h) => h.message)).toEqual([
      '表四「行政复议」总计：上年 20 件，本年 8 件，减少 60%',
      '表四「行政诉讼·未经复议直接起诉」总计：上年 0 件，本年 12 件，增加 12 件',
    ]);
  });

  it('stays quiet for small or moderate changes and for blanks', () => {
    const doc = (value: number | null) => set(readyDoc('2021', { year: 2022 }), RECEIVED, value);
    // +49 %: not large enough.
    expect(yearOnYearHints(doc(179), last2021)).toEqual([]);
    // +50 %: large.
    expect(yearOnYearHints(doc(180), last2021)).toHaveLength(1);
    // 2 → 9: +350 % but only 7 件.
    const small = set(readyDoc('2021', { year: 2021 }), RECEIVED, 2);
    expect(yearOnYearHints(doc(9), small)).toEqual([]);
    // Blank this year: nothing to say (blank is not 0).
    expect(
      yearOnYearHints(set(blankDoc('2021', { year: 2022 }), RECEIVED, null), last2021),
    ).toEqual([]);
    // Blank last year likewise.
    expect(yearOnYearHints(doc(310), blankDoc('2021', { year: 2021 }))).toEqual([]);
  });

  it('gives nothing without a linked report', () => {
    expect(yearOnYearHints(set(readyDoc('2021'), RECEIVED, 310), null)).toEqual([]);
  });

  it('does not repeat a change in （七）总计 or per applicant column', () => {
    const before = set(
      readyDoc('2021', { year: 2021 }),
      'applications.disclosed.naturalPerson',
      40,
    );
    const doc = set(readyDoc('2021', { year: 2022 }), 'applications.disclosed.naturalPerson', 100);
    expect(yearOnYearHints(doc, before).map((h) => h.cell)).toEqual([
      'applications.disclosed.total',
    ]);
  });

  it('compares 表二 cell by cell within one edition, money in 万元, never 本年增/减', () => {
    const before = setAll(readyDoc('2019', { year: 2019 }), {
      'proactive.licensing.decisions': 30,
      'proactive.licensing.change': 2,
      'proactive.procurement.amount': 20_000_000,
    });
    const doc = setAll(readyDoc('2019', { year: 2020 }), {
      'proactive.licensing.decisions': 90,
      'proactive.licensing.change': 40,
      'proactive.procurement.amount': 45_500_000,
    });
    expect(yearOnYearHints(doc, before).map((h) => h.message)).toEqual([
      '表二「第二十条第（五）项 行政许可」处理决定数量：上年 30，本年 90，增加 200%',
      '表二「第二十条第（九）项 政府集中采购」采购总金额：上年 20 万元，本年 45.5 万元，增加 128%',
    ]);
  });

  it('across editions: 表三 rows both editions have, never 表二', () => {
    const before = setAll(readyDoc('2019', { year: 2020 }), {
      [RECEIVED]: 100,
      'applications.other.naturalPerson': 0,
      'proactive.licensing.decisions': 5,
    });
    const doc = setAll(readyDoc('2021', { year: 2021 }), {
      [RECEIVED]: 300,
      'applications.otherOther.naturalPerson': 50,
      'proactive.licensing.decisions': 500,
    });
    expect(yearOnYearHints(doc, before).map((h) => h.cell)).toEqual([
      'applications.received.total',
    ]);
  });
});

describe('comparison lines', () => {
  it('matches 表三 rows across editions and marks rows last year’s edition lacked', () => {
    const before = set(readyDoc('2019', { year: 2020 }), RECEIVED, 7);
    const doc = blankDoc('2021', { year: 2021 });
    const lines = comparisonLines(doc, before, 'applications', { column: 'naturalPerson' });
    expect(lines.find((l) => l.id === RECEIVED)?.previous).toEqual({ kind: 'value', value: 7 });
    const absent = lines.filter((l) => l.previous.kind === 'absent').map((l) => l.ref.row);
    expect(absent).toEqual(['otherNoCorrection', 'otherUnpaidFee', 'otherOther']);
    // Every line is this year's cell, named as the form names the row.
    expect(lines.map((l) => l.rowLabel)).toContain('（六）3.其他');
    expect(lines).toHaveLength(25);
  });

  it('lists 表四 as 15 cells, each with its row and column', () => {
    const lines = comparisonLines(blankDoc('2021'), readyDoc('2021'), 'review');
    expect(lines).toHaveLength(15);
    expect(lines[5]).toMatchObject({
      rowLabel: '行政诉讼·未经复议直接起诉',
      columnLabel: '结果维持',
      previous: { kind: 'value', value: 0 },
    });
    expect(lines[4]).toMatchObject({ columnLabel: '总计', computed: true });
  });

  it('keeps last year’s blanks blank', () => {
    const [line] = comparisonLines(blankDoc('2021'), blankDoc('2021'), 'review');
    expect(line?.previous).toEqual({ kind: 'value', value: null });
    expect(changeOf({ kind: 'value', value: null }, 3, 'count')).toEqual({ kind: 'blank' });
    expect(changeOf({ kind: 'value', value: 3 }, null, 'count')).toEqual({ kind: 'blank' });
    expect(changeOf({ kind: 'absent' }, 3, 'count')).toEqual({ kind: 'absent' });
  });

  it('says why 表二 is not compared across editions, and compares it within one', () => {
    const verdict = tableComparability(blankDoc('2021'), blankDoc('2019'), 'proactive');
    expect(verdict).toEqual({
      comparable: false,
      reason:
        '上年报告使用国办公开办函〔2019〕60号格式，本年使用国办公开办函〔2021〕30号格式，表二两版栏目含义不同，不作逐项对比。',
    });
    expect(tableComparability(blankDoc('2021'), blankDoc('2019'), 'applications')).toEqual({
      comparable: true,
      sameEdition: false,
    });
    expect(tableComparability(blankDoc('2019'), blankDoc('2019'), 'proactive')).toEqual({
      comparable: true,
      sameEdition: true,
    });
  });

  it('offers 表三’s seven columns to choose from', () => {
    expect(sharedColumns(blankDoc('2021'), 'applications').map((c) => c.label)).toEqual([
      '自然人',
      '商业企业',
      '科研机构',
      '社会公益组织',
      '法律服务机构',
      '其他',
      '总计',
    ]);
  });
});

describe('formatting', () => {
  it('writes signed changes and percentages', () => {
    expect(formatDelta(190, 'count')).toBe('+190');
    expect(formatDelta(-2_500_000, 'money')).toBe('-2.5');
    expect(formatDelta(0, 'count')).toBe('0');
    expect(formatPercent(158.33)).toBe('+158%');
    expect(formatPercent(-60)).toBe('-60%');
    expect(formatPercent(0.2)).toBe('+<1%');
    expect(isLargeChange(0, 10, 'count')).toBe(true);
    expect(isLargeChange(-5, 40, 'signed')).toBe(false);
  });
});
