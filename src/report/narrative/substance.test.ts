import { describe, expect, it } from 'vitest';
import { outlineText } from './outlines';
import { hasSubstance } from './substance';

describe('hasSubstance', () => {
  it('is false for blank text, the starter outline alone and placeholders', () => {
    expect(hasSubstance(' \n\t　', '2021', 'overview')).toBe(false);
    expect(hasSubstance(outlineText('2021', 'overview'), '2021', 'overview')).toBe(false);
    expect(
      hasSubstance(`${outlineText('2021', 'problems')}\n（见原文）\n`, '2021', 'problems'),
    ).toBe(false);
    for (const filler of ['（略）', '待补充。', '(见原文)', '【此处填写存在的问题】', '（一）']) {
      expect(hasSubstance(filler, '2021', 'problems')).toBe(false);
    }
  });

  it('is true as soon as one line says something', () => {
    expect(hasSubstance('本年度未收取信息处理费。', '2021', 'other')).toBe(true);
    expect(
      hasSubstance(
        `${outlineText('2021', 'overview')}\n全年主动公开政府信息120条。`,
        '2021',
        'overview',
      ),
    ).toBe(true);
    expect(hasSubstance('无', '2021', 'other')).toBe(true);
    // A heading of another section's outline is the user's own text here.
    expect(hasSubstance('（一）主动公开', '2021', 'problems')).toBe(true);
  });
});
