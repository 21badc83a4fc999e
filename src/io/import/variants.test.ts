import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderReportHtml } from '../html/renderReport';
import { restoreText } from '../../report/restore/restore';
import { extractFromHtml, extractFromText } from './adapters/readers';
import { compareCells, fixtureFile, readTruth } from '../../../testing/testTruth';
import type { ExtractedReport, LocatedCell } from './types';

/**
 * Constructed variants of a real report (淮安市人民政府 2024): its official-layout HTML with
 * the quirks real pages have, each asserted cell by cell against the true values.
 */
const TRUTH = 'huaian-shizhengfu-2024.json';

function baseHtml(): string {
  const restored = restoreText(readFileSync(fixtureFile(TRUTH), 'utf8'));
  if (restored.document === null) throw new Error('fixture refused');
  return renderReportHtml(restored.document);
}

/** Replaces the printed text of one value cell (found by its data-cell attribute). */
function setCell(html: string, id: string, text: string): string {
  const pattern = new RegExp(`(data-cell="${id.replace(/\./g, '\\.')}"[^>]*>)[^<]*(<)`);
  expect(pattern.test(html), id).toBe(true);
  return html.replace(pattern, `$1${text}$2`);
}

function cell(extracted: ExtractedReport, id: string): LocatedCell | undefined {
  return extracted.cells.find((c) => c.cell === id);
}

function expectExact(extracted: ExtractedReport, except: readonly string[] = []): void {
  const cells = compareCells(extracted, readTruth(TRUTH));
  expect(cells.wrong.filter((w) => !except.some((id) => w.startsWith(id)))).toEqual([]);
  expect(cells.flagged).toEqual([]);
}

