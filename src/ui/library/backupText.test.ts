import { describe, expect, it } from 'vitest';
import type { MergedEntry } from '../../storage/backupMerge';
import { entryText, mergeSummary } from './backupText';

const entry = (
  outcome: 'added' | 'updated' | 'kept',
  inBin = false,
  takenFromBin = false,
): MergedEntry => ({ index: 0, id: 'x', title: '甲局年报', outcome, inBin, takenFromBin });

describe('从备份恢复 wording', () => {
  it('says for each report what happened to it and where it is now', () => {
    const text = (e: MergedEntry) => (e.outcome === 'skipped' ? '' : entryText(e));
    expect(text(entry('added'))).toBe('已新增');
    expect(text(entry('added', true))).toBe('已新增（放在回收站中，与备份时一样）');
    expect(text(entry('kept', false, true))).toBe(
      '本机的内容与备份相同或更新，保留本机的内容，并已从回收站取回',
    );
    expect(text(entry('updated', true))).toBe('已用备份中较新的内容更新（仍在回收站中）');
  });

  it('counts outcomes without calling a report in 回收站 simply kept', () => {
    const summary = mergeSummary({
      ok: true,
      entries: [
        entry('added'),
        entry('kept', false, true),
        entry('kept', true),
        { index: 3, outcome: 'skipped', problems: [] },
      ],
    });
    expect(summary).toBe(
      '备份中共 4 份报告：新增 1 份，保留本机内容 2 份；1 份已从回收站取回，1 份在回收站中，1 份无法读取，已跳过。没有删除任何报告。',
    );
  });
});
