import { describe, expect, it } from 'vitest';
import { createBlankDocument } from '../../report/blank';
import { definitionOf } from '../../report/definition/editions';
import { FORMATS, type Format } from '../../report/definition/types';
import { asRestored, type RestoredDocument } from '../../report/document';
import { renderReportHtml } from './renderReport';

const SIX_HEADINGS = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
];

function sampleDoc(format: Format, patch: Partial<RestoredDocument> = {}): RestoredDocument {
  const doc = createBlankDocument({ agency: '青溪县自然资源和规划局', year: 2021, format });
  return asRestored({
    ...doc,
    preface: '本报告根据《条例》编制。',
    sections: {
      overview:
        '总体情况正文。\n（一）主动公开\n1.重点领域信息公开\n（1）网站专栏建设。正文\n正文二',
      problems: '存在的问题。',
      other: '本机关未收取信息处理费。',
    },
    ...patch,
  });
}

const between = (html: string, open: string, close: string): string[] =>
  [...html.matchAll(new RegExp(`${open}([\\s\\S]*?)${close}`, 'g'))].map((m) => m[1] ?? '');

describe('renderReportHtml — structure', () => {
  it.each(FORMATS)('%s: the six part headings in order, after title and preface', (format) => {
    const html = renderReportHtml(sampleDoc(format));
    const headings = between(html, '<h2 class="part-heading">', '</h2>');
    expect(headings).toEqual(SIX_HEADINGS);
    expect(headings).toEqual(definitionOf(format).parts.map((p) => p.heading));
    const order = ['<h1 class="title">', '本报告根据《条例》编制。', ...SIX_HEADINGS].map((s) =>
      html.indexOf(s),
    );
    expect(order.every((pos, i) => pos >= 0 && (i === 0 || pos > (order[i - 1] ?? 0)))).toBe(true);
  });

  it.each(FORMATS)('%s: each table sits under its own part', (format) => {
    const parts = between(
      renderReportHtml(sampleDoc(format)),
      '<section class="part">',
      '</section>',
    );
    expect(parts).toHaveLength(6);
    expect(parts[1]).toContain('table-proactive');
    expect(parts[2]).toContain('table-applications');
    expect(parts[3]).toContain('table-review');
    expect(parts.join('')).not.toContain('table-disclosureStats');
  });

  it('prints the statistics table under 六 after its narrative, only when present', () => {
    const doc = sampleDoc('2019');
    const withStats = asRestored({ ...doc, tables: { ...doc.tables, disclosureStats: {} } });
    const six =
      between(renderReportHtml(withStats), '<section class="part">', '</section>')[5] ?? '';
    expect(six.indexOf('本机关未收取信息处理费。')).toBeGreaterThan(0);
    expect(six.indexOf('table-disclosureStats')).toBeGreaterThan(
      six.indexOf('本机关未收取信息处理费。'),
    );
    expect(six).toContain('统计指标');
  });

  it('marks narrative headings by level: （一） 楷体 h3, 1. and （1） paragraphs', () => {
    const html = renderReportHtml(sampleDoc('2021'));
    expect(html).toContain('<p class="body">总体情况正文。</p>');
    expect(html).toContain('<h3 class="l2">（一）主动公开</h3>');
    expect(html).toContain('<p class="l3">1.重点领域信息公开</p>');
    expect(html).toContain('<p class="l4">（1）网站专栏建设。正文</p>');
    expect(html).toContain('<p class="body">正文二</p>');
  });

  it('uses the derived title when none is set, and breaks a long title before the year', () => {
    const html = renderReportHtml(sampleDoc('2021', { title: null }));
    expect(html).toContain('<title>青溪县自然资源和规划局2021年政府信息公开工作年度报告</title>');
    expect(html).toContain(
      '<h1 class="title"><span class="title-part">青溪县自然资源和规划局</span><span class="title-part">2021年政府信息公开工作年度报告</span></h1>',
    );
    expect(renderReportHtml(sampleDoc('2021', { title: '年度报告' }))).toContain(
      '<h1 class="title">年度报告</h1>',
    );
  });

  it('signs off with the agency and the date in Chinese form, or the agency alone', () => {
    const dated = renderReportHtml(sampleDoc('2021', { publicationDate: '2022-01-20' }));
    expect(dated).toContain('<p class="signoff-agency">青溪县自然资源和规划局</p>');
    expect(dated).toContain('<p class="signoff-date">2022年1月20日</p>');
    const undated = renderReportHtml(sampleDoc('2021'));
    expect(undated).toContain('<p class="signoff-agency">青溪县自然资源和规划局</p>');
    expect(undated).not.toContain('signoff-date');
  });

  it('is a complete document with charset, CSP and the print rules; or a fragment', () => {
    const html = renderReportHtml(sampleDoc('2021'));
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src 'self' data:">`,
    );
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html).toContain('size: A4;');
    expect(html).toContain('margin: 37mm 26mm 35mm 28mm;');
    expect(html).toContain('content: "— " counter(page) " —";');
    // GB/T 9704 7.5: odd pages' numbers on the right, even pages' on the left.
    expect(html).toMatch(/@page :right \{\s*@bottom-right \{/);
    expect(html).toMatch(/@page :left \{\s*@bottom-left \{/);
    expect(html).toContain('break-inside: avoid');

    const fragment = renderReportHtml(sampleDoc('2021'), { standalone: false });
    expect(fragment.startsWith('<style>')).toBe(true);
    expect(fragment).toContain('<article class="report">');
    expect(fragment).not.toMatch(/<html|<head|<body|<!DOCTYPE/i);
    expect(fragment).not.toMatch(/(^|\n)\s*(html|body)[\s,{]/);
  });

  it('fetches nothing: no script, no URL, no url()', () => {
    for (const format of FORMATS) {
      const html = renderReportHtml(sampleDoc(format));
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/https?:\/\//i);
      expect(html).not.toMatch(/url\(/i);
      expect(html).not.toMatch(/@import/i);
    }
  });
});

describe('renderReportHtml — escaping', () => {
  const PAYLOADS = [
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    '</title><script>',
    "' onmouseover='alert(1)",
  ];
  const ESCAPED = [
    '&lt;script&gt;alert(1)&lt;/script&gt;',
    '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;',
    '&lt;/title&gt;&lt;script&gt;',
    '&#39; onmouseover=&#39;alert(1)',
  ];
  const hostile = PAYLOADS.join(' ');

  const doc = sampleDoc('2021', {
    agency: hostile,
    title: hostile,
    preface: hostile,
    sections: {
      overview: `（一）${hostile}\n${hostile}`,
      problems: hostile,
      other: `1.${hostile}`,
    },
    publicationDate: hostile,
    acknowledged: [{ check: 'section.empty', note: hostile }],
    extra: { note: hostile, nested: { html: hostile } },
  });
  const html = renderReportHtml(doc);

  it('lets no payload become markup anywhere', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/onerror=alert\(1\)>/);
    expect(html).not.toContain("' onmouseover='");
  });

  it('prints the payload text, escaped, in title, heading, paragraphs and sign-off', () => {
    const escaped = ESCAPED.join(' ');
    expect(html).toContain(`<title>${escaped}</title>`);
    expect(html).toContain(`<h1 class="title">${escaped}</h1>`);
    expect(html).toContain(`<p class="body">${escaped}</p>`);
    expect(html).toContain(`<h3 class="l2">（一）${escaped}</h3>`);
    expect(html).toContain(`<p class="l3">1.${escaped}</p>`);
    expect(html).toContain(`<p class="signoff-agency">${escaped}</p>`);
    expect(html).toContain(`<p class="signoff-date">${escaped}</p>`);
    // 1 <title>, 1 h1, preface, 2 in 一, 五, 六, agency and date.
    expect(html.split(escaped).length - 1).toBe(9);
  });

  it('escapes the fragment too', () => {
    const fragment = renderReportHtml(doc, { standalone: false });
    expect(fragment).not.toMatch(/<script|<img/i);
    expect(fragment).toContain(ESCAPED[0]);
  });
});
