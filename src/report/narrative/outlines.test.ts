import { describe, expect, it } from 'vitest';
import { classifyLine } from './headings';
import { EDITIONS, FORMATS } from '../definition/editions';
import { insertOutline, outlineText } from './outlines';

describe('section outlines', () => {
  it('are level-2 headings, so the outline and the print recognise them', () => {
    for (const format of FORMATS) {
      for (const lines of Object.values(EDITIONS[format].outlines)) {
        expect(lines.length).toBeGreaterThan(0);
        for (const line of lines) expect(classifyLine(line).level).toBe(2);
      }
    }
  });

  it('leave an empty line under each heading to write in', () => {
    expect(outlineText('2021', 'problems')).toBe('（一）存在的主要问题\n\n（二）改进情况\n');
  });

  it('insert into empty text as is', () => {
    expect(insertOutline('', 0, '2021', 'problems')).toEqual({
      text: '（一）存在的主要问题\n\n（二）改进情况',
      caret: '（一）存在的主要问题\n\n（二）改进情况'.length,
    });
  });

  it('insert on lines of their own in the middle of a paragraph', () => {
    const result = insertOutline('前文后文', 2, '2021', 'problems');
    expect(result.text).toBe('前文\n（一）存在的主要问题\n\n（二）改进情况\n\n后文');
    expect(result.text.slice(0, result.caret).endsWith('（二）改进情况')).toBe(true);
  });

  it('do not add blank lines where the caret already sits between lines', () => {
    expect(insertOutline('前文\n\n后文', 3, '2021', 'problems').text).toBe(
      '前文\n（一）存在的主要问题\n\n（二）改进情况\n\n后文',
    );
  });
});
