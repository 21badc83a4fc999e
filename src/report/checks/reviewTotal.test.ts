import { describe, expect, it } from 'vitest';
import type { RestoredDocument } from '../document';
import { runChecks } from './index';
import { blankDoc, readyDoc, set, setAll, storeRaw } from '../../../testing/testDocs';

const reviewFindings = (doc: RestoredDocument) =>
  runChecks(doc).filter((f) => f.check === 'review.total');

const GROUP = ['upheld', 'corrected', 'other', 'pending'];

describe('review.total', () => {
  const filled = setAll(
    readyDoc('2021'),
    Object.fromEntries(GROUP.map((c) => [`review.reconsideration.${c}`, 1])),
  );

  it('fails when a stored 总计 is not 结果维持 + 结果纠正 + 其他结果 + 尚未审结', () => {
    const doc = storeRaw(filled, 'review.reconsideration.total', 3);
    expect(reviewFindings(doc)).toEqual([
      {
        check: 'review.total',
        severity: 'error',
        status: 'fail',
        cells: ['review.reconsideration.total', ...GROUP.map((c) => `review.reconsideration.${c}`)],
        expected: 4,
        actual: 3,
        message: '表四 行政复议：总计（3）≠ 结果维持 + 结果纠正 + 其他结果 + 尚未审结（4）',
        part: 'review',
      },
    ]);
  });

  it('checks each of the three groups', () => {
    const doc = storeRaw(readyDoc('2019'), 'review.litigationAfterReconsideration.total', 2);
    expect(reviewFindings(doc).map((f) => f.message)).toEqual([
      '表四 行政诉讼·复议后起诉：总计（2）≠ 结果维持 + 结果纠正 + 其他结果 + 尚未审结（0）',
    ]);
  });

  it('passes when the totals are recomputed', () => {
    expect(reviewFindings(filled)).toEqual([]);
  });

  it('is not assessable when the stored total is blank', () => {
    const doc = storeRaw(
      set(blankDoc('2021'), 'review.litigationDirect.upheld', 2),
      'review.litigationDirect.total',
      null,
    );
    expect(reviewFindings(doc)).toEqual([
      expect.objectContaining({
        status: 'not-assessable',
        cells: expect.arrayContaining(['review.litigationDirect.total']) as unknown,
        expected: 2,
        actual: 0,
      }),
    ]);
  });
});
