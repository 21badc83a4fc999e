import { describe, expect, it } from 'vitest';
import { MAX_SOURCE_BYTES, refusalOfSource, routeOfFile } from './sourceKind';

describe('routeOfFile', () => {
  it('restores JSON and reads every published form, whatever the case of the ending', () => {
    expect(routeOfFile('2023年报.json')).toBe('json');
    for (const name of ['a.html', 'a.HTM', 'a.docx', 'a.PDF', 'a.txt', 'a.xlsx'])
      expect(routeOfFile(name)).toBe('document');
    expect(routeOfFile('readme')).toBeNull();
    expect(routeOfFile('photo.png')).toBeNull();
  });
});

describe('refusalOfSource', () => {
  it('says how to convert an old binary Office or WPS file', () => {
    expect(refusalOfSource('年报.WPS', 10)).toBe(
      '无法读取“年报.WPS”：这是WPS 文字文档（.wps），请在 Word、WPS 或 Excel 中另存为 .docx 后再导入。',
    );
    expect(refusalOfSource('表格.xls', 10)).toMatch(/另存为 \.xlsx 后再导入。$/);
  });

  it('refuses a published report past the size bound, and nothing else', () => {
    expect(refusalOfSource('大.pdf', MAX_SOURCE_BYTES + 1)).toMatch(/^无法导入“大\.pdf”：文件过大/);
    expect(refusalOfSource('大.pdf', MAX_SOURCE_BYTES)).toBeNull();
    // JSON files keep the import dialog's own size check.
    expect(refusalOfSource('大.json', MAX_SOURCE_BYTES + 1)).toBeNull();
  });
});
