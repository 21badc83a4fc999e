import { describe, expect, it } from 'vitest';
import type { AgencyLevel, RestoredDocument } from '../document';
import { runChecks } from './index';
import { blankDoc, readyDoc, set, setAll } from '../../../testing/testDocs';
import type { CheckId } from './types';

const only = (check: CheckId, doc: RestoredDocument) =>
  runChecks(doc).filter((f) => f.check === check);

describe('proactive.rulesAuthority', () => {
  const withRules = (agencyLevel: AgencyLevel | null) =>
    setAll(readyDoc('2021', { agencyLevel }), {
      'proactive.rules.issued': 2,
      'proactive.rules.inForce': 5,
    });

  it('warns when an agency that cannot issue 规章 reports 规章', () => {
    expect(only('proactive.rulesAuthority', withRules('county-department'))).toEqual([
      {
        check: 'proactive.rulesAuthority',
        severity: 'warning',
        status: 'fail',
        cells: ['proactive.rules.issued', 'proactive.rules.repealed', 'proactive.rules.inForce'],
        expected: 0,
        actual: 2,
        message:
          '表二「第二十条第（一）项 规章」填有数据（本年制发件数 2、现行有效件数 5），但县级人民政府部门不能制定规章' +
          '（规章由国务院部门、省级和设区的市级人民政府制定），请核实',
        part: 'proactive',
      },
    ]);
  });

  it.each<AgencyLevel>(['state-council-department', 'provincial-government', 'city-government'])(
    'passes for %s',
    (level) => {
      expect(only('proactive.rulesAuthority', withRules(level))).toEqual([]);
    },
  );

  it.each<AgencyLevel>(['provincial-department', 'city-department', 'township', 'other'])(
    'warns for %s (these do not issue 规章)',
    (level) => {
      expect(only('proactive.rulesAuthority', withRules(level))).toHaveLength(1);
    },
  );

  it('does not judge an unknown agency level, zeros or blanks', () => {
    expect(only('proactive.rulesAuthority', withRules(null))).toEqual([]);
    expect(only('proactive.rulesAuthority', readyDoc('2021'))).toEqual([]);
    expect(only('proactive.rulesAuthority', blankDoc('2021', { agencyLevel: 'township' }))).toEqual(
      [],
    );
  });

  it('reads the 2019 columns', () => {
    const doc = set(readyDoc('2019'), 'proactive.rules.totalPublished', 3);
    expect(only('proactive.rulesAuthority', doc).map((f) => [f.cells[0], f.actual])).toEqual([
      ['proactive.rules.made', 3],
    ]);
  });
});

describe('proactive.inForceBelowIssued', () => {
  const doc = (inForce: number | null) =>
    setAll(readyDoc('2021', { agencyLevel: 'city-government' }), {
      'proactive.normativeDocs.issued': 5,
      'proactive.normativeDocs.repealed': 1,
      'proactive.normativeDocs.inForce': inForce,
    });

  it('warns when 现行有效件数 < 本年制发件数 − 本年废止件数', () => {
    expect(only('proactive.inForceBelowIssued', doc(2))).toEqual([
      {
        check: 'proactive.inForceBelowIssued',
        severity: 'warning',
        status: 'fail',
        cells: [
          'proactive.normativeDocs.inForce',
          'proactive.normativeDocs.issued',
          'proactive.normativeDocs.repealed',
        ],
        expected: 4,
        actual: 2,
        message:
          '表二「第二十条第（一）项 行政规范性文件」：现行有效件数（2）小于 本年制发件数 − 本年废止件数（4），上年的现行有效件数不可能为负数',
        part: 'proactive',
      },
    ]);
  });

  it('passes at the bound and above', () => {
    expect(only('proactive.inForceBelowIssued', doc(4))).toEqual([]);
    expect(only('proactive.inForceBelowIssued', doc(40))).toEqual([]);
  });

  it('is not assessable while 现行有效件数 is blank', () => {
    expect(only('proactive.inForceBelowIssued', doc(null)).map((f) => f.status)).toEqual([
      'not-assessable',
    ]);
  });

  it('does not apply to the 2019 edition', () => {
    expect(
      only('proactive.inForceBelowIssued', set(readyDoc('2019'), 'proactive.rules.made', 9)),
    ).toEqual([]);
  });
});
