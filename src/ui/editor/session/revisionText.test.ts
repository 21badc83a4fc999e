import { describe, expect, it } from 'vitest';
import { definitionOf } from '../../../report/definition/editions';
import { describeChange, describeDiff, revisionKindLabel } from './revisionText';

describe('revision wording', () => {
  it('names sections by their heading in the definition, other fields by name', () => {
    const diff = { cells: 12, fields: ['title', 'sections.problems'] as const };
    expect(describeDiff(diff, '2021')).toBe(
      `改动 12 个单元格；修改了 标题、${definitionOf('2021').sections.problems.heading}`,
    );
    expect(describeDiff({ cells: 0, fields: [] }, '2019')).toBe('没有改动');
  });

  it('words each kind of change and each kind of snapshot', () => {
    expect(describeChange({ type: 'first' }, '2021')).toBe('第一个快照');
    expect(describeChange({ type: 'legacy', text: '旧的说明' }, '2021')).toBe('旧的说明');
    expect(describeChange({ type: 'damaged', problems: 3 }, '2021')).toContain('3 个问题');
    expect(revisionKindLabel('rename')).toBe('改名前');
    expect(revisionKindLabel('paste')).toBe('粘贴前');
  });
});
