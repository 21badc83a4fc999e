import { describe, expect, it } from 'vitest';
import { isSingleToken, parseClipboard } from './parseClipboard';

const text = (t: string) => parseClipboard({ text: t, html: '' });

describe('parseClipboard', () => {
  it('reads Excel/WPS TSV with CRLF and the trailing line break', () => {
    expect(text('12\t3\t0\r\n4\t\t5\r\n')).toEqual([
      ['12', '3', '0'],
      ['4', '', '5'],
    ]);
  });

  it('keeps blank cells at the edges of a TSV row', () => {
    expect(text('\t7\t\n')).toEqual([['', '7', '']]);
  });

  it('unquotes Excel-quoted fields that contain tabs, quotes or line breaks', () => {
    expect(text('"1\n2"\t"a""b"\t3\n')).toEqual([['1\n2', 'a"b', '3']]);
  });

  it('splits by runs of spaces (ASCII or full-width) when there is no tab', () => {
    expect(text('12件  3　 —\n 4 5 6 ')).toEqual([
      ['12件', '3', '—'],
      ['4', '5', '6'],
    ]);
  });

  it('keeps an empty line in the middle as a row with one blank token', () => {
    expect(text('1\n\n2')).toEqual([['1'], [''], ['2']]);
  });

  it('reads the first <table> of text/html when there is no text', () => {
    const html =
      '<html><body><p>x</p><table><tr><th>自然人</th><th>其他</th></tr>' +
      '<tr><td> 12 </td><td colspan="2">—</td></tr><tr><td></td><td>3件</td></tr></table>' +
      '</body></html>';
    expect(parseClipboard({ text: '', html })).toEqual([
      ['自然人', '其他'],
      ['12', '—'],
      ['', '3件'],
    ]);
  });

  it('prefers text/plain over html, and returns nothing for empty content', () => {
    expect(parseClipboard({ text: '9', html: '<table><tr><td>1</td></tr></table>' })).toEqual([
      ['9'],
    ]);
    expect(parseClipboard({ text: ' \n', html: '<p>no table</p>' })).toEqual([]);
  });

  it('tells a single value from a block', () => {
    expect(isSingleToken(text('12件\r\n'))).toBe(true);
    expect(isSingleToken(text('1\t2'))).toBe(false);
    expect(isSingleToken(text('1\n2'))).toBe(false);
  });
});
