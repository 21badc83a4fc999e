import { describe, expect, it } from 'vitest';
import { importProblemMessage, placeOf } from './importProblemMessages';
import { importProblem, type ImportProblemCode } from './problemCodes';

const CODES: readonly ImportProblemCode[] = [
  'file.empty',
  'file.unknownKind',
  'file.notReport',
  'file.unexpected',
  'docx.invalid',
  'docx.tooLarge',
  'pdf.invalid',
  'pdf.encrypted',
  'pdf.noText',
  'meta.agencyNotFound',
  'meta.yearNotFound',
  'meta.yearFromPeriod',
  'format.notRecognised',
  'section.notFound',
  'table.notFound',
  'row.notFound',
  'row.valueCount',
  'cell.unreadable',
  'cell.none',
  'money.converted',
  'money.unitAssumed',
  'total.mismatch',
];

describe('import problem messages', () => {
  it('every code has a Chinese sentence, never the bare code', () => {
    for (const code of CODES) {
      const message = importProblemMessage(
        importProblem(code, 'warning', { table: 'applications' }),
        '2021',
      );
      expect(message, code).not.toBe(code);
      expect(message, code).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('names a cell in the form’s own words', () => {
    expect(placeOf('applications.withheldStateSecret.naturalPerson', '2021')).toBe(
      '表三「（三）1.属于国家秘密」行「自然人」列',
    );
    const message = importProblemMessage(
      importProblem(
        'total.mismatch',
        'warning',
        { printed: 3120, sum: 3119 },
        'applications.received.total',
      ),
      '2021',
    );
    expect(message).toContain('表三「一、本年新收政府信息公开申请数量」行「总计」列');
    expect(message).toContain('3120');
  });
});
