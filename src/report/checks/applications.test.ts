import { describe, expect, it } from 'vitest';
import { definitionOf } from '../definition/editions';
import type { Format } from '../definition/types';
import { runChecks } from './index';
import { blankDoc, readyDoc, set, setAll, storeRaw } from '../../../testing/testDocs';
import type { CheckId, Finding } from './types';
import type { RestoredDocument } from '../document';

const dispositionRowIds = (format: Format) => definitionOf(format).applicationsRoles.dispositions;

const only = (check: CheckId, doc: RestoredDocument): Finding[] =>
  runChecks(doc).filter((f) => f.check === check);

const APPLICANTS = [
  'naturalPerson',
  'commercial',
  'research',
  'nonprofit',
  'legalService',
  'otherOrg',
];
const row = (id: string) => APPLICANTS.map((c) => `applications.${id}.${c}`);

describe('applications.rowTotal', () => {
  it('fails when a stored 总计 disagrees with the six applicant columns', () => {
    const doc = storeRaw(
      set(readyDoc('2021'), 'applications.received.naturalPerson', 6),
      'applications.received.total',
      5,
    );
    expect(only('applications.rowTotal', doc)).toEqual([
      {
        check: 'applications.rowTotal',
        severity: 'error',
        status: 'fail',
        cells: ['applications.received.total', ...row('received')],
        expected: 6,
        actual: 5,
        message: '表三「一、本年新收政府信息公开申请数量」行：总计（5）≠ 各类申请人之和（6）',
        part: 'applications',
      },
    ]);
  });

  it('checks the （七）总计 row too', () => {
    const doc = storeRaw(readyDoc('2019'), 'applications.handledTotal.total', 1);
    const [finding] = only('applications.rowTotal', doc);
    expect(finding?.cells[0]).toBe('applications.handledTotal.total');
    expect(finding?.message).toBe('表三「（七）总计」行：总计（1）≠ 各类申请人之和（0）');
  });

  it('passes when totals are recomputed by the editor', () => {
    const doc = setAll(readyDoc('2021'), {
      'applications.received.naturalPerson': 4,
      'applications.received.otherOrg': 2,
      'applications.disclosed.commercial': 3,
    });
    expect(doc.tables.applications.received?.total).toBe(6);
    expect(only('applications.rowTotal', doc)).toEqual([]);
  });

  it('passes on a blank table (blanks count as 0)', () => {
    expect(only('applications.rowTotal', blankDoc('2021'))).toEqual([]);
  });

  it('is not assessable when the stored total is blank', () => {
    const doc = storeRaw(
      set(blankDoc('2019'), 'applications.received.naturalPerson', 6),
      'applications.received.total',
      null,
    );
    expect(only('applications.rowTotal', doc)).toEqual([
      expect.objectContaining({
        status: 'not-assessable',
        severity: 'error',
        expected: 6,
        actual: 0,
        message:
          '表三「一、本年新收政府信息公开申请数量」行：总计（未填写）≠ 各类申请人之和（6，部分未填写）（有未填写的单元格，待填写）',
      }),
    ]);
  });
});

