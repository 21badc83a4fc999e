import { describe, expect, it } from 'vitest';
import type { RestoredDocument } from '../document';
import { runChecks } from './index';
import { blankDoc, readyDoc, set, storeRaw, withStatsTable } from '../../../testing/testDocs';

const blankFindings = (doc: RestoredDocument) =>
  runChecks(doc).filter((f) => f.check === 'table.blankCells');

describe('table.blankCells', () => {
  it('reports per table how many input cells are blank (2021: 10 + 24×6 + 3×4)', () => {
    const findings = blankFindings(blankDoc('2021'));
    expect(findings.map((f) => [f.part, f.actual, f.cells.length, f.message])).toEqual([
      ['proactive', 10, 10, '表二还有 10 个单元格未填写（需要填 0 的请填 0）'],
      ['applications', 144, 144, '表三还有 144 个单元格未填写（需要填 0 的请填 0）'],
      ['review', 12, 12, '表四还有 12 个单元格未填写（需要填 0 的请填 0）'],
    ]);
  });

  it('counts the 2019 tables and the statistics table when present', () => {
    const findings = blankFindings(withStatsTable(blankDoc('2019')));
    expect(findings.map((f) => [f.part, f.actual])).toEqual([
      ['proactive', 22],
      ['applications', 132],
      ['review', 12],
      ['disclosureStats', 14],
    ]);
    expect(findings[3]?.message).toBe(
      '公开及回应解读情况统计表还有 14 个单元格未填写（需要填 0 的请填 0）',
    );
  });

  it('lists exactly the blank cells', () => {
    const doc = set(readyDoc('2021'), 'review.reconsideration.upheld', null);
    expect(blankFindings(doc)).toEqual([
      {
        check: 'table.blankCells',
        severity: 'info',
        status: 'fail',
        cells: ['review.reconsideration.upheld'],
        expected: 0,
        actual: 1,
        message: '表四还有 1 个单元格未填写（需要填 0 的请填 0）',
        part: 'review',
      },
    ]);
  });

  it('ignores computed cells and passes on a filled report', () => {
    expect(blankFindings(readyDoc('2019'))).toEqual([]);
    const blankTotal = storeRaw(readyDoc('2019'), 'applications.received.total', null);
    expect(blankFindings(blankTotal)).toEqual([]);
  });
});
