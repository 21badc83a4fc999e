import { describe, expect, it } from 'vitest';
import { printedTable } from '../model/printedTable';
import { reportBlocks } from '../model/reportBlocks';
import { distinctReport, fixtureReport } from '../../../testing/reports';
import { renderFragment, renderPlainText } from './renderFragment';

const DOCS = [
  ['zhenhai-2020', fixtureReport('zhenhai-2020')],
  ['distinct-2021', distinctReport('2021')],
] as const;

describe.each(DOCS)('portal fragment of %s', (_name, doc) => {
  const html = renderFragment(doc);

  it('has no script, style element, class, event handler or foreign URL', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<style/i);
    expect(html).not.toMatch(/<(html|head|body|meta|link|img|iframe)\b/i);
    expect(html).not.toMatch(/\sclass=/i);
    expect(html).not.toMatch(/\son\w+=/i);
    expect(html).not.toMatch(/\s(href|src|srcset|action)=/i);
    expect(html).not.toMatch(/url\(|https?:|\/\//i);
  });

  it('draws a border on every table cell, inline', () => {
    const cells = [...html.matchAll(/<t[dh]\b[^>]*>/g)].map((m) => m[0]);
    expect(cells.length).toBeGreaterThan(50);
    for (const cell of cells) expect(cell).toContain('border:1px solid #000');
  });

  it('keeps every heading, paragraph, label and value in print order', () => {
    const text = html.replace(/<br>/g, '').replace(/<[^>]+>/g, '');
    let cursor = 0;
    const next = (item: string): void => {
      const escaped = item.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      const at = text.indexOf(escaped.replace(/"/g, '&quot;').replace(/'/g, '&#39;'), cursor);
      expect(at, item).toBeGreaterThanOrEqual(0);
      cursor = at + 1;
    };
    for (const block of reportBlocks(doc)) {
      if (block.kind === 'table') {
        const printed = printedTable(doc, block.table);
        for (const cell of [...(printed?.headerRows ?? []), ...(printed?.bodyRows ?? [])].flat()) {
          if (cell.text !== '') next(cell.text);
        }
      } else if (block.kind === 'signoff') {
        next(block.agency);
      } else if (block.kind !== 'title') {
        next(block.text);
      }
    }
  });

  it('has a plain-text twin with tables as tab-separated rows', () => {
    const text = renderPlainText(doc);
    expect(text).not.toContain('<');
    const review = printedTable(doc, 'review');
    const values = review?.bodyRows[0]?.map((c) => c.text).join('\t') ?? '';
    expect(text.split('\n')).toContain(values);
  });
});
