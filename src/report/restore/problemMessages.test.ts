import { describe, expect, it } from 'vitest';
import { problemMessage } from './problemMessages';
import type { Problem, ProblemCode } from './problems';
import { restore, restoreText } from './restore';
import { minimalFile, setPath } from '../../../testing/testFiles';

const p = (
  code: ProblemCode,
  severity: Problem['severity'],
  path: Problem['path'],
  params: Problem['params'] = {},
): Problem => ({ code, severity, path, params });

const cellPath = (table: string, row: string, column: string) => ['tables', table, row, column];

/** One sample per code; a Record so that a new code without a sample does not compile. */
const SAMPLES: Record<ProblemCode, readonly [Problem, string]> = {
  'file.encodingGb18030': [
    p('file.encodingGb18030', 'notice', [], { encoding: 'gb18030' }),
    '文件不是 UTF-8 编码，已按 GB18030（GBK，即中文 Windows 的“ANSI”）编码读取，请核对文字是否正确',
  ],
  'file.encodingUnknown': [
    p('file.encodingUnknown', 'error', []),
    '文件既不是 UTF-8 编码，也不是 GB18030（GBK）编码，无法读取；请用记事本等程序另存为 UTF-8 编码后再导入',
  ],
  'file.replacementCharacters': [
    p('file.replacementCharacters', 'warning', [], { count: 2 }),
    '文件中有 2 个无法识别的字符（显示为“\uFFFD”），文字可能已在其他程序中损坏，请核对',
  ],
  'file.notJson': [
    p('file.notJson', 'error', [], { line: 3, column: 5 }),
    '文件不是有效的 JSON（第 3 行第 5 列附近）',
  ],
  'file.notObject': [
    p('file.notObject', 'error', []),
    '文件内容不是一份年报（应为 JSON 对象），无法导入',
  ],
  'file.wrongType': [
    p('file.wrongType', 'error', ['type'], { type: 'excalidraw' }),
    '这不是年报文件（文件类型为“excalidraw”，应为“nianbao/annual-report”），无法导入',
  ],
  'file.versionMissing': [
    p('file.versionMissing', 'error', ['version']),
    '文件缺少版本号（version），无法导入',
  ],
  'file.versionTooNew': [
    p('file.versionTooNew', 'error', ['version'], { version: 2, supported: 1 }),
    '文件版本 2 比本程序支持的版本 1 新，请升级年报后再导入',
  ],
  'file.versionInvalid': [
    p('file.versionInvalid', 'error', ['version'], { version: '1.5' }),
    '文件版本号“1.5”无效（应为正整数），无法导入',
  ],
  'file.migrationFailed': [
    p('file.migrationFailed', 'error', ['version'], { from: 1, to: 2 }),
    '无法将文件从版本 1 转换为版本 2，无法导入',
  ],
  'file.unexpected': [
    p('file.unexpected', 'error', [], { detail: '' }),
    '导入时发生意外错误，无法导入',
  ],
  'field.missing': [p('field.missing', 'error', ['agency']), '文件缺少机关名称，无法导入'],
  'field.invalid': [
    p('field.invalid', 'warning', ['title'], { raw: '5' }),
    '报告标题的内容无效（“5”），已忽略',
  ],
  'field.unknown': [
    p('field.unknown', 'warning', ['sections', 'appendix']),
    '正文（一、五、六部分）中有无法识别的项「appendix」，已忽略',
  ],
  'format.unknown': [
    p('format.unknown', 'error', ['format'], { format: '2030' }),
    '报告格式“2030”无法识别（应为 2019 或 2021），无法导入',
  ],
  'format.defaulted': [
    p('format.defaulted', 'warning', ['format'], { format: '2019', year: 2020 }),
    '文件未注明报告格式，已按报告年度 2020 年采用 2019 年版格式（国办公开办函〔2019〕60号）',
  ],
  'format.normalised': [
    p('format.normalised', 'notice', ['format'], { raw: '2021', format: '2021' }),
    '报告格式写作“2021”，已按 2021 年版格式（国办公开办函〔2021〕30号）读取',
  ],
  'year.outOfRange': [
    p('year.outOfRange', 'error', ['year'], { year: 2007, min: 2008, max: 2100 }),
    '报告年度 2007 超出可处理的范围（2008—2100 年），无法导入',
  ],
  'agencyLevel.unknown': [
    p('agencyLevel.unknown', 'warning', ['agencyLevel'], { value: 'ministry' }),
    '机关层级“ministry”无法识别，已留空',
  ],
  'table.missing': [
    p('table.missing', 'warning', ['tables', 'review'], { table: 'review' }),
    '文件缺少表四（四、政府信息公开行政复议、行政诉讼情况），已按空表导入',
  ],
  'table.invalid': [
    p('table.invalid', 'warning', ['tables', 'applications', 'received'], {
      table: 'applications',
      row: 'received',
    }),
    '表三「一、本年新收政府信息公开申请数量」行的数据格式无效，该行数据已忽略',
  ],
  'table.unknownRow': [
    p('table.unknownRow', 'warning', ['tables', 'applications', 'other'], {
      table: 'applications',
      row: 'other',
      otherEdition: '2019',
    }),
    '表三中有 2021 年版格式没有的行「（六）其他处理」（属于 2019 年版格式），已原样保留',
  ],
  'table.unknownColumn': [
    p('table.unknownColumn', 'warning', cellPath('proactive', 'rules', 'made'), {
      table: 'proactive',
      row: 'rules',
      column: 'made',
      otherEdition: '2019',
    }),
    '表二「第二十条第（一）项 规章」行中有 2021 年版格式没有的列「本年新制作数量」（属于 2019 年版格式），已原样保留',
  ],
  'cell.negative': [
    p('cell.negative', 'warning', cellPath('review', 'reconsideration', 'upheld'), { value: -1 }),
    '表四「行政复议」行「结果维持」列：-1 是负数，本栏不能为负，已留空',
  ],
  'cell.notInteger': [
    p('cell.notInteger', 'warning', cellPath('applications', 'received', 'naturalPerson'), {
      value: 1.5,
    }),
    '表三「一、本年新收政府信息公开申请数量」行「自然人」列：1.5 不是整数，已留空',
  ],
  'cell.tooLarge': [
    p('cell.tooLarge', 'warning', cellPath('applications', 'received', 'total'), {
      raw: '99999999999999999999',
    }),
    '表三「一、本年新收政府信息公开申请数量」行「总计」列：“99999999999999999999”数值过大，已留空',
  ],
  'cell.tooManyDecimals': [
    p('cell.tooManyDecimals', 'warning', cellPath('proactive', 'fees', 'amount'), {
      value: 1.1234567,
    }),
    '表二「第二十条第（八）项 行政事业性收费」行「本年收费金额（单位：万元）」列：1.1234567 的小数超过 6 位，已留空',
  ],
  'cell.notNumber': [
    p(
      'cell.notNumber',
      'warning',
      cellPath('applications', 'withheldStateSecret', 'naturalPerson'),
      { raw: 'abc' },
    ),
    '表三「（三）1.属于国家秘密」行「自然人」列：“abc”不是数字，已留空',
  ],
  'cell.normalised': [
    p('cell.normalised', 'notice', cellPath('disclosureStats', 'viaWeibo', 'value'), {
      raw: '１３２４条',
      value: 1324,
    }),
    '公开及回应解读情况统计表「（二）3.政务微博公开政府信息数」行「统计数」列：“１３２４条”已按 1324 读取',
  ],
  'acknowledged.invalid': [
    p('acknowledged.invalid', 'warning', ['acknowledged', 2], { index: 2 }),
    '第 3 条已确认的提示格式不正确，已忽略',
  ],
};

