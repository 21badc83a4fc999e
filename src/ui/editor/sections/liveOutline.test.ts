import { describe, expect, it } from 'vitest';
import { outlineHeadings, offsetOfLine, updateOutline } from './liveOutline';
import { outlineOf } from './narrativeText';

/** mulberry32: a seeded PRNG, so a failure can be replayed. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  '（一）',
  '（二）主动公开',
  '1.',
  '1.5万元',
  '（1）',
  '\n',
  '\n',
  '正文',
  '。',
  ' ',
  '甲',
];

describe('the live outline', () => {
  it('after any edit, equals the outline read from scratch', () => {
    const random = prng(14);
    let outline = outlineHeadings('');
    let text = '';
    for (let step = 0; step < 2000; step += 1) {
      const at = Math.floor(random() * (text.length + 1));
      const removed = random() < 0.3 ? Math.floor(random() * 6) : 0;
      const inserted = random() < 0.8 ? (PIECES[Math.floor(random() * PIECES.length)] ?? '') : '';
      text = text.slice(0, at) + inserted + text.slice(at + removed);
      outline = updateOutline(outline, text);
      const expected = outlineOf(text).map(({ level, text: t, line }) => ({
        level,
        text: t,
        line,
      }));
      expect(outline.headings).toEqual(expected);
    }
  });

  it('gives back the same headings when typing in body text, so the outline does not re-render', () => {
    const first = outlineHeadings('（一）概述\n正文\n（二）申请\n正文');
    const typed = updateOutline(first, '（一）概述\n正文。\n（二）申请\n正文');
    expect(typed.headings).toBe(first.headings);
    const newLine = updateOutline(typed, '（一）概述\n正文。\n\n（二）申请\n正文');
    expect(newLine.headings.map((h) => h.line)).toEqual([0, 3]);
  });

  it('finds where a line starts', () => {
    expect(offsetOfLine('甲\n乙乙\n丙', 0)).toBe(0);
    expect(offsetOfLine('甲\n乙乙\n丙', 2)).toBe(5);
    expect(offsetOfLine('甲', 3)).toBe(1);
  });
});
