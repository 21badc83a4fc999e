import { describe, expect, it } from 'vitest';
import { createBlankDocument } from '../../report/blank';
import { asRestored, type RestoredDocument } from '../../report/document';
import { setCell } from '../../report/edit';
import { exportFileName, serializeReport, toFileObject } from './exportJson';

const META = { exportedAt: new Date('2026-01-20T09:30:00.000Z'), generator: 'nianbao 0.1.0' };

function with2021Fees(): RestoredDocument {
  const blank = createBlankDocument({ agency: '某市财政局', year: 2021 });
  return setCell(blank, { table: 'proactive', row: 'fees', column: 'amount' }, 5949088667).doc;
}

describe('toFileObject', () => {
  it('writes the contract envelope in order and leaves out absent optional keys', () => {
    const doc = createBlankDocument({ agency: '镇海区新闻中心', year: 2020 });
    const file = toFileObject(doc, META);
    expect(Object.keys(file)).toEqual([
      'type',
      'version',
      'format',
      'agency',
      'year',
      'title',
      'preface',
      'sections',
      'tables',
      'acknowledged',
      'exportedAt',
      'generator',
    ]);
    expect(file.type).toBe('nianbao/annual-report');
    expect(file.version).toBe(1);
    expect(file.title).toBe('镇海区新闻中心2020年政府信息公开工作年度报告');
    expect(file.exportedAt).toBe('2026-01-20T09:30:00.000Z');
    expect(file.generator).toBe('nianbao 0.1.0');
    expect(Object.keys(file.tables as object)).toEqual(['proactive', 'applications', 'review']);
    expect(Object.keys(file.sections as object)).toEqual(['overview', 'problems', 'other']);
  });

  it('writes optional keys when present, then unknown keys, which never override known ones', () => {
    const blank = createBlankDocument({
      agency: '甲局',
      year: 2021,
      agencyLevel: 'city-department',
    });
    const doc = asRestored({
      ...blank,
      title: '自定标题',
      publicationDate: '2022-01-28',
      acknowledged: [{ check: 'section.empty', note: '已知' }],
      tables: { ...blank.tables, disclosureStats: {} },
      extra: { region: '浙江', format: '1999', exportedAt: 'bogus', generator: 'other' },
    });
    const file = toFileObject(doc, META);
    expect(Object.keys(file)).toEqual([
      'type',
      'version',
      'format',
      'agency',
      'agencyLevel',
      'year',
      'title',
      'preface',
      'sections',
      'tables',
      'acknowledged',
      'publicationDate',
      'region',
      'exportedAt',
      'generator',
    ]);
    expect(file.format).toBe('2021');
    expect(file.title).toBe('自定标题');
    expect(file.exportedAt).toBe('2026-01-20T09:30:00.000Z');
    expect(file.generator).toBe('nianbao 0.1.0');
    expect(file.acknowledged).toEqual([{ check: 'section.empty', note: '已知' }]);
    // The optional statistics table is written complete (every row, blank as null).
    const stats = (file.tables as Record<string, Record<string, unknown>>).disclosureStats;
    expect(stats?.proactiveItems).toEqual({ value: null });
    expect(Object.keys(stats ?? {})).toHaveLength(14);
  });

  it('keeps an imported `__proto__` key as plain data', () => {
    const extra = JSON.parse('{"__proto__": {"polluted": true}}') as Record<string, unknown>;
    const doc = asRestored({ ...createBlankDocument({ agency: '甲', year: 2021 }), extra });
    const file = toFileObject(doc, META);
    expect(Object.getPrototypeOf(file)).toBe(Object.prototype);
    expect(Object.hasOwn(file, '__proto__')).toBe(true);
    const written = JSON.parse(serializeReport(doc, META)) as object;
    expect(Object.getOwnPropertyDescriptor(written, '__proto__')?.value).toEqual({
      polluted: true,
    });
  });

  it('converts money from millionths to the decimal number of 万元', () => {
    const file = toFileObject(with2021Fees(), META);
    expect(file.tables).toHaveProperty(['proactive', 'fees'], { amount: 5949.088667 });
    expect(serializeReport(with2021Fees(), META)).toContain('"amount": 5949.088667');
  });

  it('writes rows and columns in definition order, then rows and columns it does not know', () => {
    const blank = createBlankDocument({ agency: '甲', year: 2020 });
    const { received, ...otherRows } = blank.tables.applications;
    const shuffledReceived = Object.fromEntries(Object.entries(received ?? {}).reverse());
    const doc = asRestored({
      ...blank,
      tables: {
        ...blank.tables,
        applications: {
          legacyRow: { naturalPerson: 4 },
          ...otherRows,
          received: { legalEntity: 9, ...shuffledReceived, naturalPerson: 1 },
        },
      },
    });
    const apps = toFileObject(doc, META).tables as Record<string, Record<string, object>>;
    const rows = Object.keys(apps.applications ?? {});
    expect(rows[0]).toBe('received');
    expect(rows.at(-2)).toBe('carriedForward');
    expect(rows.at(-1)).toBe('legacyRow');
    expect(Object.entries(apps.applications?.received ?? {})).toEqual([
      ['naturalPerson', 1],
      ['commercial', null],
      ['research', null],
      ['nonprofit', null],
      ['legalService', null],
      ['otherOrg', null],
      ['total', null],
      ['legalEntity', 9],
    ]);
    expect(apps.applications?.legacyRow).toEqual({ naturalPerson: 4 });
  });

  it('writes a negative 2019 本年增/减 as is', () => {
    const blank = createBlankDocument({ agency: '甲', year: 2019 });
    const doc = setCell(blank, { table: 'proactive', row: 'licensing', column: 'change' }, -3).doc;
    expect(toFileObject(doc, META).tables).toHaveProperty(['proactive', 'licensing', 'change'], -3);
  });
});

describe('serializeReport', () => {
  it('is two-space indented JSON ending in a newline', () => {
    const text = serializeReport(createBlankDocument({ agency: '甲', year: 2021 }), META);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "type": "nianbao/annual-report",');
  });
});

describe('exportFileName', () => {
  it('names the file after the title, derived or typed', () => {
    expect(exportFileName({ year: 2024, agency: '淮安市人民政府', title: null })).toBe(
      '淮安市人民政府2024年政府信息公开工作年度报告.json',
    );
    expect(
      exportFileName({ year: 2020, agency: '镇海区新闻中心', title: '镇海区新闻中心2020年度报告' }),
    ).toBe('镇海区新闻中心2020年度报告.json');
  });

  it('replaces characters that file systems refuse', () => {
    expect(
      exportFileName({ year: 2021, agency: 'a/b\\c:d*e?f"g<h>i|j\tk\u007f', title: null }),
    ).toBe('a_b_c_d_e_f_g_h_i_j_k_2021年政府信息公开工作年度报告.json');
  });
});
