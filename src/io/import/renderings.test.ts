import { describe, expect, it } from 'vitest';
import { extractFromText } from './adapters/readers';
import type { ExtractedReport } from './types';

/**
 * Text renderings of a published report's tables found on real portals and in saved or
 * converted pages (see docs/import.md, "Tried on real reports"). Every document here is
 * constructed: our own agency and numbers, in the shapes those renderings have.
 */

const value = (extracted: ExtractedReport, id: string): number | null | undefined =>
  extracted.cells.find((c) => c.cell === id)?.value;

const status = (extracted: ExtractedReport, id: string): string | undefined =>
  extracted.cells.find((c) => c.cell === id)?.status;

const values = (extracted: ExtractedReport, prefix: string): (number | null)[] =>
  extracted.cells.filter((c) => c.cell.startsWith(`${prefix}.`)).map((c) => c.value);

const HEAD = [
  '示例区人民政府2022年政府信息公开工作年度报告',
  '本报告依据条例编制，统计期限为2022年1月1日至12月31日。',
  '一、总体情况',
  '2022年，本区持续推进政务公开，全年主动公开信息1200条。',
  '二、主动公开政府信息情况',
];
const TAIL = [
  '五、存在的主要问题及改进情况',
  '公开的深度还不够，下一年将加强培训。',
  '六、其他需要报告的事项',
  '本年度未收取信息处理费。',
];

describe('tables written with pipes', () => {
  it('a Markdown copy: the group row of 第二十条第（一）项 with empty cells after it is no row', () => {
    const text = [
      ...HEAD,
      '| 第二十条第（一）项 | |||',
      '|---|---|---|---|',
      '| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
      '| 规章 | 3 | 1 | 17 |',
      '| 行政规范性文件 | 6 | 2 | 41 |',
      '| 第二十条第（五）项 | |||',
      '| 信息内容 | 本年处理决定数量 | ||',
      '| 行政许可 | 905 | ||',
      '| 第二十条第（六）项 | |||',
      '| 行政处罚 | 77 | ||',
      '| 行政强制 | 4 | ||',
      '| 第二十条第（八）项 | |||',
      '| 信息内容 | 本年收费金额（单位：万元） | ||',
      '| 行政事业性收费 | 12.5 | ||',
      '三、收到和处理政府信息公开申请情况',
      '| 一、本年新收政府信息公开申请数量 | 21 | 3 | 0 | 1 | 0 | 2 | 27 |',
      '| 二、上年结转政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |',
      ...TAIL,
    ].join('\n');
    const extracted = extractFromText(text);
    expect(values(extracted, 'proactive.rules')).toEqual([3, 1, 17]);
    expect(values(extracted, 'proactive.normativeDocs')).toEqual([6, 2, 41]);
    expect(value(extracted, 'proactive.licensing.decisions')).toBe(905);
    expect(value(extracted, 'proactive.fees.amount')).toBe(12.5);
    expect(values(extracted, 'applications.received')).toEqual([21, 3, 0, 1, 0, 2, 27]);
  });

  it('one cell a line closed by “ |”: a lone “|” is an empty cell, “||” the cells a span covers', () => {
    const text = [
      ...HEAD,
      '第二十条第（一）项 |',
      '|||',
      '信息内容 |',
      '本年制发件数 |',
      '本年废止件数 |',
      '现行有效件数 |',
      '规章 |',
      '2 |',
      '|',
      '4 |',
      '|',
      '行政规范性文件 |',
      '/ |',
      '5 |',
      '30 |',
      '三、收到和处理政府信息公开申请情况',
      '一、本年新收政府信息公开申请数量 |',
      '9 |',
      '|',
      '|',
      '1 |',
      '|',
      '|',
      '10 |',
      '||',
      '二、上年结转政府信息公开申请数量 |',
      '1 |',
      '0 |',
      '0 |',
      '0 |',
      '0 |',
      '0 |',
      '1 |',
      ...TAIL,
    ].join('\n');
    const extracted = extractFromText(text);
    // `2 |` / `|` / `4 |`: an empty cell between two numbers, never the number 24.
    expect(values(extracted, 'proactive.rules')).toEqual([2, null, 4]);
    expect(status(extracted, 'proactive.rules.repealed')).toBe('read');
    expect(values(extracted, 'proactive.normativeDocs')).toEqual([null, 5, 30]);
    expect(values(extracted, 'applications.received')).toEqual([9, null, null, 1, null, null, 10]);
    expect(values(extracted, 'applications.carriedOver')).toEqual([1, 0, 0, 0, 0, 0, 1]);
  });

  it('one cell a line with a lone “|” between cells: nothing between two pipes is an empty cell', () => {
    const cells = ['规章', '4', '', '6', '行政规范性文件', '0', '1', '9'];
    const text = [...HEAD, '第二十条第（一）项', ...cells.flatMap((c) => ['|', c]), ...TAIL].join(
      '\n',
    );
    const extracted = extractFromText(text);
    expect(values(extracted, 'proactive.rules')).toEqual([4, null, 6]);
    expect(values(extracted, 'proactive.normativeDocs')).toEqual([0, 1, 9]);
  });

  it('one cell a line with a lone “|” between cells reads each row', () => {
    const cells = ['规章', '4', '0', '6', '行政规范性文件', '0', '1', '9'];
    const text = [...HEAD, '第二十条第（一）项', ...cells.flatMap((c) => ['|', c]), ...TAIL].join(
      '\n',
    );
    const extracted = extractFromText(text);
    expect(values(extracted, 'proactive.rules')).toEqual([4, 0, 6]);
    expect(values(extracted, 'proactive.normativeDocs')).toEqual([0, 1, 9]);
  });
});

