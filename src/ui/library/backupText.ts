import type { MergedEntry, MergeRefusal, MergeResult } from '../../storage/backupMerge';

/** All wording of 从备份恢复, in Chinese: storage says what happened as data only. */

const REFUSALS: Readonly<Record<MergeRefusal, string>> = {
  notBackup: '这不是年报的备份文件（缺少 "type": "nianbao/backup"），没有做任何改动。',
  tooNew: '这个备份文件由更新版本的年报生成，请先更新本程序再恢复。没有做任何改动。',
  noReports: '备份文件中没有报告列表，没有做任何改动。',
};

export function refusalText(reason: MergeRefusal): string {
  return REFUSALS[reason];
}

type ReadEntry = Exclude<MergedEntry, { outcome: 'skipped' }>;

const OUTCOME: Readonly<Record<ReadEntry['outcome'], string>> = {
  added: '已新增',
  updated: '已用备份中较新的内容更新',
  kept: '本机的内容与备份相同或更新，保留本机的内容',
};

/** One line per report: what happened to its content, and where it is now. */
export function entryText(entry: ReadEntry): string {
  const where = entry.takenFromBin
    ? '，并已从回收站取回'
    : entry.inBin
      ? entry.outcome === 'added'
        ? '（放在回收站中，与备份时一样）'
        : '（仍在回收站中）'
      : '';
  return `${OUTCOME[entry.outcome]}${where}`;
}

/** `第3份报告` — how a report that could not be read is named (it has no title). */
export function skippedName(index: number): string {
  return `第${String(index + 1)}份报告`;
}

/** The line above the list: counts of each outcome, never a count that misleads. */
export function mergeSummary(result: Extract<MergeResult, { ok: true }>): string {
  const read = result.entries.filter((e): e is ReadEntry => e.outcome !== 'skipped');
  const count = (outcome: ReadEntry['outcome']) => read.filter((e) => e.outcome === outcome).length;
  const parts = [
    ['新增', count('added')],
    ['更新', count('updated')],
    ['保留本机内容', count('kept')],
  ] as const;
  const skipped = result.entries.length - read.length;
  const fromBin = read.filter((e) => e.takenFromBin).length;
  const inBin = read.filter((e) => e.inBin).length;
  const counted = parts
    .filter(([, n]) => n > 0)
    .map(([text, n]) => `${text} ${String(n)} 份`)
    .join('，');
  const extra = [
    fromBin > 0 ? `${String(fromBin)} 份已从回收站取回` : '',
    inBin > 0 ? `${String(inBin)} 份在回收站中` : '',
    skipped > 0 ? `${String(skipped)} 份无法读取，已跳过` : '',
  ].filter((t) => t !== '');
  return [
    `备份中共 ${String(result.entries.length)} 份报告`,
    counted === '' ? '' : `：${counted}`,
    extra.length === 0 ? '' : `；${extra.join('，')}`,
    '。没有删除任何报告。',
  ].join('');
}
