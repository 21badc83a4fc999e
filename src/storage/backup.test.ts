import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createBlankDocument } from '../report/blank';
import { setCell } from '../report/edit';
import {
  backupFileName,
  backupReminder,
  buildBackup,
  DRAFT_META_KEY,
  markBackedUp,
  mergeBackup,
} from './backup';
import { ReportsRepository } from './reportsRepository';
import { testContext } from './testContext';

const DAY = 24 * 60 * 60 * 1000;
const cell = { table: 'applications', row: 'received', column: 'naturalPerson' } as const;
const doc = (agency: string, value: number | null = null) =>
  setCell(createBlankDocument({ agency, year: 2021 }), cell, value).doc;

describe('backup', () => {
  it('holds every live report as a contract file tagged with id and times', async () => {
    const ctx = testContext();
    const repo = new ReportsRepository(ctx);
    const a = await repo.create(doc('甲局', 1));
    const binned = await repo.create(doc('乙局'));
    await repo.moveToBin(binned.id);

    const backup = await buildBackup(ctx);
    expect(backup.type).toBe('nianbao/backup');
    expect(backup.version).toBe(1);
    expect(backup.exportedAt).toBe(new Date(ctx.clock.now).toISOString());
    expect(backup.reports).toHaveLength(1);
    expect(backup.reports[0]).toMatchObject({
      type: 'nianbao/annual-report',
      agency: '甲局',
      [DRAFT_META_KEY]: { id: a.id, updatedAt: ctx.clock.now, previousReportId: null },
    });
    // A round trip through JSON text (the file) keeps everything.
    expect(JSON.parse(JSON.stringify(backup))).toEqual(backup);
  });

  it('merges by id: newer wins, older is kept, missing ones are added, nothing is deleted', async () => {
    const source = testContext();
    const sourceRepo = new ReportsRepository(source);
    const newerThere = await sourceRepo.create(doc('甲局', 1));
    const olderThere = await sourceRepo.create(doc('乙局', 1));
    const onlyThere = await sourceRepo.create(doc('丙局', 1));

    // This browser has 甲 and 乙 too (same ids), plus 丁 which the backup lacks.
    const target = testContext();
    const targetRepo = new ReportsRepository(target);
    const backupOfSource = await buildBackup(source);
    const seed = await mergeBackup(target, {
      ...backupOfSource,
      reports: backupOfSource.reports.filter((r) => (r as { agency: string }).agency !== '丙局'),
    });
    expect(seed).toMatchObject({ ok: true, added: 2 });
    const onlyHere = await targetRepo.create(doc('丁局', 4));

    // Later: 甲 changes in the source, 乙 changes here.
    source.clock.now += DAY;
    target.clock.now += DAY;
    await sourceRepo.save(newerThere.id, doc('甲局', 2), 1);
    await targetRepo.save(olderThere.id, doc('乙局', 3), 1);
    source.clock.now += DAY;

    const result = await mergeBackup(target, JSON.parse(JSON.stringify(await buildBackup(source))));
    expect(result).toEqual({ ok: true, added: 1, updated: 1, kept: 1, skipped: [] });

    const value = async (id: string) =>
      (await targetRepo.load(id))?.document?.tables.applications.received?.naturalPerson;
    expect(await value(newerThere.id)).toBe(2); // newer in the backup → taken
    expect(await value(olderThere.id)).toBe(3); // newer here → kept
    expect(await value(onlyThere.id)).toBe(1); // only in the backup → added
    expect(await value(onlyHere.id)).toBe(4); // only here → never deleted
    // The updated row got a new revision so an editor open on it notices.
    expect((await targetRepo.load(newerThere.id))?.revision).toBe(2);
    // The draft bookkeeping key does not leak into the report's unknown keys.
    expect((await targetRepo.load(onlyThere.id))?.document?.extra).toEqual({});
  });

  it('does not take a report out of 回收站 when the backup copy is newer', async () => {
    const ctx = testContext();
    const repo = new ReportsRepository(ctx);
    const { id } = await repo.create(doc('甲局', 1));
    const backup = await buildBackup(ctx);
    await repo.moveToBin(id);
    const entry = { ...backup.reports[0], [DRAFT_META_KEY]: { id, updatedAt: ctx.clock.now + 1 } };
    expect(await mergeBackup(ctx, { ...backup, reports: [entry] })).toMatchObject({
      ok: true,
      updated: 1,
    });
    expect((await repo.load(id))?.deletedAt).not.toBeNull();
  });

  it('skips unreadable entries, merges the rest, and lists what it skipped', async () => {
    const ctx = testContext();
    const backup = {
      type: 'nianbao/backup',
      version: 1,
      exportedAt: '2026-01-01T00:00:00.000Z',
      reports: [
        'not a report',
        { type: 'nianbao/annual-report', version: 99, format: '2021', agency: 'x', year: 2021 },
        {
          type: 'nianbao/annual-report',
          version: 1,
          format: '2021',
          agency: '无标记局',
          year: 2021,
          sections: { overview: '', problems: '', other: '' },
          tables: { proactive: {}, applications: {}, review: {} },
        },
      ],
    };
    const result = await mergeBackup(ctx, backup);
    expect(result.ok && result.added).toBe(1);
    expect(result.ok && result.skipped.map((s) => [s.index, s.problems[0]?.code])).toEqual([
      [0, 'file.notObject'],
      [1, 'file.versionTooNew'],
    ]);
    const rows = await ctx.db.reports.toArray();
    expect(rows.map((r) => r.agency)).toEqual(['无标记局']);
  });

  it('refuses files that are not backups, or from a newer app', async () => {
    const ctx = testContext();
    expect(await mergeBackup(ctx, { type: 'nianbao/annual-report' })).toMatchObject({ ok: false });
    expect(
      await mergeBackup(ctx, { type: 'nianbao/backup', version: 2, reports: [] }),
    ).toMatchObject({ ok: false });
    expect(await mergeBackup(ctx, null)).toMatchObject({ ok: false });
  });

  it('reminds when there was never a backup or the last one is older than 7 days', async () => {
    const ctx = testContext();
    expect(await backupReminder(ctx)).toEqual({ lastBackupAt: null, due: true });
    await markBackedUp(ctx);
    const at = ctx.clock.now;
    ctx.clock.now += 7 * DAY;
    expect(await backupReminder(ctx)).toEqual({ lastBackupAt: at, due: false });
    ctx.clock.now += 1;
    expect((await backupReminder(ctx)).due).toBe(true);
    expect(backupFileName(Date.parse('2026-01-05T12:00:00Z'))).toBe('年报备份-2026-01-05.json');
  });
});
