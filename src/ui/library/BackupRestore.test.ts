import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testContext } from '../../../testing/testContext';
import { restoreBackupFile } from './BackupRestore';

describe('从备份恢复 of a file saved as GBK (“ANSI”)', () => {
  it('reads it as GB18030, says so, and restores the report with its Chinese text', async () => {
    // ASCII is the same in GB18030, so a backup around a GB18030 report file is GB18030 too.
    const report = readFileSync('fixtures/encodings/zhenhai-2020.gb18030.json');
    const ascii = (text: string) => new TextEncoder().encode(text);
    const bytes = new Uint8Array([
      ...ascii('{"type":"nianbao/backup","version":1,"reports":['),
      ...report,
      ...ascii(']}'),
    ]);
    const ctx = testContext();
    const outcome = await restoreBackupFile(ctx, new File([bytes], 'ansi-backup.json'));
    expect(outcome.problems.map((p) => p.code)).toEqual(['file.encodingGb18030']);
    if (outcome.kind !== 'merged' || !outcome.result.ok) throw new Error('not merged');
    expect(outcome.result.entries).toEqual([
      expect.objectContaining({
        outcome: 'added',
        title: '镇海区新闻中心2020年政府信息公开工作年度报告',
      }),
    ]);
    expect((await ctx.db.reports.toArray()).map((r) => r.agency)).toEqual(['镇海区新闻中心']);
  });

  it('refuses a file in neither encoding and changes nothing', async () => {
    const ctx = testContext();
    const outcome = await restoreBackupFile(
      ctx,
      new File([new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])], 'binary.json'),
    );
    expect(outcome.kind).toBe('message');
    expect(outcome.problems.map((p) => p.code)).toEqual(['file.encodingUnknown']);
    expect(await ctx.db.reports.count()).toBe(0);
  });
});
