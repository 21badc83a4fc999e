import { describe, expect, it } from 'vitest';
import { blankTable, createBlankDocument } from '../../../report/blank';
import { definitionOf } from '../../../report/definition/editions';
import type { ReportDocument } from '../../../report/document';
import { setCell } from '../../../report/edit';
import { editorParts, type PartKey } from '../../state/parts';
import { partFill, partState } from './partProgress';

const parts = editorParts(definitionOf('2021'));
const part = (key: PartKey) => {
  const found = parts.find((p) => p.key === key);
  if (found === undefined) throw new Error(key);
  return found;
};

function fillTable(doc: ReturnType<typeof createBlankDocument>, table: 'review') {
  let next = doc;
  for (const row of definitionOf(doc.format).tables[table].rows) {
    for (const c of row.columns) {
      if (c.computed !== true) next = setCell(next, { table, row: row.id, column: c.id }, 0).doc;
    }
  }
  return next;
}

describe('part progress', () => {
  it('lists 基本信息 and the six parts, the statistics table in 六', () => {
    expect(parts.map((p) => p.key)).toEqual([
      'basic',
      'overview',
      'proactive',
      'applications',
      'review',
      'problems',
      'other',
    ]);
    expect(part('other').heading).toBe('六、其他需要报告的事项');
  });

  it('goes from empty to partial to full as input cells are filled (totals excluded)', () => {
    const blank = createBlankDocument({ agency: '测试局', year: 2023 });
    expect(partFill(blank, part('review'))).toBe('empty');
    const one = setCell(
      blank,
      { table: 'review', row: 'reconsideration', column: 'upheld' },
      0,
    ).doc;
    expect(partFill(one, part('review'))).toBe('partial');
    expect(partFill(fillTable(blank, 'review'), part('review'))).toBe('full');
  });

  it('counts the narrative text and, once added, the statistics table of 六', () => {
    const blank = createBlankDocument({ agency: '', year: 2023 });
    const withText: ReportDocument = { ...blank, sections: { ...blank.sections, other: '无。' } };
    expect(partFill(withText, part('other'))).toBe('full');
    const withTable: ReportDocument = {
      ...withText,
      tables: {
        ...withText.tables,
        disclosureStats: blankTable(definitionOf('2021').tables.disclosureStats),
      },
    };
    expect(partFill(withTable, part('other'))).toBe('partial');
    expect(
      partFill({ ...blank, sections: { ...blank.sections, other: '  \n' } }, part('other')),
    ).toBe('empty');
  });

  it('needs agency, level, preface and date for a complete 基本信息', () => {
    const blank = createBlankDocument({ agency: '', year: 2023 });
    expect(partFill(blank, part('basic'))).toBe('empty');
    expect(partFill({ ...blank, agency: '测试局' }, part('basic'))).toBe('partial');
    const full: ReportDocument = {
      ...blank,
      agency: '测试局',
      agencyLevel: 'county-department',
      preface: '引言',
      publicationDate: '2024-01-20',
    };
    expect(partFill(full, part('basic'))).toBe('full');
  });

  it('shows 有错误 over any fill state', () => {
    expect(partState('full', 0)).toBe('done');
    expect(partState('full', 1)).toBe('error');
    expect(partState('empty', 0)).toBe('empty');
    expect(partState('partial', 0)).toBe('partial');
  });
});