describe('text copied one cell a line, without separators', () => {
  it('a number, a label and a number on three lines are never one wrapped number', () => {
    const cells = ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'];
    const rows = ['规章', '0', '0', '6', '行政规范性文件', '0', '0', '3'];
    const text = [...HEAD, '第二十条第（一）项', ...cells, ...rows, ...TAIL].join('\n');
    const extracted = extractFromText(text);
    expect(values(extracted, 'proactive.rules')).toEqual([0, 0, 6]);
    expect(values(extracted, 'proactive.normativeDocs')).toEqual([0, 0, 3]);
  });
});

describe('numbers set apart by single spaces (copied from a PDF viewer)', () => {
  it('are several numbers, never one', () => {
    const text = [
      ...HEAD,
      '第二十条第（一）项',
      '信息内容      本年制发件数    本年废止件数    现行有效件数',
      '规章          12 5 3',
      '行政规范性文件  8 0 14',
      ...TAIL,
    ].join('\n');
    const extracted = extractFromText(text);
    expect(values(extracted, 'proactive.rules')).toEqual([12, 5, 3]);
    expect(values(extracted, 'proactive.normativeDocs')).toEqual([8, 0, 14]);
  });

  it('表四 after a sentence that names the year: the 15 values of its row', () => {
    const text = [
      ...HEAD,
      '四、政府信息公开行政复议、行政诉讼情况',
      '2022 年，本机关收到行政复议申请，',
      '均已审结。',
      '行政复议 行政诉讼',
      '结果维持 结果纠正 其他结果 尚未审结 总计',
      '3 1 0 0 4 0 0 0 1 1 2 0 0 0 2',
      ...TAIL,
    ].join('\n');
    const extracted = extractFromText(text);
    expect(values(extracted, 'review.reconsideration')).toEqual([3, 1, 0, 0, 4]);
    expect(values(extracted, 'review.litigationDirect')).toEqual([0, 0, 0, 1, 1]);
    expect(values(extracted, 'review.litigationAfterReconsideration')).toEqual([2, 0, 0, 0, 2]);
  });
});