describe('applications.handledTotal', () => {
  it('fails per column when （七）总计 is not the sum of （一）…（六） (2021: three （六） rows)', () => {
    const doc = storeRaw(
      set(readyDoc('2021'), 'applications.otherUnpaidFee.naturalPerson', 2),
      'applications.handledTotal.naturalPerson',
      1,
    );
    expect(only('applications.handledTotal', doc)).toEqual([
      {
        check: 'applications.handledTotal',
        severity: 'error',
        status: 'fail',
        cells: [
          'applications.handledTotal.naturalPerson',
          ...dispositionRowIds('2021').map((r) => `applications.${r}.naturalPerson`),
        ],
        expected: 2,
        actual: 1,
        message: '表三 自然人列：（七）总计（1）≠ （一）至（六）各项之和（2）',
        part: 'applications',
      },
    ]);
  });

  it('uses the single （六）其他处理 row in 2019 and checks the 总计 column', () => {
    const doc = storeRaw(
      set(readyDoc('2019'), 'applications.other.research', 3),
      'applications.handledTotal.total',
      0,
    );
    const findings = only('applications.handledTotal', doc);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.cells).toEqual([
      'applications.handledTotal.total',
      ...dispositionRowIds('2019').map((r) => `applications.${r}.total`),
    ]);
    expect(findings[0]?.cells).toContain('applications.other.total');
    expect(findings[0]?.message).toBe('表三 总计列：（七）总计（0）≠ （一）至（六）各项之和（3）');
  });

  it('passes when （七）总计 is recomputed', () => {
    const doc = setAll(readyDoc('2021'), {
      'applications.disclosed.naturalPerson': 2,
      'applications.otherOther.naturalPerson': 1,
      'applications.withheldAdminQuery.legalService': 4,
    });
    expect(only('applications.handledTotal', doc)).toEqual([]);
  });

  it('is not assessable when the stored （七）总计 is blank', () => {
    const doc = storeRaw(
      set(blankDoc('2021'), 'applications.disclosed.naturalPerson', 4),
      'applications.handledTotal.naturalPerson',
      null,
    );
    const findings = only('applications.handledTotal', doc);
    expect(findings.map((f) => [f.cells[0], f.status, f.expected, f.actual])).toEqual([
      ['applications.handledTotal.naturalPerson', 'not-assessable', 4, 0],
    ]);
  });
});

describe('applications.balance', () => {
  const unbalanced = setAll(readyDoc('2021'), {
    'applications.received.naturalPerson': 10,
    'applications.carriedOver.naturalPerson': 2,
    'applications.disclosed.naturalPerson': 9,
    'applications.carriedForward.naturalPerson': 2,
  });

  it('fails per column (总计 too): 本年新收 + 上年结转 ≠ （七）总计 + 结转下年度', () => {
    const cells = (c: string) =>
      ['received', 'carriedOver', 'handledTotal', 'carriedForward'].map(
        (r) => `applications.${r}.${c}`,
      );
    expect(only('applications.balance', unbalanced)).toEqual([
      {
        check: 'applications.balance',
        severity: 'error',
        status: 'fail',
        cells: cells('naturalPerson'),
        expected: 11,
        actual: 12,
        message: '表三 自然人列：本年新收 + 上年结转（12）≠ 办理结果总计 + 结转下年度（11）',
        part: 'applications',
      },
      {
        check: 'applications.balance',
        severity: 'error',
        status: 'fail',
        cells: cells('total'),
        expected: 11,
        actual: 12,
        message: '表三 总计列：本年新收 + 上年结转（12）≠ 办理结果总计 + 结转下年度（11）',
        part: 'applications',
      },
    ]);
  });

  it('passes when the 勾稽关系 holds', () => {
    const doc = set(unbalanced, 'applications.disclosed.naturalPerson', 10);
    expect(only('applications.balance', doc)).toEqual([]);
  });

  // A blank side is shown as 未填写, never as 0: the sum treats it as 0 only to decide.
  it('is not assessable while the table is being filled in, and says what is blank', () => {
    const doc = set(blankDoc('2019'), 'applications.received.commercial', 3);
    const findings = only('applications.balance', doc);
    expect(findings.map((f) => [f.cells[0], f.status])).toEqual([
      ['applications.received.commercial', 'not-assessable'],
      ['applications.received.total', 'not-assessable'],
    ]);
    expect(findings[0]?.message).toBe(
      '表三 商业企业列：本年新收 + 上年结转（3，部分未填写）≠ 办理结果总计 + 结转下年度（未填写）（有未填写的单元格，待填写）',
    );
  });

  it('fails (not 待填写) when every input is filled', () => {
    const doc = set(readyDoc('2019'), 'applications.received.commercial', 3);
    expect(only('applications.balance', doc).map((f) => f.status)).toEqual(['fail', 'fail']);
  });
});
