import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runChecks } from './index';
import { definitionOf } from '../definition/editions';
import { narrativeClaims as claimsOf } from './narrativeNumbers';

const QUANTITIES = definitionOf('2021').checks['narrative.numberMismatch']?.quantities ?? [];

/** The claims of a text with the 2021 edition's phrasings, quantities by id. */
function narrativeClaims(text: string) {
  return claimsOf(text, QUANTITIES).map((c) => ({ ...c, quantity: c.quantity.id }));
}
import { blankDoc, documentFromContract, set } from '../../../testing/testDocs';

const mismatches = (doc: Parameters<typeof runChecks>[0]) =>
  runChecks(doc).filter((f) => f.check === 'narrative.numberMismatch');

function withOverview(overview: string) {
  let doc = blankDoc('2021');
  doc = set(doc, 'applications.received.naturalPerson', 10);
  doc = set(doc, 'applications.received.commercial', 2);
  doc = set(doc, 'applications.carriedOver.naturalPerson', 3);
  doc = set(doc, 'applications.disclosed.naturalPerson', 8);
  doc = set(doc, 'applications.carriedForward.naturalPerson', 1);
  doc = set(doc, 'review.reconsideration.upheld', 2);
  doc = set(doc, 'review.litigationDirect.upheld', 1);
  doc = set(doc, 'review.litigationAfterReconsideration.pending', 1);
  return { ...doc, sections: { ...doc.sections, overview } };
}

describe('narrative.numberMismatch', () => {
  it('reports a received count that differs from 表三', () => {
    const doc = withOverview(
      '（二）依申请公开\n2023年，本机关共收到政府信息公开申请13件，均已按时答复。',
    );
    expect(mismatches(doc)).toEqual([
      {
        check: 'narrative.numberMismatch',
        severity: 'warning',
        status: 'fail',
        cells: ['applications.received.total'],
        expected: 12,
        actual: 13,
        message:
          '「一、总体情况」写有“收到政府信息公开申请13件”，但表三“一、本年新收政府信息公开申请数量”总计为 12',
        part: 'overview',
      },
    ]);
  });

  it('accepts the received count with or without last year’s carried-over applications', () => {
    expect(mismatches(withOverview('共收到政府信息公开申请12件。'))).toEqual([]);
    expect(mismatches(withOverview('共受理政府信息公开申请15件（含上年结转3件）。'))).toEqual([]);
  });

  it('checks 予以公开, 结转, 行政复议 and 行政诉讼 (both kinds summed)', () => {
    const ok = withOverview('予以公开8件，结转下年度继续办理1件。发生行政复议2件、行政诉讼2件。');
    expect(mismatches(ok)).toEqual([]);
    const bad = withOverview('予以公开9件，结转下年度继续办理1件。发生行政复议2件、行政诉讼1件。');
    expect(mismatches(bad).map((f) => [f.cells, f.actual, f.expected])).toEqual([
      [['applications.disclosed.total'], 9, 8],
      [['review.litigationDirect.total', 'review.litigationAfterReconsideration.total'], 1, 2],
    ]);
  });

  it('does not read 部分公开 as 予以公开, nor ordinary prose as a claim', () => {
    expect(narrativeClaims('部分公开3件').map((c) => c.quantity)).toEqual(['partiallyDisclosed']);
    expect(
      narrativeClaims('阅读量10w+，受理群众各类投诉、建议、咨询、求助10984帖，申请人满意。'),
    ).toEqual([]);
  });

  it('reads full-width digits', () => {
    expect(narrativeClaims('行政复议１２件')).toEqual([
      { quantity: 'reconsideration', text: '行政复议12件', value: 12 },
    ]);
  });

  it('is 待填写 (not a silent pass) while the table cells are blank', () => {
    const doc = blankDoc('2021');
    const findings = mismatches({
      ...doc,
      sections: { ...doc.sections, overview: '共收到申请5件' },
    });
    expect(findings.map((f) => [f.status, f.actual, f.expected])).toEqual([
      ['not-assessable', 5, 0],
    ]);
    expect(findings[0]?.message).toBe(
      '「一、总体情况」写有“收到申请5件”，但表三“一、本年新收政府信息公开申请数量”总计未填写（有未填写的单元格，待填写）',
    );
  });

  it('finds no mismatch in the 2021 sample report, whose narrative quotes its tables', () => {
    const json: unknown = JSON.parse(
      readFileSync(new URL('../../../fixtures/reports/sample-2021.json', import.meta.url), 'utf8'),
    );
    const doc = documentFromContract(json);
    expect(narrativeClaims(doc.sections.overview).length).toBeGreaterThan(0);
    expect(mismatches(doc)).toEqual([]);
  });
});
