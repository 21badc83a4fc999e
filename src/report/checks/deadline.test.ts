import { describe, expect, it } from 'vitest';
import { runChecks } from './index';
import { blankDoc } from '../../../testing/testDocs';

const deadlineFindings = (doc: ReturnType<typeof blankDoc>, today?: Date) =>
  runChecks(doc, today === undefined ? {} : { today }).filter((f) => f.check === 'meta.deadline');

describe('meta.deadline', () => {
  it('reminds a department of 1月31日 in the month before', () => {
    const doc = { ...blankDoc('2021'), year: 2023, agencyLevel: 'county-department' as const };
    expect(deadlineFindings(doc, new Date(2024, 0, 21))).toEqual([
      {
        check: 'meta.deadline',
        severity: 'info',
        status: 'fail',
        cells: [],
        expected: '2024-01-31',
        actual: 10,
        message: '距法定发布时限（2024年1月31日）还有 10 天',
        part: 'meta',
      },
    ]);
    expect(deadlineFindings(doc, new Date(2023, 11, 1))).toEqual([]);
  });

  it('gives a government its own 3月31日 deadline', () => {
    const doc = { ...blankDoc('2021'), year: 2023, agencyLevel: 'county-government' as const };
    expect(deadlineFindings(doc, new Date(2024, 1, 10))).toEqual([]);
    expect(deadlineFindings(doc, new Date(2024, 3, 2))[0]?.message).toBe(
      '已超过法定发布时限（2024年3月31日）2 天，尚未填写发布日期',
    );
  });

  it('flags a publication date after the deadline, whatever today is', () => {
    const doc = { ...blankDoc('2021'), year: 2022, publicationDate: '2023-02-03' };
    expect(deadlineFindings(doc)[0]?.message).toBe(
      '发布日期（2023年2月3日）晚于法定发布时限（2023年1月31日）3 天',
    );
    expect(deadlineFindings({ ...doc, publicationDate: '2023-01-31' })).toEqual([]);
  });

  it('says nothing without a date to compare, or about long-past years', () => {
    const doc = { ...blankDoc('2019'), year: 2020 };
    expect(deadlineFindings(doc)).toEqual([]);
    expect(deadlineFindings(doc, new Date(2026, 10, 30))).toEqual([]);
  });
});