describe('agency and year from the title variants portals print', () => {
  const body = HEAD.slice(1).concat(TAIL);
  const titleOf = (title: string): { agency: string | null; year: number | null } => {
    const { agency, year } = extractFromText([title, ...body].join('\n'));
    return { agency, year };
  };

  it('…政府信息公开工作报告 (without 年度)', () => {
    expect(titleOf('示例市文化局2021年政府信息公开工作报告')).toEqual({
      agency: '示例市文化局',
      year: 2021,
    });
  });

  it('the year inside the ending, the agency’s 政府 shared with it', () => {
    expect(titleOf('示例县青山镇人民政府信息公开工作2024年度报告')).toEqual({
      agency: '示例县青山镇人民政府',
      year: 2024,
    });
  });

  it('an ending the portal cut and shuffled', () => {
    expect(titleOf('示例县青山镇2023年政府信息公开 工作告年度报')).toEqual({
      agency: '示例县青山镇',
      year: 2023,
    });
  });
});

describe('a report converted to Markdown', () => {
  it('headings marked with # or ** split the sections, and a 表四 row of 15 piped values reads', () => {
    const text = [
      '# 示例县农业农村局2023年政府信息公开工作年度报告',
      '本报告统计期限为2023年1月1日至12月31日。',
      '## 一、总体情况',
      '全年主动公开信息320条。',
      '**二、主动公开政府信息情况**',
      '| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
      '|---|---|---|---|',
      '| 规章 | 0 | 0 | 0 |',
      '| 行政规范性文件 | 2 | 1 | 7 |',
      '## 三、收到和处理政府信息公开申请情况',
      '| 一、本年新收政府信息公开申请数量 | 5 | 1 | 0 | 0 | 0 | 0 | 6 |',
      '| 5.要求行政机关确认或重新出具<br>已获取信息 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |',
      '## 四、政府信息公开行政复议、行政诉讼情况',
      '| 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
      '## 五、存在的主要问题及改进情况',
      '解读形式还不够丰富。',
      '## 六、其他需要报告的事项',
      '本年度未收取信息处理费。',
    ].join('\n');
    const extracted = extractFromText(text);
    expect(extracted.agency).toBe('示例县农业农村局');
    expect(extracted.year).toBe(2023);
    expect(extracted.sections.overview).toBe('全年主动公开信息320条。');
    expect(extracted.sections.problems).toBe('解读形式还不够丰富。');
    expect(values(extracted, 'proactive.normativeDocs')).toEqual([2, 1, 7]);
    expect(values(extracted, 'applications.received')).toEqual([5, 1, 0, 0, 0, 0, 6]);
    // A label broken with <br> inside its cell.
    expect(values(extracted, 'applications.rejectedConfirmation')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(values(extracted, 'review.reconsideration')).toEqual([1, 0, 0, 0, 1]);
  });
});

describe('a page rendered one cell a paragraph', () => {
  it('an empty cell written as a line of spaces between empty lines is a blank, in its place', () => {
    const cells = [
      '第二十条第（一）项',
      '信息内容',
      '本年制发件数',
      '本年废止件数',
      '现行有效件数',
    ];
    const rows = ['规章', '1', '\u00a0', '9', '行政规范性文件', ' ', ' ', ' '];
    const text = [...HEAD, ...[...cells, ...rows].flatMap((c) => [c, '']), ...TAIL].join('\n');
    const extracted = extractFromText(text);
    expect(values(extracted, 'proactive.rules')).toEqual([1, null, 9]);
    expect(values(extracted, 'proactive.normativeDocs')).toEqual([null, null, null]);
    expect(status(extracted, 'proactive.normativeDocs.inForce')).toBe('read');
  });
});

describe('the 2019 edition’s 本年增/减', () => {
  it('“减3”, “增加2”, “-1” and “+4” are signed numbers', () => {
    const text = [
      '示例区人民政府2020年政府信息公开工作年度报告',
      '一、总体情况',
      '全年主动公开信息800条。',
      '二、主动公开政府信息情况',
      '| 第二十条第（五）项 | ||||',
      '| 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |',
      '| 行政许可 | 37 | 减3 | 1120 |',
      '| 其他对外管理服务事项 | 5 | 增加2 | 60 |',
      '| 第二十条第（六）项 | ||||',
      '| 行政处罚 | 20 | -1 | 75 |',
      '| 行政强制 | 3 | +4 | 9 |',
      ...TAIL,
    ].join('\n');
    const extracted = extractFromText(text);
    expect(extracted.format).toBe('2019');
    expect(values(extracted, 'proactive.licensing')).toEqual([37, -3, 1120]);
    expect(values(extracted, 'proactive.otherServices')).toEqual([5, 2, 60]);
    expect(values(extracted, 'proactive.penalty')).toEqual([20, -1, 75]);
    expect(values(extracted, 'proactive.enforcement')).toEqual([3, 4, 9]);
  });
});

describe('表二 and 表三 printed in different editions', () => {
  it('a 2021 report keeping the 2019 表二: the 2021 edition, 表二 named and never read into other columns', () => {
    const text = [
      '示例区人民政府2021年政府信息公开工作年度报告',
      '一、总体情况',
      '全年主动公开信息800条。',
      '二、主动公开政府信息情况',
      '| 第二十条第（一）项 | |||',
      '| 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |',
      '| 规章 | 1 | 1 | 9 |',
      '| 规范性文件 | 4 | 4 | 30 |',
      '| 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |',
      '| 行政许可 | 37 | 0 | 1120 |',
      '三、收到和处理政府信息公开申请情况',
      '| 一、本年新收政府信息公开申请数量 | 5 | 1 | 0 | 0 | 0 | 0 | 6 |',
      '| 8.属于行政查询事项 | 0 | 0 | 1 | 0 | 0 | 0 | 1 |',
      '| （六）其他处理 | 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |',
      ...TAIL,
    ].join('\n');
    const extracted = extractFromText(text);
    expect(extracted.format).toBe('2021');
    expect(values(extracted, 'applications.received')).toEqual([5, 1, 0, 0, 0, 0, 6]);
    expect(values(extracted, 'applications.withheldAdminQuery')).toEqual([0, 0, 1, 0, 0, 0, 1]);
    expect(values(extracted, 'applications.otherNoCorrection')).toEqual([2, 0, 0, 0, 0, 0, 2]);
    const proactive = extracted.cells.filter((c) => c.cell.startsWith('proactive.'));
    expect(proactive.length).toBeGreaterThan(0);
    expect(proactive.every((c) => c.status === 'notFound' && c.value === null)).toBe(true);
    expect(extracted.problems).toContainEqual(
      expect.objectContaining({ code: 'table.otherEdition', cell: 'proactive' }),
    );
  });
});

describe('part headings as agencies word them', () => {
  it('工作概况, 复议诉讼情况, 存在的问题和改进措施 and 其他需要说明的事项 split the sections', () => {
    const text = [
      '示例街道办事处2024年政府信息公开工作年度报告',
      '一、工作概况',
      '街道全年主动公开信息96条。',
      '二、主动公开政府信息情况',
      '| 规章 | 0 | 0 | 0 |',
      '| 行政规范性文件 | 0 | 0 | 0 |',
      '| 行政许可 | 0 | | |',
      '三、收到和处理政府信息公开申请情况',
      '本年度未收到申请。',
      '四、复议诉讼情况',
      '本年度无复议诉讼。',
      '五、存在的问题和改进措施',
      '公开栏目更新不够及时。',
      '六、其他需要说明的事项',
      '无其他事项。',
    ].join('\n');
    const { sections } = extractFromText(text);
    expect(sections).toEqual({
      overview: '街道全年主动公开信息96条。',
      problems: '公开栏目更新不够及时。',
      other: '无其他事项。',
    });
  });
});

describe('a group row printed with a typo', () => {
  it('“第二十条第（五项” (a bracket lost) on a row of its own is no row either', () => {
    const text = [
      ...HEAD,
      '| 第二十条（一）项 | |||',
      '| 规章 | 1 | 0 | 5 |',
      '| 行政规范性文件 | 2 | 0 | 8 |',
      '| 第二十条第（五项 | ||',
      '| 信息内容 | 本年处理决定数量 | ||',
      '| 行政许可 | 66 | ||',
      ...TAIL,
    ].join('\n');
    const extracted = extractFromText(text);
    expect(values(extracted, 'proactive.rules')).toEqual([1, 0, 5]);
    expect(value(extracted, 'proactive.licensing.decisions')).toBe(66);
  });
});

describe('a title that names no agency', () => {
  it('takes the publisher the page names (发布机构), and says so', () => {
    const text = [
      '首页 > 政府信息公开 > 年报',
      '发布机构：示例县民政局   发布日期：2024-01-20',
      '2023年度政府信息公开工作年度报告',
      ...HEAD.slice(1),
      ...TAIL,
    ].join('\n');
    const extracted = extractFromText(text);
    expect(extracted.agency).toBe('示例县民政局');
    expect(extracted.year).toBe(2023);
    expect(extracted.problems).toContainEqual(
      expect.objectContaining({ code: 'meta.agencyFromPage', params: { agency: '示例县民政局' } }),
    );
  });

  it('a source that is no agency (本站) is not taken', () => {
    const text = ['来源：本站', '2023年度政府信息公开工作年度报告', ...HEAD.slice(1), ...TAIL];
    const extracted = extractFromText(text.join('\n'));
    expect(extracted.agency).toBeNull();
    expect(extracted.problems.map((p) => p.code)).toContain('meta.agencyNotFound');
  });
});

describe('a title that names no year', () => {
  const report = (preface: string, overview: string): ExtractedReport =>
    extractFromText(
      [
        '示例县林业局政府信息公开工作年度报告',
        preface,
        '一、总体情况',
        overview,
        '二、主动公开政府信息情况',
        ...TAIL,
      ].join('\n'),
    );

  it('takes the year the preface names with 政府信息公开, quoting it', () => {
    const extracted = report(
      '现将我局2023年度政府信息公开工作情况报告如下。',
      '全年公开信息80条。',
    );
    expect(extracted.year).toBe(2023);
    expect(extracted.problems).toContainEqual(
      expect.objectContaining({
        code: 'meta.yearFromText',
        params: { year: 2023, source: '2023年度政府信息公开' },
      }),
    );
  });

  it('else the year the overview opens with', () => {
    const extracted = report('现将我局工作情况报告如下。', '2022年，我局持续推进政务公开。');
    expect(extracted.year).toBe(2022);
    expect(report('', '2021年我局政务公开工作运行良好。').year).toBe(2021);
  });

  it('else none, said so', () => {
    const extracted = report('现将我局工作情况报告如下。', '我局持续推进政务公开。');
    expect(extracted.year).toBeNull();
    expect(extracted.problems.map((p) => p.code)).toContain('meta.yearNotFound');
  });
});

describe('a page rendered one cell a line with no gap between', () => {
  it('an empty line is an empty cell, in its place', () => {
    const cells = ['规章', '2', '', '5', '行政规范性文件', '1', '0', '9'];
    const rows = ['一、本年新收政府信息公开申请数量', '3', '', '', '', '', '', '3'];
    const text = [
      ...HEAD,
      '第二十条第（一）项',
      '信息内容',
      '本年制发件数',
      '本年废止件数',
      '现行有效件数',
      ...cells,
      '三、收到和处理政府信息公开申请情况',
      ...rows,
      ...TAIL,
    ].join('\n');
    const extracted = extractFromText(text);
    expect(values(extracted, 'proactive.rules')).toEqual([2, null, 5]);
    expect(values(extracted, 'proactive.normativeDocs')).toEqual([1, 0, 9]);
    expect(values(extracted, 'applications.received')).toEqual([
      3,
      null,
      null,
      null,
      null,
      null,
      3,
    ]);
    expect(extracted.sections.problems).toBe('公开的深度还不够，下一年将加强培训。');
  });
});
