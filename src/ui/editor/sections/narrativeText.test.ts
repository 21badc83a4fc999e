import { describe, expect, it } from 'vitest';
import {
  commonPrefixLength,
  countCharacters,
  outlineOf,
  updateCharacterCount,
} from './narrativeText';

describe('narrative text helpers', () => {
  it('count characters without any whitespace, full-width space included', () => {
    expect(countCharacters('　　本年度，共收到申请 12 件。\n（一）主动公开\n')).toBe(20);
    expect(countCharacters(' \n\t\u3000')).toBe(0);
    // Every \s character JavaScript knows is left out; a character of two UTF-16 units is one.
    expect(countCharacters('\u00a0\u2003\u2028\ufeff\u202f甲')).toBe(1);
    expect(countCharacters('𠀀a')).toBe(2);
    const sample = '　本年度 𠮷 共收到\r\n申请\u00a0 12 件。\v\f';
    expect(countCharacters(sample)).toBe(Array.from(sample).filter((ch) => !/\s/u.test(ch)).length);
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

describe('updateCharacterCount', () => {
  it('gives what counting the whole text gives, for edits anywhere, surrogate pairs included', () => {
    // A small seeded generator: the same edits on every run.
    let seed = 20261203;
    const random = (n: number) => {
      seed = (seed * 48271) % 2147483647;
      return seed % n;
    };
    const pieces = ['字', ' ', '\n', '𠀀', '\u3000', 'a', '\ud840', '\udc00', '12'];
    const piece = () => pieces[random(pieces.length)] ?? '';
    let state = { text: '', count: 0 };
    for (let edit = 0; edit < 2000; edit += 1) {
      const at = random(state.text.length + 1);
      const cut = Math.min(state.text.length - at, random(4));
      const insert = Array.from({ length: random(4) }, piece).join('');
      const next = state.text.slice(0, at) + insert + state.text.slice(at + cut);
      state = updateCharacterCount(state, next);
      expect(state.count).toBe(countCharacters(next));
    }
  });
});
