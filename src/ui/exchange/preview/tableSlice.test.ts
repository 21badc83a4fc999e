import { describe, expect, it } from 'vitest';
import { bodyRows, trimmedTable } from './tableSlice';

/** A 表三-like table: a group label spanning four rows beside a sub-group spanning two. */
function table(): HTMLTableElement {
  const el = document.createElement('table');
  el.innerHTML = [
    '<thead><tr><th>项目</th><th>分项</th><th>细目</th><th>数</th></tr></thead>',
    '<tbody>',
    '<tr><th rowspan="4">三、办理结果</th><th colspan="2">（一）予以公开</th><td>1</td></tr>',
    '<tr><th colspan="2">（二）部分公开</th><td>2</td></tr>',
    '<tr><th rowspan="2">（三）不予公开</th><th>1.属于国家秘密</th><td>3</td></tr>',
    '<tr><th>2.其他</th><td>4</td></tr>',
    '</tbody>',
  ].join('');
  return el;
}

const texts = (t: HTMLTableElement): string[][] =>
  bodyRows(t).map((row) => Array.from(row.cells, (c) => `${c.textContent}/${String(c.rowSpan)}`));

describe('trimmedTable', () => {
  it('keeps the first page’s rows; a group cut by the break keeps its text at the top', () => {
    const copy = trimmedTable(table(), document, new Set([0, 1, 2]), true);
    expect(texts(copy)).toEqual([
      ['三、办理结果/3', '（一）予以公开/1', '1/1'],
      ['（二）部分公开/1', '2/1'],
      ['（三）不予公开/1', '1.属于国家秘密/1', '3/1'],
    ]);
    expect(bodyRows(copy)[0]?.cells[0]?.style.verticalAlign).toBe('top');
    expect(copy.tHead).not.toBeNull();
  });

  it('on the next page the groups go on as empty cells, in column order, under the header', () => {
    const copy = trimmedTable(table(), document, new Set([3]), true);
    expect(texts(copy)).toEqual([['/1', '/1', '2.其他/1', '4/1']]);
    expect(copy.tHead?.textContent).toBe('项目分项细目数');
  });

  it('leaves the header out when the page does not repeat it', () => {
    expect(trimmedTable(table(), document, new Set([3]), false).tHead).toBeNull();
  });

  it('leaves the source table as it was', () => {
    const source = table();
    const before = source.outerHTML;
    trimmedTable(source, document, new Set([1]), true);
    expect(source.outerHTML).toBe(before);
  });
});
