import { describe, expect, it } from 'vitest';
import { classifyLine, narrativeLines } from './headings';

describe('classifyLine', () => {
  it.each([
    ['（一）主动公开', 2],
    ['（十二）其他', 2],
    ['(三)半角括号', 2],
    ['1.“镇海发布”平台', 3],
    ['12．全角点', 3],
    ['１．全角数字', 3],
    ['（1）公开更及时，内容更丰富。进一步健全…', 4],
    ['(2)半角', 4],
    ['（１）全角数字', 4],
  ] as const)('%s → level %i', (line, level) => {
    expect(classifyLine(line).level).toBe(level);
  });

  it.each([
    '根据上级关于政府信息公开的规章制度条例，及时获取……',
    '2020年，镇海发布坚持“权威发布，紧贴民生”定位',
    '1.5万元用于平台建设',
    '一、总体情况',
    '（本列数据的勾稽关系为：…）',
    '',
  ])('body text: %s', (line) => {
    expect(classifyLine(line).level).toBe(0);
  });

  it('keeps the heading number and trims surrounding (full-width) spaces', () => {
    expect(classifyLine('\u3000\u3000（二）依申请公开 \t')).toEqual({
      level: 2,
      text: '（二）依申请公开',
    });
    expect(classifyLine('\u00a0正文')).toEqual({ level: 0, text: '正文' });
  });
});

describe('narrativeLines', () => {
  it('splits on any line break and drops blank lines', () => {
    expect(narrativeLines('甲\r\n\r\n  乙\n\u3000\n丙\r')).toEqual(['甲', '乙', '丙']);
    expect(narrativeLines('')).toEqual([]);
  });
});
