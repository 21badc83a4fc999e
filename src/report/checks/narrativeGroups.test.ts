import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RestoredDocument } from '../document';
import { runChecks } from './index';
import { blankDoc, documentFromContract, set, setAll } from '../../../testing/testDocs';

/**
 * narrative.numberMismatch on the phrasings of real published reports: a phrase that names
 * several rows of 表三 is a claim about their sum, a group heading (（三）不予公开, （四）无法提供,
 * （五）不予处理, （六）其他处理) about the sum of its rows, and a blank table cell makes the
 * claim 待填写, not a silent pass. The sentences are quoted from 上海市人民政府办公厅 2019 and
 * 淮安市人民政府 2024 (../shared/samples); the connectors 和 / 或 / 与 vary between reports.
 */

const mismatches = (doc: RestoredDocument) =>
  runChecks(doc).filter((f) => f.check === 'narrative.numberMismatch');

const withOverview = (doc: RestoredDocument, overview: string): RestoredDocument => ({
  ...doc,
  sections: { ...doc.sections, overview },
});

/** 淮安市 2024: （一）1362 + （二）454 = 1816; （四）769 + 11 + 1 = 781; 表四 filled. */
function huaian(): RestoredDocument {
  return setAll(blankDoc('2021', { year: 2024 }), {
    'applications.received.naturalPerson': 3119,
    'applications.disclosed.naturalPerson': 1362,
    'applications.partiallyDisclosed.naturalPerson': 454,
    'applications.unavailableNotHeld.naturalPerson': 769,
    'applications.unavailableNeedsCreation.naturalPerson': 11,
    'applications.unavailableUnclear.naturalPerson': 1,
    'applications.withheldStateSecret.naturalPerson': 2,
    'applications.withheldAdminQuery.naturalPerson': 33,
    'applications.rejectedComplaint.naturalPerson': 62,
    'applications.rejectedDuplicate.naturalPerson': 96,
    'applications.otherOther.naturalPerson': 0,
    'review.reconsideration.upheld': 351,
    'review.litigationDirect.upheld': 46,
  });
}

describe('narrative.numberMismatch: phrases that name several rows', () => {
  it.each([
    '予以公开及部分公开1816件',
    '予以公开和部分公开1816件',
    '同意公开和部分公开1816件',
    '全部公开或部分公开1816件',
  ])('reads “%s” as （一）+（二） and finds a correct report correct', (phrase) => {
    expect(mismatches(withOverview(huaian(), `本年度${phrase}，占59.5%。`))).toEqual([]);
  });

  it('reports a wrong sum against （一）+（二）, not against （二） alone', () => {
    const findings = mismatches(withOverview(huaian(), '予以公开及部分公开1800件，占59.5%。'));
    expect(findings.map((f) => [f.status, f.cells, f.actual, f.expected])).toEqual([
      [
        'fail',
        ['applications.disclosed.total', 'applications.partiallyDisclosed.total'],
        1800,
        1816,
      ],
    ]);
    expect(findings[0]?.message).toContain('1816');
    expect(findings[0]?.message).toContain('（一）予以公开');
    expect(findings[0]?.message).toContain('（二）部分公开');
  });
});

describe('narrative.numberMismatch: totals claimed for a row group', () => {
  it('checks “无法提供N件” against the sum of （四）1–3', () => {
    const ok = withOverview(huaian(), '因本机关不掌握等原因无法提供781件，占25.6%。');
    expect(mismatches(ok)).toEqual([]);
    const wrong = withOverview(huaian(), '因本机关不掌握等原因无法提供265件，占32.9%。');
    expect(mismatches(wrong).map((f) => [f.actual, f.expected, f.cells.length])).toEqual([
      [265, 781, 3],
    ]);
  });

  it('checks 不予公开, 不予处理 and 其他处理 against their groups', () => {
    const doc = withOverview(huaian(), '不予公开35件，不予处理158件，其他处理0件。');
    expect(mismatches(doc)).toEqual([]);
    expect(mismatches(withOverview(huaian(), '不予处理150件。')).map((f) => f.expected)).toEqual([
      158,
    ]);
    expect(mismatches(withOverview(huaian(), '不予公开30件。')).map((f) => f.expected)).toEqual([
      35,
    ]);
  });

  it('reads “不予公开及无法提供N件” as （三）+（四）', () => {
    expect(mismatches(withOverview(huaian(), '不予公开及无法提供816件。'))).toEqual([]);
    expect(
      mismatches(withOverview(huaian(), '不予公开及无法提供800件。')).map((f) => f.expected),
    ).toEqual([816]);
  });
});

describe('narrative.numberMismatch: the blank rule', () => {
  it('is 待填写 when the narrative states 行政复议351件 and 表四 is blank', () => {
    const doc = withOverview(
      set(blankDoc('2021', { year: 2024 }), 'applications.received.naturalPerson', 3119),
      '政府信息公开行政复议351件，其中结果维持72件。',
    );
    const findings = mismatches(doc);
    expect(findings.map((f) => [f.status, f.cells, f.actual])).toEqual([
      ['not-assessable', ['review.reconsideration.total'], 351],
    ]);
    expect(findings[0]?.message).toContain('未填写');
    expect(findings[0]?.message).toContain('待填写');
  });

  it('passes a claim of 0 on a blank row (blank counts as 0 when the relation holds)', () => {
    const doc = withOverview(blankDoc('2019', { year: 2019 }), '其他处理0件。');
    expect(mismatches(doc)).toEqual([]);
  });

  it('catches 无法提供265件 in the published 上海市人民政府办公厅 2019 report, whose （四）1–3 add up to 337', () => {
    const path = new URL(
      '../../../../shared/samples/shanghai-shizhengfubangongting-2019.json',
      import.meta.url,
    );
    const doc = documentFromContract(JSON.parse(readFileSync(path, 'utf8')));
    // Its 总计 column is blank as published: the rows' applicant columns are summed instead.
    // 不予公开35件 and 不予处理158件 agree; 予以公开及部分公开258件 is the 自然人 figure of （一）.
    expect(mismatches(doc).map((f) => [f.status, f.actual, f.expected])).toEqual([
      ['fail', 258, 275],
      ['fail', 265, 337],
    ]);
  });
});