describe('constructed variants of a real report', () => {
  it('the official layout as the app prints it imports cell-exact', () => {
    expectExact(extractFromHtml(baseHtml()));
  });

  it('money printed in 元 (header and cell) is converted to 万元 exactly, and said so', () => {
    let html = baseHtml().replace('本年收费金额（单位：万元）', '本年收费金额（单位：元）');
    html = setCell(html, 'proactive.fees.amount', '961,716,000');
    const extracted = extractFromHtml(html);
    expect(cell(extracted, 'proactive.fees.amount')).toMatchObject({
      value: 96171.6,
      status: 'read',
    });
    expect(extracted.problems.map((p) => p.code)).toContain('money.converted');
    expectExact(extracted);
  });

  it('“—”, “-”, “/” and “无” are blank (read, source kept), never 0', () => {
    let html = baseHtml();
    const marks = ['—', '-', '/', '无'];
    const ids = [
      'applications.withheldStateSecret.research',
      'applications.withheldStateSecret.nonprofit',
      'applications.withheldStateSecret.legalService',
      'applications.withheldStateSecret.otherOrg',
    ];
    ids.forEach((id, i) => (html = setCell(html, id, marks[i] ?? '')));
    const extracted = extractFromHtml(html);
    ids.forEach((id, i) => {
      expect(cell(extracted, id)).toEqual({
        cell: id,
        value: null,
        status: 'read',
        source: marks[i],
      });
    });
    expectExact(extracted, ids);
  });

  it('件 after numbers, full-width digits and thousands separators are read as numbers', () => {
    let html = setCell(baseHtml(), 'applications.received.total', '３,１１９件');
    html = setCell(html, 'proactive.licensing.decisions', '447,228 件');
    const extracted = extractFromHtml(html);
    expect(cell(extracted, 'applications.received.total')).toMatchObject({
      value: 3119,
      source: '３,１１９件',
    });
    expectExact(extracted);
  });

  it('a printed total that disagrees with its rows is kept as printed and reported', () => {
    const html = setCell(baseHtml(), 'applications.received.total', '3120');
    const extracted = extractFromHtml(html);
    expect(cell(extracted, 'applications.received.total')?.value).toBe(3120);
    const problem = extracted.problems.find((p) => p.code === 'total.mismatch');
    expect(problem).toMatchObject({
      cell: 'applications.received.total',
      params: { printed: 3120, sum: 3119 },
    });
  });

  it('Word markup: spans, <o:p>, &nbsp;, an empty spacer row and an extra empty cell from a span', () => {
    let html = baseHtml()
      .replace(
        /(data-cell="[^"]+"[^>]*>)([^<]*)</g,
        '$1<p class=MsoNormal><span lang=EN-US>$2<o:p></o:p></span></p><',
      )
      .replace('<tr>', '<tr><td>&nbsp;</td><td></td></tr><tr>');
    // The label cell of one row split in two, the second empty (a cell spanning two grid columns).
    html = html.replace(/(<td[^>]*>1\.属于国家秘密<\/td>)/, '$1<td>&nbsp;</td>');
    expectExact(extractFromHtml(html));
  });

  it('a table split across pages (second part with its header repeated) is read as one', () => {
    const html = baseHtml();
    const at = html.lastIndexOf('<tr>', html.indexOf('1.本机关不掌握相关政府信息'));
    const header = html.slice(
      html.indexOf('<tr>', html.indexOf('三、收到和处理政府信息公开申请情况')),
      html.indexOf('<tr>', html.indexOf('一、本年新收')) - 0,
    );
    const split = `${html.slice(0, at)}</tbody></table><p>续表</p><table><tbody>${header}${html.slice(at)}`;
    expectExact(extractFromHtml(split));
  });

  it('labels with a typo, other spacing or 其它 for 其他 are still recognised', () => {
    const html = baseHtml()
      .replace('1.属于国家秘密', '1．属于国家密秘')
      .replace('（一）予以公开', '（一） 予以 公开')
      .replace('3.其他</td>', '3、其它</td>');
    expectExact(extractFromHtml(html));
  });

  it('headings numbered 一． and a heading split over two lines still split the sections', () => {
    const html = baseHtml()
      .replace('一、总体情况', '一．总体情况')
      .replace('五、存在的主要问题及改进情况', '五、存在的主要问题<br>及改进情况');
    const extracted = extractFromHtml(html);
    const truth = readTruth(TRUTH);
    expect(extracted.sections).toEqual(truth.sections);
  });

  it('copied layout text with a label wrapped between its numbers reads the row', () => {
    const text = [
      '淮安市人民政府',
      '2024 年政府信息公开工作年度报告',
      '   三、收到和处理政府信息公开申请情况',
      '                               自然人      商业企业  科研机构  社会公益组织  法律服务机构  其他  总计',
      '一、本年新收政府信息公开申请数量                3001        53       0        0    61       4   3119',
      '      （二）部分公开（区分处理的，只计这一情',
      '                                447         7        0        0        0    0   454',
      '      形，不计其他情形）',
    ].join('\n');
    const extracted = extractFromText(text);
    expect(cell(extracted, 'applications.partiallyDisclosed.naturalPerson')?.value).toBe(447);
    expect(cell(extracted, 'applications.partiallyDisclosed.total')?.value).toBe(454);
    expect(cell(extracted, 'applications.received.legalService')?.value).toBe(61);
  });

  it('a layout row with blank cells is placed under its headers; blanks are inferred, not 0', () => {
    const text = [
      '2019年上海市人民政府办公厅政府信息公开工作年度报告',
      '三、收到和处理政府信息公开申请情况',
      '                                   自然人  商业企业  科研机构  社会公益组织  法律服务机构  其他  总计',
      '一、本年新收政府信息公开申请数量        821      35                                 2          1    859',
    ].join('\n');
    const extracted = extractFromText(text);
    expect(cell(extracted, 'applications.received.research')).toMatchObject({
      value: null,
      status: 'inferred',
    });
    expect(cell(extracted, 'applications.received.legalService')).toMatchObject({
      value: 2,
      status: 'read',
    });
    expect(cell(extracted, 'applications.received.total')).toMatchObject({
      value: 859,
      status: 'read',
    });
  });

  it('a title without a year takes the year of the statistical period, and says so', () => {
    const html = baseHtml()
      .replaceAll('2024年政府信息公开工作年度报告', '政府信息公开工作年度报告')
      .replace(
        '<h2 class="part-heading">一、总体情况',
        '<p>本报告所列数据统计期限自2024年1月1日至2024年12月31日。</p><h2 class="part-heading">一、总体情况',
      );
    const extracted = extractFromHtml(html);
    expect(extracted.agency).toBe('淮安市人民政府');
    expect(extracted.year).toBe(2024);
    expect(extracted.problems.map((p) => p.code)).toContain('meta.yearFromPeriod');
  });

  it('a row with more numbers than columns is flagged, not guessed', () => {
    const html = setCell(baseHtml(), 'applications.carriedOver.commercial', '0</td><td>7');
    const extracted = extractFromHtml(html);
    expect(cell(extracted, 'applications.carriedOver.commercial')?.status).toBe('notFound');
    expect(extracted.problems).toContainEqual(
      expect.objectContaining({ code: 'row.valueCount', cell: 'applications.carriedOver' }),
    );
  });
});

describe('a report whose 总体情况 uses part-like sub-headings', () => {
  it('still reads tables 二 and 三 by their labels', () => {
    const html = baseHtml().replace(
      '<h2 class="part-heading">一、总体情况</h2>',
      '<h2 class="part-heading">一、总体情况</h2><p>二、主动公开工作</p><p>三、依申请公开情况</p>',
    );
    const extracted = extractFromHtml(html);
    expect(compareCells(extracted, readTruth(TRUTH)).wrong).toEqual([]);
    expect(cell(extracted, 'proactive.rules.inForce')?.value).toBe(11);
    expect(cell(extracted, 'applications.received.total')?.value).toBe(3119);
  });
});
