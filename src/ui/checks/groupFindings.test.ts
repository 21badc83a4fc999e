import { describe, expect, it } from 'vitest';
import { createBlankDocument } from '../../report/blank';
import { acknowledgementCell, runChecks } from '../../report/checks';
import type { Finding } from '../../report/checks/types';
import { definitionOf } from '../../report/definition/editions';
import { editorParts } from '../state/parts';
import { groupFindings } from './groupFindings';

const parts = editorParts(definitionOf('2021'));

function finding(partial: Partial<Finding> & Pick<Finding, 'check' | 'part'>): Finding {
  return {
    severity: 'error',
    status: 'fail',
    cells: [],
    expected: null,
    actual: null,
    message: partial.check,
    ...partial,
  };
}

const balance = finding({
  check: 'applications.balance',
  part: 'applications',
  cells: ['applications.received.naturalPerson'],
});
const rowTotalPending = finding({
  check: 'applications.rowTotal',
  part: 'applications',
  status: 'not-assessable',
  cells: ['applications.received.total'],
});
const emptyProblems = finding({ check: 'section.empty', part: 'problems', severity: 'warning' });
const emptyOverview = finding({ check: 'section.empty', part: 'overview', severity: 'warning' });
const statsSubset = finding({
  check: 'stats.subsetOfParent',
  part: 'disclosureStats',
  cells: ['disclosureStats.pressConferencesByHead.value'],
});
const blank = finding({
  check: 'table.blankCells',
  part: 'review',
  severity: 'info',
  cells: ['review.reconsideration.upheld', 'review.reconsideration.corrected'],
});

describe('groupFindings', () => {
  it('groups by part in print order, the statistics table under 六', () => {
    const summary = groupFindings(
      [statsSubset, emptyProblems, blank, balance, emptyOverview],
      { acknowledged: [] },
      parts,
    );
    expect(summary.parts.map((p) => p.part)).toEqual([
      'overview',
      'applications',
      'review',
      'problems',
      'other',
    ]);
    expect(summary.parts[0]?.heading).toBe('一、总体情况');
    expect(summary.parts.at(-1)?.issues).toEqual([statsSubset]);
  });

  it('keeps 待填写 and blank-cell counts apart from failures', () => {
    const summary = groupFindings([rowTotalPending, balance, blank], { acknowledged: [] }, parts);
    const applications = summary.parts.find((p) => p.part === 'applications');
    expect(applications?.issues).toEqual([balance]);
    expect(applications?.pending).toEqual([rowTotalPending]);
    expect(applications?.errorCount).toBe(1);
    expect(summary.parts.find((p) => p.part === 'review')?.blankCells).toEqual([blank]);
    expect(summary.counts).toEqual({
      error: 1,
      warning: 0,
      info: 0,
      pending: 1,
      blankCells: 2,
      acknowledged: 0,
    });
  });

  it('puts errors before warnings within a part', () => {
    const warning = finding({
      check: 'proactive.rulesAuthority',
      part: 'proactive',
      severity: 'warning',
      cells: ['proactive.rules.issued'],
    });
    const error = finding({
      check: 'cell.invalid',
      part: 'proactive',
      cells: ['proactive.rules.inForce'],
    });
    const summary = groupFindings([warning, error], { acknowledged: [] }, parts);
    expect(summary.parts[0]?.issues).toEqual([error, warning]);
  });

  it('lists accepted warnings apart with their reason, never errors', () => {
    const acknowledged = [
      { check: 'section.empty', cell: acknowledgementCell(emptyProblems), note: '本年无问题' },
      { check: 'applications.balance', cell: 'applications.received.naturalPerson', note: '不行' },
    ];
    const summary = groupFindings([balance, emptyProblems, emptyOverview], { acknowledged }, parts);
    const problems = summary.parts.find((p) => p.part === 'problems');
    expect(problems?.issues).toEqual([]);
    expect(problems?.acknowledged.map((a) => a.acknowledgement.note)).toEqual(['本年无问题']);
    expect(summary.parts.find((p) => p.part === 'applications')?.issues).toEqual([balance]);
    expect(summary.counts.warning).toBe(0);
    expect(summary.counts.acknowledged).toBe(1);
  });

  it('files an empty section, and what waits for its text, under 待填写, not as warnings', () => {
    const fees = finding({ check: 'section.feesNotStated', part: 'other', severity: 'warning' });
    const emptyOther = finding({ check: 'section.empty', part: 'other', severity: 'warning' });
    const summary = groupFindings([emptyOverview, emptyOther, fees], { acknowledged: [] }, parts);
    expect(summary.counts.warning).toBe(0);
    expect(summary.counts.pending).toBe(3);
    expect(summary.parts.find((p) => p.part === 'other')?.pending).toEqual([emptyOther, fees]);
    // Once 六 says something, a missing 信息处理费 is a warning again.
    const later = groupFindings([fees], { acknowledged: [] }, parts);
    expect(later.parts[0]?.issues).toEqual([fees]);
    expect(later.counts.warning).toBe(1);
  });

  it('sorts a real blank report: every part but 基本信息 has something to fill in', () => {
    const doc = createBlankDocument({ agency: '测试局', year: 2023 });
    const summary = groupFindings(runChecks(doc), doc, parts);
    expect(summary.counts.error).toBe(0);
    expect(summary.parts.map((p) => p.part)).toEqual([
      'overview',
      'proactive',
      'applications',
      'review',
      'problems',
      'other',
    ]);
    expect(summary.parts.find((p) => p.part === 'applications')?.blankCells).toHaveLength(1);
  });
});