describe('problemMessage', () => {
  it.each(Object.entries(SAMPLES))('%s', (_code, [problem, message]) => {
    expect(problemMessage(problem, '2021')).toBe(message);
  });

  it('words refusals and warnings of the same code differently', () => {
    expect(problemMessage(p('field.missing', 'warning', ['sections', 'problems']), '2021')).toBe(
      '文件缺少「五、存在的主要问题及改进情况」的正文，已按空白处理',
    );
    expect(problemMessage(p('field.invalid', 'error', ['year'], { raw: '2020' }))).toBe(
      '报告年度无效（“2020”），无法导入',
    );
    expect(problemMessage(p('field.invalid', 'warning', ['tables']))).toBe(
      '表格的数据格式无效，表二、表三、表四已按空表导入',
    );
  });

  it('uses the labels of the document’s edition', () => {
    const made = p('cell.notNumber', 'warning', cellPath('proactive', 'normativeDocs', 'made'), {
      raw: 'x',
    });
    expect(problemMessage(made, '2019')).toBe(
      '表二「第二十条第（一）项 规范性文件」行「本年新制作数量」列：“x”不是数字，已留空',
    );
    const issued = p(
      'cell.notNumber',
      'warning',
      cellPath('proactive', 'normativeDocs', 'issued'),
      { raw: 'x' },
    );
    expect(problemMessage(issued, '2021')).toBe(
      '表二「第二十条第（一）项 行政规范性文件」行「本年制发件数」列：“x”不是数字，已留空',
    );
  });

  it('falls back to ids for rows and columns no edition has', () => {
    const unknown = p('table.unknownRow', 'warning', ['tables', 'applications', 'appeals'], {
      table: 'applications',
      row: 'appeals',
    });
    expect(problemMessage(unknown)).toBe('表三中有本格式没有的行「appeals」，已原样保留');
    expect(
      problemMessage(
        p('cell.normalised', 'notice', cellPath('applications', 'appeals', 'x'), { raw: '—' }),
      ),
    ).toBe('表三「appeals」行「x」列：“—”已按空白读取');
  });

  it('words every problem restore actually produces, in Chinese', () => {
    const file = setPath(
      minimalFile(),
      ['tables', 'applications', 'received', 'naturalPerson'],
      'abc',
    );
    setPath(file, ['agencyLevel'], 'ministry');
    const result = restore(file);
    const messages = result.problems.map((problem) =>
      problemMessage(problem, result.document?.format),
    );
    expect(messages).toEqual([
      '机关层级“ministry”无法识别，已留空',
      '表三「一、本年新收政府信息公开申请数量」行「自然人」列：“abc”不是数字，已留空',
    ]);
    const notJson = restoreText('{\n\n  "a": x').problems[0];
    expect(notJson === undefined ? '' : problemMessage(notJson)).toBe(
      '文件不是有效的 JSON（第 3 行第 8 列附近）',
    );
  });
});
