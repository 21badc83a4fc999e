import { describe, expect, it } from 'vitest';
import { createBlankDocument } from './blank';
import { carryOver } from './carryOver';
import { asRestored, type RestoredDocument } from './document';
import { setCell } from './edit';

function withCells(
  doc: RestoredDocument,
  cells: readonly (readonly [string, string, string, number | null])[],
): RestoredDocument {
  let next = doc;
  for (const [table, row, column, value] of cells) {
    next = setCell(next, { table: table as 'applications', row, column }, value).doc;
  }
  return next;
}

describe('carryOver', () => {
  it('starts the next year with agency, level and 上年结转 = last year 结转下年度 per column', () => {
    const last = withCells(
      createBlankDocument({
        agency: '镇海区新闻中心',
        year: 2022,
        agencyLevel: 'county-department',
      }),
      [
        ['applications', 'carriedForward', 'naturalPerson', 4],
        ['applications', 'carriedForward', 'commercial', 1],
        ['applications', 'received', 'naturalPerson', 30],
      ],
    );
    const { document } = carryOver(last);
    expect(document.year).toBe(2023);
    expect(document.format).toBe('2021');
    expect(document.agency).toBe('镇海区新闻中心');
    expect(document.agencyLevel).toBe('county-department');
    const carried = document.tables.applications.carriedOver;
    expect(carried?.naturalPerson).toBe(4);
    expect(carried?.commercial).toBe(1);
    // Blank last year stays blank: blank is not zero.
    expect(carried?.research).toBeNull();
    // The 总计 column is derived from the carried inputs.
    expect(carried?.total).toBe(5);
    // This year's own numbers start blank.
    expect(document.tables.applications.received?.naturalPerson).toBeNull();
  });

  it('does not copy narrative text, title, acknowledgements or publication date', () => {
    const last = asRestored({
      ...createBlankDocument({ agency: '某局', year: 2022 }),
      title: '某局2022年度报告（自定）',
      sections: { overview: '上年总体情况', problems: '上年问题', other: '上年其他' },
      acknowledged: [{ check: 'section.empty', note: '已知' }],
      publicationDate: '2023-01-20',
    });
    const { document, notCarried } = carryOver(last);
    expect(document.sections).toEqual({ overview: '', problems: '', other: '' });
    expect(document.title).toBeNull();
    expect(document.acknowledged).toEqual([]);
    expect(document.publicationDate).toBeNull();
    expect(notCarried.some((line) => line.includes('参考上年'))).toBe(true);
    expect(notCarried.some((line) => line.includes('1条提示'))).toBe(true);
    expect(notCarried.some((line) => line.includes('标题'))).toBe(true);
  });

  it('within the 2019 edition rolls 上一年项目数量 forward by 本年增/减', () => {
    const last = withCells(createBlankDocument({ agency: '某局', year: 2019 }), [
      ['proactive', 'licensing', 'lastYearItems', 12],
      ['proactive', 'licensing', 'change', -3],
      ['proactive', 'penalty', 'lastYearItems', 5],
      // penalty.change left blank: the item count cannot be derived
    ]);
    const { document, notCarried } = carryOver(last);
    expect(document.format).toBe('2019');
    expect(document.tables.proactive.licensing?.lastYearItems).toBe(9);
    expect(document.tables.proactive.licensing?.change).toBeNull();
    expect(document.tables.proactive.penalty?.lastYearItems).toBeNull();
    expect(notCarried.some((line) => line.startsWith('表二'))).toBe(false);
  });

  it('crossing editions (2020 → 2021) carries 表三 only and says what it left out', () => {
    const last = withCells(createBlankDocument({ agency: '某局', year: 2020 }), [
      ['proactive', 'licensing', 'lastYearItems', 12],
      ['proactive', 'licensing', 'change', 1],
      ['applications', 'carriedForward', 'naturalPerson', 2],
      ['applications', 'other', 'naturalPerson', 7],
    ]);
    expect(last.format).toBe('2019');
    const { document, notCarried } = carryOver(last);
    expect(document.format).toBe('2021');
    expect(document.tables.applications.carriedOver?.naturalPerson).toBe(2);
    // 2021 表二 has no 上一年项目数量 column and 表三 has no single （六）其他处理 row.
    expect(document.tables.proactive.licensing).toEqual({ decisions: null });
    expect(document.tables.applications.other).toBeUndefined();
    const line = notCarried.find((l) => l.startsWith('表二未带入'));
    expect(line).toContain('国办公开办函〔2019〕60号');
    expect(line).toContain('国办公开办函〔2021〕30号');
  });

  it('keeps the optional statistics table (blank) when last year had it', () => {
    const base = createBlankDocument({ agency: '某局', year: 2022 });
    const last = asRestored({
      ...base,
      tables: { ...base.tables, disclosureStats: { proactiveItems: { value: 120 } } },
    });
    const { document } = carryOver(last);
    expect(document.tables.disclosureStats?.proactiveItems?.value).toBeNull();
    expect(carryOver(base).document.tables.disclosureStats).toBeNull();
  });

  it('flags a previous report that is not from the year before', () => {
    const last = createBlankDocument({ agency: '某局', year: 2021 });
    const { document, notCarried } = carryOver(last, 2023);
    expect(document.year).toBe(2023);
    expect(notCarried.some((line) => line.includes('不是2022年度'))).toBe(true);
  });
});
