import { describe, expect, it } from 'vitest';
import { commonPrefixLength, countCharacters, outlineOf } from './narrativeText';

describe('narrative text helpers', () => {
  it('count characters without any whitespace, full-width space included', () => {
    expect(countCharacters('　　本年度，共收到申请 12 件。\n（一）主动公开\n')).toBe(20);
    expect(countCharacters(' \n\t\u3000')).toBe(0);
  });

  it('list headings with their level and where their line starts', () => {
    const text = '总述。\n（一）主动公开\n正文\n1.制度建设\n（1）细则\n1.5万元不是标题';
    expect(outlineOf(text)).toEqual([
      { level: 2, text: '（一）主动公开', offset: 4, line: 1 },
      { level: 3, text: '1.制度建设', offset: 15, line: 3 },
      { level: 4, text: '（1）细则', offset: 22, line: 4 },
    ]);
    expect(text.slice(15, 21)).toBe('1.制度建设');
  });

  it('find where an outside change begins', () => {
    expect(commonPrefixLength('甲乙丙', '甲乙丁丙')).toBe(2);
    expect(commonPrefixLength('', '甲')).toBe(0);
    expect(commonPrefixLength('甲乙', '甲乙')).toBe(2);
  });
});
