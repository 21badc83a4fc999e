import { describe, expect, it } from 'vitest';
import { createBlankDocument } from '../../report/blank';
import { definitionOf } from '../../report/definition/editions';
import { FORMATS, type Format, type TableId } from '../../report/definition/types';
import { asRestored, type RestoredDocument } from '../../report/document';
import { setCell } from '../../report/edit';
import { renderTableHtml } from './table';

interface ParsedCell {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
  /** Text content with tags removed and entities of the five escaped characters decoded. */
  readonly text: string;
}

const decode = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** Rows of cells of the rendered table, for assertions (the renderer emits no nested tables). */
function parseRows(html: string): ParsedCell[][] {
  return [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...(row[1] ?? '').matchAll(/<(td|th)([^>]*)>([\s\S]*?)<\/\1>/g)].map((cell) => ({
      tag: cell[1] ?? '',
      attrs: Object.fromEntries(
        [...(cell[2] ?? '').matchAll(/([\w-]+)="([^"]*)"/g)].map((a): [string, string] => [
          a[1] ?? '',
          decode(a[2] ?? ''),
        ]),
      ),
      text: decode((cell[3] ?? '').replace(/<[^>]*>/g, '')),
    })),
  );
}

const allCells = (html: string): ParsedCell[] => parseRows(html).flat();
const span = (cell: ParsedCell, name: 'colspan' | 'rowspan'): number =>
  Number(cell.attrs[name] ?? '1');

function findCell(html: string, text: string): ParsedCell {
  const cell = allCells(html).find((c) => c.text === text);
  if (cell === undefined) throw new Error(`no cell ${text}`);
  return cell;
}

function valueCell(html: string, id: string): ParsedCell {
  const cell = allCells(html).find((c) => c.attrs['data-cell'] === id);
  if (cell === undefined) throw new Error(`no value cell ${id}`);
  return cell;
}

const TABLES: readonly TableId[] = ['proactive', 'applications', 'review', 'disclosureStats'];

function blank(format: Format): RestoredDocument {
  const doc = createBlankDocument({
    agency: '测试局',
    year: format === '2019' ? 2020 : 2021,
    format,
  });
  return asRestored({ ...doc, tables: { ...doc.tables, disclosureStats: {} } });
}

