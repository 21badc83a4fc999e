import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createBlankDocument } from '../report/blank';
import { setCell } from '../report/edit';
import {
  backupFileName,
  backupReminder,
  binnedInBackup,
  buildBackup,
  DRAFT_META_KEY,
  markBackedUp,
} from './backup';
import { mergeBackup } from './backupMerge';
import { ReportsRepository } from './reportsRepository';
import { testContext } from '../../testing/testContext';

const DAY = 24 * 60 * 60 * 1000;
const cell = { table: 'applications', row: 'received', column: 'naturalPerson' } as const;
const title = (agency: string) => `${agency}2021年政府信息公开工作年度报告`;
const doc = (agency: string, value: number | null = null) =>
  setCell(createBlankDocument({ agency, year: 2021 }), cell, value).doc;

describe('backup', () => {
  it('holds every report, those in 回收站 too, as contract files tagged with id and times', async () => {
    const ctx = testContext();
    const repo = new ReportsRepository(ctx);
    const a = await repo.create(doc('甲局', 1));
    const binned = await repo.create(doc('乙局'));
    await repo.moveToBin(binned.id);

    const backup = await buildBackup(ctx);
    expect(backup.type).toBe('nianbao/backup');
    expect(backup.version).toBe(1);
    expect(backup.exportedAt).toBe(new Date(ctx.clock.now).toISOString());
    expect(backup.reports).toHaveLength(2);
    expect(binnedInBackup(backup)).toBe(1);
    const byAgency = (agency: string) =>
      backup.reports.find((r) => (r as { agency: string }).agency === agency);
    expect(byAgency('甲局')).toMatchObject({
      type: 'nianbao/annual-report',
      [DRAFT_META_KEY]: {
        id: a.id,
        updatedAt: ctx.clock.now,
        previousReportId: null,
        deletedAt: null,
      },
    });
    expect(byAgency('乙局')).toMatchObject({
      [DRAFT_META_KEY]: { id: binned.id, deletedAt: ctx.clock.now },
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
    expect(seed.ok && seed.entries.map((e) => e.outcome)).toEqual(['added', 'added']);
    const onlyHere = await targetRepo.create(doc('丁局', 4));

    // Later: 甲 changes in the source, 乙 changes here.
    source.clock.now += DAY;
    target.clock.now += DAY;
    await sourceRepo.save(newerThere.id, doc('甲局', 2), 1);
    await targetRepo.save(olderThere.id, doc('乙局', 3), 1);
    source.clock.now += DAY;

    const result = await mergeBackup(target, JSON.parse(JSON.stringify(await buildBackup(source))));
    // Entries come in the order of the backup file (stored order), each saying what happened.
    const outcomes = result.ok
      ? result.entries
          .map((e) => (e.outcome === 'skipped' ? [] : [e.id, e.outcome, e.inBin, e.takenFromBin]))
          .sort()
      : [];
    expect(outcomes).toEqual(
      [
        [newerThere.id, 'updated', false, false],
        [olderThere.id, 'kept', false, false],
        [onlyThere.id, 'added', false, false],
      ].sort(),
    );

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

  it('takes a report out of 回收站 when the backup holds it live, and says so', async () => {
    const ctx = testContext();
    const repo = new ReportsRepository(ctx);
    const { id } = await repo.create(doc('甲局', 1));
    const backup = await buildBackup(ctx);
    await repo.moveToBin(id);
    // Same content (not newer): kept, but no longer in 回收站.
    expect(await mergeBackup(ctx, backup)).toEqual({
      ok: true,
      entries: [
        { index: 0, id, title: title('甲局'), outcome: 'kept', inBin: false, takenFromBin: true },
      ],
    });
    const stored = await repo.load(id);
    expect(stored?.deletedAt).toBeNull();
    expect(stored?.revision).toBe(3);
    expect(stored?.document?.tables.applications.received?.naturalPerson).toBe(1);
  });

  it('restores reports that were in 回收站 into 回收站, with 30 fresh days there', async () => {
    const source = testContext();
    const sourceRepo = new ReportsRepository(source);
    const { id } = await sourceRepo.create(doc('乙局', 2));
    await sourceRepo.moveToBin(id);
    const backup = JSON.parse(JSON.stringify(await buildBackup(source))) as unknown;

    const target = testContext();
    target.clock.now += 100 * DAY;
    const result = await mergeBackup(target, backup);
    expect(result.ok && result.entries).toEqual([
      { index: 0, id, title: title('乙局'), outcome: 'added', inBin: true, takenFromBin: false },
    ]);
    const targetRepo = new ReportsRepository(target);
    expect((await targetRepo.load(id))?.deletedAt).toBe(target.clock.now);
    expect(await targetRepo.purgeBin()).toBe(0);

    // A live copy here stays live: restoring never moves a report into 回收站.
    await targetRepo.restoreFromBin(id);
    const again = await mergeBackup(target, backup);
    expect(again.ok && again.entries[0]).toMatchObject({ outcome: 'kept', inBin: false });
    expect((await targetRepo.load(id))?.deletedAt).toBeNull();
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
    expect(
      result.ok &&
        result.entries.map((e) => [
          e.index,
          e.outcome,
          e.outcome === 'skipped' ? e.problems[0]?.code : e.title,
        ]),
    ).toEqual([
      [0, 'skipped', 'file.notObject'],
      [1, 'skipped', 'file.versionTooNew'],
      [2, 'added', title('无标记局')],
    ]);
    const rows = await ctx.db.reports.toArray();
    expect(rows.map((r) => r.agency)).toEqual(['无标记局']);
  });

  it('refuses files that are not backups, or from a newer app', async () => {
    const ctx = testContext();
    expect(await mergeBackup(ctx, { type: 'nianbao/annual-report' })).toEqual({
      ok: false,
      reason: 'notBackup',
    });
    expect(await mergeBackup(ctx, { type: 'nianbao/backup', version: 2, reports: [] })).toEqual({
      ok: false,
      reason: 'tooNew',
    });
    expect(await mergeBackup(ctx, null)).toEqual({ ok: false, reason: 'notBackup' });
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
