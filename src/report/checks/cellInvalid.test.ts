import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CellValue, RestoredDocument } from '../document';
import { setCell, setInvalidCell } from '../edit';
import { runChecks } from './index';
import { documentFromContract, readyDoc, storeRaw } from '../../../testing/testDocs';

const invalid = (doc: RestoredDocument) => runChecks(doc).filter((f) => f.check === 'cell.invalid');
const stored = (format: '2019' | '2021', id: string, value: CellValue) =>
  storeRaw(readyDoc(format), id, value);

describe('cell.invalid', () => {
  it('reports text kept for a cell as invalid until a value is written into it', () => {
    const ref = { table: 'applications', row: 'received', column: 'naturalPerson' } as const;
    const kept = setInvalidCell(setCell(readyDoc('2021'), ref, 5).doc, ref, 'abc').doc;
    expect(kept.tables.applications.received?.naturalPerson).toBeNull();
    expect(invalid(kept)).toEqual([
      expect.objectContaining({
        cells: ['applications.received.naturalPerson'],
        actual: 'abc',
        message:
          '表三「一、本年新收政府信息公开申请数量」行「自然人」：“abc” 不是有效的数值，应填非负整数',
      }),
    ]);
    // Writing any value (here blank, as Delete does) removes it.
    expect(invalid(setCell(kept, ref, null).doc)).toEqual([]);
    expect(invalid(setCell(kept, ref, 3).doc)).toEqual([]);
  });

  it('flags a negative count', () => {
    expect(invalid(stored('2021', 'proactive.licensing.decisions', -1))).toEqual([
      {
        check: 'cell.invalid',
        severity: 'error',
        status: 'fail',
        cells: ['proactive.licensing.decisions'],
        expected: null,
        actual: -1,
        message:
          '表二「第二十条第（五）项 行政许可」行「本年处理决定数量」：-1 不是有效的数值，应填非负整数',
        part: 'proactive',
      },
    ]);
  });

  it.each<[string, CellValue, number | string]>([
    ['applications.received.naturalPerson', 1.5, 1.5],
    ['review.reconsideration.pending', Number.NaN, 'NaN'],
    ['applications.handledTotal.total', -2, -2],
  ])('flags %s = %s', (id, value, actual) => {
    const findings = invalid(stored('2021', id, value));
    expect(findings.map((f) => [f.cells, f.actual])).toEqual([[[id], actual]]);
  });

  it('flags a non-integer 本年增/减 but accepts a negative one (2019)', () => {
    expect(invalid(stored('2019', 'proactive.penalty.change', -3))).toEqual([]);
    const findings = invalid(stored('2019', 'proactive.penalty.change', 0.5));
    expect(findings[0]?.message).toBe(
      '表二「第二十条第（六）项 行政处罚」行「本年增/减」：0.5 不是有效的数值，应填整数（减少用负数表示）',
    );
  });

  it('accepts money with 6 decimals and flags more, or a negative amount', () => {
    expect(invalid(stored('2021', 'proactive.fees.amount', 5949088667))).toEqual([]);
    const tooPrecise = invalid(stored('2021', 'proactive.fees.amount', 1.5));
    expect(tooPrecise.map((f) => [f.actual, f.message])).toEqual([
      [
        0.0000015,
        '表二「第二十条第（八）项 行政事业性收费」行「本年收费金额（单位：万元）」：0.0000015 不是有效的数值，应填非负金额，最多 6 位小数',
      ],
    ]);
    expect(invalid(stored('2019', 'proactive.procurement.amount', -1000000))[0]?.actual).toBe(-1);
  });

  it('leaves the arithmetic checks to skip a value that is not a number', () => {
    const findings = runChecks(stored('2021', 'applications.received.naturalPerson', Number.NaN));
    expect(findings.map((f) => f.check)).toEqual(['cell.invalid']);
  });

  it('flags text in a stored total, and no arithmetic check reads it', () => {
    const file = new URL('../../../fixtures/checks/cell.invalid.fail.json', import.meta.url);
    const doc = documentFromContract(JSON.parse(readFileSync(file, 'utf8')));
    expect(runChecks(doc)).toEqual([
      {
        check: 'cell.invalid',
        severity: 'error',
        status: 'fail',
        cells: ['review.reconsideration.total'],
        expected: null,
        actual: '待定',
        message: '表四「行政复议」行「总计」：待定 不是有效的数值，应填非负整数',
        part: 'review',
      },
    ]);
  });

  it('passes on valid and blank cells', () => {
    expect(invalid(readyDoc('2019'))).toEqual([]);
    expect(invalid(stored('2019', 'applications.received.naturalPerson', null))).toEqual([]);
  });
});
