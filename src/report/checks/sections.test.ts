import { describe, expect, it } from 'vitest';
import type { RestoredDocument } from '../document';
import { runChecks } from './index';
import { readyDoc, withSections } from '../../../testing/testDocs';
import type { CheckId } from './types';

const only = (check: CheckId, doc: RestoredDocument) =>
  runChecks(doc).filter((f) => f.check === check);

describe('section.empty', () => {
  it('warns for each narrative section with nothing written: blank, outline or placeholder', () => {
    const doc = withSections(readyDoc('2019'), {
      overview: '',
      problems: '（一）存在的主要问题\n\n（二）改进情况\n（见原文）\n',
    });
    expect(only('section.empty', doc)).toEqual([
      {
        check: 'section.empty',
        severity: 'warning',
        status: 'fail',
        cells: [],
        expected: null,
        actual: null,
        message: '「一、总体情况」还没有内容',
        part: 'overview',
      },
      expect.objectContaining({
        message: '「五、存在的主要问题及改进情况」还没有内容',
        part: 'problems',
      }),
    ]);
  });

  it('passes when every section has text', () => {
    expect(only('section.empty', readyDoc('2021'))).toEqual([]);
  });
});

describe('section.feesNotStated', () => {
  it('warns when 六 of a 2021 report does not mention 信息处理费', () => {
    const doc = withSections(readyDoc('2021'), { other: '本年度无其他需要报告的事项。' });
    expect(only('section.feesNotStated', doc)).toEqual([
      {
        check: 'section.feesNotStated',
        severity: 'warning',
        status: 'fail',
        cells: [],
        expected: null,
        actual: null,
        message: '「六、其他需要报告的事项」没有提到信息处理费：请说明本年度是否收取信息处理费',
        part: 'other',
      },
    ]);
  });

  it.each(['本年度未收取信息处理费。', '本机关本年度共收取信息处理费用0元。'])(
    'passes for “%s”',
    (other) => {
      expect(only('section.feesNotStated', withSections(readyDoc('2021'), { other }))).toEqual([]);
    },
  );

  it('does not apply to the 2019 edition', () => {
    const doc = withSections(readyDoc('2019'), { other: '无。' });
    expect(only('section.feesNotStated', doc)).toEqual([]);
  });
});