describe('renderTableHtml', () => {
  it.each(FORMATS)('%s: every row fills exactly the grid, counting spans', (format) => {
    const doc = blank(format);
    for (const id of TABLES) {
      const { columnCount } = definitionOf(format).tables[id].layout;
      const rows = parseRows(renderTableHtml(doc, id));
      // Columns still covered by a rowspan from a row above, per row index.
      const carried = new Map<number, number>();
      rows.forEach((row, r) => {
        const width =
          (carried.get(r) ?? 0) + row.reduce((sum, cell) => sum + span(cell, 'colspan'), 0);
        expect(width, `${format} ${id} row ${r}`).toBe(columnCount);
        for (const cell of row) {
          for (let below = 1; below < span(cell, 'rowspan'); below++) {
            carried.set(r + below, (carried.get(r + below) ?? 0) + span(cell, 'colspan'));
          }
        }
      });
    }
  });

  it.each(FORMATS)(
    '%s: prints every label of the layout and a colgroup of its widths',
    (format) => {
      const doc = blank(format);
      for (const id of TABLES) {
        const html = renderTableHtml(doc, id);
        const texts = new Set(allCells(html).map((c) => c.text));
        const { header, body, columnWidths } = definitionOf(format).tables[id].layout;
        for (const cell of [...header, ...body].flat()) {
          if (cell.type === 'text') expect(texts, `${id}: ${cell.text}`).toContain(cell.text);
        }
        // A table printed in pieces (表三) has the same colgroup in each.
        const tables = html.match(/<table /g)?.length ?? 0;
        expect(html.match(/<col style="width:[\d.]+%">/g)).toHaveLength(
          columnWidths.length * tables,
        );
      }
    },
  );

  it('puts header rows in <thead> and body rows in <tbody>; 表三 in two tables, each with the header', () => {
    const html = renderTableHtml(blank('2021'), 'applications');
    const theads = [...html.matchAll(/<thead>([\s\S]*?)<\/thead>/g)].map((m) => m[1] ?? '');
    const tbody = [...html.matchAll(/<tbody>([\s\S]*?)<\/tbody>/g)].map((m) => m[1]).join('');
    expect(theads).toHaveLength(2);
    for (const thead of theads) {
      expect(parseRows(thead)).toHaveLength(3);
      expect(thead).toContain('申请人情况');
      expect(thead).toContain('法人或其他组织');
    }
    expect(tbody).not.toContain('申请人情况');
    expect(parseRows(tbody)).toHaveLength(definitionOf('2021').tables.applications.rows.length);
    expect(html.match(/<table class="form-table table-applications continued">/g)).toHaveLength(1);
  });

  it('表二: one <tbody> per 第二十条 sub-table, each starting with its caption', () => {
    for (const format of FORMATS) {
      const html = renderTableHtml(blank(format), 'proactive');
      const bodies = [...html.matchAll(/<tbody>([\s\S]*?)<\/tbody>/g)].map((m) => m[1] ?? '');
      expect(bodies).toHaveLength(format === '2019' ? 5 : 4);
      for (const body of bodies) expect(parseRows(body)[0]?.[0]?.attrs.class).toBe('caption');
    }
  });

  it('表三: the corner note spans 3×3 and the result group spans 22 rows (2021) / 20 (2019)', () => {
    for (const [format, rows] of [
      ['2021', 22],
      ['2019', 20],
    ] as const) {
      const html = renderTableHtml(blank(format), 'applications');
      const corner = findCell(
        html,
        '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
      );
      expect([span(corner, 'colspan'), span(corner, 'rowspan')]).toEqual([3, 3]);
      // Printed in two pieces, the group label repeated on the second: the spans add up.
      const groups = allCells(html).filter((c) => c.text === '三、本年度办理结果');
      expect(groups).toHaveLength(2);
      expect(groups.reduce((sum, g) => sum + span(g, 'rowspan'), 0)).toBe(rows);
      for (const g of groups) expect(g.attrs['aria-label']).toBe('三、本年度办理结果');
      expect(span(findCell(html, '（三）不予公开'), 'rowspan')).toBe(8);
      expect(span(findCell(html, '申请人情况'), 'colspan')).toBe(7);
      expect(span(findCell(html, '四、结转下年度继续办理'), 'colspan')).toBe(3);
    }
    const html2019 = renderTableHtml(blank('2019'), 'applications');
    expect(span(findCell(html2019, '（六）其他处理'), 'colspan')).toBe(2);
    const html2021 = renderTableHtml(blank('2021'), 'applications');
    expect(span(findCell(html2021, '（六）其他处理'), 'rowspan')).toBe(3);
  });

  it('表四: one row of 15 value cells under 行政复议 (5) and 行政诉讼 (10)', () => {
    const html = renderTableHtml(blank('2021'), 'review');
    expect(span(findCell(html, '行政复议'), 'colspan')).toBe(5);
    expect(span(findCell(html, '行政诉讼'), 'colspan')).toBe(10);
    expect(span(findCell(html, '未经复议直接起诉'), 'colspan')).toBe(5);
    expect(allCells(html).filter((c) => c.attrs['data-cell'] !== undefined)).toHaveLength(15);
  });

  it('keeps blank cells empty and prints 0 as 0', () => {
    const doc = blank('2021');
    const zero = setCell(
      doc,
      { table: 'applications', row: 'received', column: 'commercial' },
      0,
    ).doc;
    const html = renderTableHtml(zero, 'applications');
    expect(valueCell(html, 'applications.received.naturalPerson').text).toBe('');
    expect(valueCell(html, 'applications.received.commercial').text).toBe('0');
    // The 总计 is derived from the one filled cell; the other rows stay blank.
    expect(valueCell(html, 'applications.received.total').text).toBe('0');
    expect(valueCell(html, 'applications.carriedOver.total').text).toBe('');
  });

  it('prints money exactly and signed 2019 changes with their sign', () => {
    const doc2021 = setCell(
      blank('2021'),
      { table: 'proactive', row: 'fees', column: 'amount' },
      5949088667,
    ).doc;
    const html2021 = renderTableHtml(doc2021, 'proactive');
    expect(valueCell(html2021, 'proactive.fees.amount').text).toBe('5949.088667');
    expect(span(valueCell(html2021, 'proactive.fees.amount'), 'colspan')).toBe(3);
    expect(findCell(html2021, '本年收费金额（单位：万元）').tag).toBe('th');

    const doc2019 = setCell(
      blank('2019'),
      { table: 'proactive', row: 'licensing', column: 'change' },
      -8,
    ).doc;
    const html2019 = renderTableHtml(doc2019, 'proactive');
    expect(valueCell(html2019, 'proactive.licensing.change').text).toBe('-8');
    expect(valueCell(html2019, 'proactive.procurement.amount').text).toBe('');
  });

  it('statistics table: label indent by level, —— on heading rows, nothing when absent', () => {
    const doc = blank('2019');
    const html = renderTableHtml(doc, 'disclosureStats');
    expect(findCell(html, '1.政府公报公开政府信息数').attrs.class).toContain('indent-2');
    expect(findCell(html, '其中：主要负责同志参加新闻发布会次数').attrs.class).toContain(
      'indent-3',
    );
    expect(findCell(html, '（二）通过不同渠道和方式公开政府信息的情况').attrs.class).toBe('label');
    expect(allCells(html).filter((c) => c.text === '——')).toHaveLength(2);
    expect(
      renderTableHtml(
        { ...doc, tables: { ...doc.tables, disclosureStats: null } },
        'disclosureStats',
      ),
    ).toBe('');
  });
});
