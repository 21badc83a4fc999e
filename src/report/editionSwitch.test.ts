import { describe, expect, it } from 'vitest';
import { blankTable, createBlankDocument } from './blank';
import { readCell } from './cells';
import { definitionOf } from './definition/editions';
import type { CellRef } from './definition/types';
import { asRestored } from './document';
import { setCell } from './edit';
import { editionDifferences, switchEdition, valuesOutsideEdition } from './editionSwitch';

const app = (row: string, column: string): CellRef => ({ table: 'applications', row, column });

function report2019() {
  let doc = createBlankDocument({ agency: '测试局', year: 2020 });
  doc = setCell(doc, app('received', 'naturalPerson'), 10).doc;
  doc = setCell(doc, app('disclosed', 'naturalPerson'), 6).doc;
  doc = setCell(doc, app('other', 'naturalPerson'), 4).doc;
  doc = setCell(doc, { table: 'proactive', row: 'procurement', column: 'amount' }, 1_500_000).doc;
  return doc;
}

describe('editionDifferences', () => {
  it('lists the 表三 （六） rows of each edition', () => {
    const diffs = editionDifferences('2019', '2021').filter((d) => d.table === 'applications');
    expect(diffs.map((d) => [d.row, d.kind])).toEqual([
      ['other', 'onlyIn2019'],
      ['otherNoCorrection', 'onlyIn2021'],
      ['otherUnpaidFee', 'onlyIn2021'],
      ['otherOther', 'onlyIn2021'],
    ]);
    expect(diffs[0]?.label).toBe('表三 （六）其他处理');
  });

  it('lists 表二 rows and columns that changed, with the form’s labels', () => {
    const diffs = editionDifferences('2019', '2021').filter((d) => d.table === 'proactive');
    const labels = diffs.map((d) => `${d.kind} ${d.label}`);
    expect(labels).toContain('onlyIn2019 表二 第二十条第（一）项 规章 · 本年新制作数量');
    expect(labels).toContain('onlyIn2021 表二 第二十条第（一）项 规章 · 本年制发件数');
    expect(labels).toContain('onlyIn2019 表二 第二十条第（九）项 政府集中采购');
    expect(labels).toContain('onlyIn2019 表二 第二十条第（五）项 其他对外管理服务事项');
    expect(labels).toContain(
      'onlyIn2021 表二 第二十条第（八）项 行政事业性收费 · 本年收费金额（单位：万元）',
    );
    // 处理决定数量 exists in both editions (same id), so it is no difference.
    expect(diffs.some((d) => d.row === 'licensing' && d.column === 'decisions')).toBe(false);
    // 表四 and the statistics table are the same in both editions.
    expect(editionDifferences('2019', '2021').some((d) => d.table === 'review')).toBe(false);
  });

  it('keeps print order: a row only one edition has stays where that edition prints it', () => {
    const rows = editionDifferences('2021', '2019')
      .filter((d) => d.table === 'proactive' && d.column === undefined)
      .map((d) => d.row);
    expect(rows).toEqual(['otherServices', 'procurement']);
    const all = editionDifferences('2021', '2019').map((d) => `${d.row}.${d.column ?? ''}`);
    expect(all.indexOf('otherServices.')).toBeLessThan(all.indexOf('penalty.lastYearItems'));
    expect(all.indexOf('licensing.change')).toBeLessThan(all.indexOf('otherServices.'));
  });

  it('is the mirror image in the other direction and empty for the same edition', () => {
    const forth = editionDifferences('2019', '2021');
    const back = editionDifferences('2021', '2019');
    const key = (d: { row: string; column?: string; kind: string }) =>
      `${d.row}.${d.column ?? ''}.${d.kind}`;
    expect(back.map(key).sort()).toEqual(forth.map(key).sort());
    expect(editionDifferences('2021', '2021')).toEqual([]);
  });
});

describe('switchEdition', () => {
  it('keeps values of rows the new edition lacks and adds its rows blank', () => {
    const { doc } = switchEdition(report2019(), '2021');
    expect(doc.format).toBe('2021');
    expect(readCell(doc, app('other', 'naturalPerson'))).toBe(4);
    expect(readCell(doc, { table: 'proactive', row: 'procurement', column: 'amount' })).toBe(
      1_500_000,
    );
    expect(doc.tables.applications.otherOther).toEqual(
      blankTable(definitionOf('2021').tables.applications).otherOther,
    );
    expect(readCell(doc, { table: 'proactive', row: 'rules', column: 'issued' })).toBeNull();
  });

  it('recomputes （七）总计 with the new edition’s rows', () => {
    const before = report2019();
    expect(readCell(before, app('handledTotal', 'naturalPerson'))).toBe(10);
    const { doc } = switchEdition(before, '2021');
    // The 2019 （六）其他处理 row is not part of the 2021 total.
    expect(readCell(doc, app('handledTotal', 'naturalPerson'))).toBe(6);
    expect(readCell(doc, app('handledTotal', 'total'))).toBe(6);
  });

  it('restores the report exactly when switched back', () => {
    const original = report2019();
    const there = switchEdition(original, '2021').doc;
    const back = switchEdition(there, '2019').doc;
    expect(readCell(back, app('handledTotal', 'naturalPerson'))).toBe(10);
    expect(readCell(back, app('other', 'naturalPerson'))).toBe(4);
    expect(back.format).toBe('2019');
    expect(back.agency).toBe(original.agency);
  });

  it('leaves an absent optional table absent and keeps a present one', () => {
    const without = switchEdition(report2019(), '2021').doc;
    expect(without.tables.disclosureStats).toBeNull();
    const stats = blankTable(definitionOf('2019').tables.disclosureStats);
    const withStats = asRestored({
      ...report2019(),
      tables: { ...report2019().tables, disclosureStats: stats },
    });
    expect(switchEdition(withStats, '2021').doc.tables.disclosureStats).toEqual(stats);
  });

  it('returns the same document when the edition does not change', () => {
    const doc = report2019();
    const result = switchEdition(doc, '2019');
    expect(result.doc).toBe(doc);
    expect(result.differences).toEqual([]);
  });
});

describe('valuesOutsideEdition', () => {
  it('names filled-in cells the current edition lacks, and only those', () => {
    const { doc } = switchEdition(report2019(), '2021');
    const kept = valuesOutsideEdition(doc);
    expect(kept.map((k) => `${k.rowLabel}|${k.columnLabel}|${k.value}`)).toEqual([
      '表二 第二十条第（九）项 政府集中采购|采购总金额|1500000',
      '表三 （六）其他处理|自然人|4',
      '表三 （六）其他处理|总计|4',
    ]);
    expect(kept[0]?.kind).toBe('money');
    expect(valuesOutsideEdition(report2019())).toEqual([]);
  });
});
