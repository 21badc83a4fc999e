import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createBlankDocument } from '../report/blank';
import { asRestored, titleOf } from '../report/document';
import { setCell } from '../report/edit';
import type { ReportChange } from './changeFeed';
import { ChangeFeed } from './changeFeed';
import { NianbaoDb } from './db';
import { ReportsRepository } from './reportsRepository';
import { testContext } from '../../testing/testContext';

const DAY = 24 * 60 * 60 * 1000;
const cell = { table: 'applications', row: 'received', column: 'naturalPerson' } as const;

function blank(agency = '镇海区新闻中心', year = 2021) {
  return createBlankDocument({ agency, year });
}

describe('ReportsRepository', () => {
  it('stores the contract file and reads it back through restore', async () => {
    const ctx = testContext();
    const repo = new ReportsRepository(ctx);
    const doc = setCell(blank(), cell, 12).doc;
    const created = await repo.create(doc);
    expect(created.revision).toBe(1);

    const row = await ctx.db.reports.get(created.id);
    expect(row?.payload).toMatchObject({
      type: 'nianbao/annual-report',
      version: 1,
      agency: '镇海区新闻中心',
    });
    expect(row?.deletedAt).toBeNull();

    const loaded = await repo.load(created.id);
    expect(loaded?.problems).toEqual([]);
    expect(loaded?.document?.tables.applications.received?.naturalPerson).toBe(12);
    expect(loaded?.document?.tables.applications.received?.total).toBe(12);
  });

  it('saves with the revision it started from and bumps it', async () => {
    const ctx = testContext();
    const repo = new ReportsRepository(ctx);
    const { id } = await repo.create(blank());
    ctx.clock.now += 5000;
    const outcome = await repo.save(id, setCell(blank(), cell, 3).doc, 1);
    expect(outcome).toEqual({ kind: 'saved', revision: 2, updatedAt: ctx.clock.now });
    const loaded = await repo.load(id);
    expect(loaded?.revision).toBe(2);
    expect(loaded?.document?.tables.applications.received?.naturalPerson).toBe(3);
  });

  it('refuses to overwrite a newer revision written by another tab (second connection)', async () => {
    const ctx = testContext();
    const tabA = new ReportsRepository(ctx);
    const { id } = await tabA.create(blank());
    // The other tab: its own connection to the same database.
    const tabB = new ReportsRepository({ ...ctx, db: new NianbaoDb(ctx.db.name) });

    expect((await tabA.save(id, setCell(blank(), cell, 1).doc, 1)).kind).toBe('saved');
    const lost = await tabB.save(id, setCell(blank(), cell, 2).doc, 1);
    expect(lost).toEqual({ kind: 'conflict', storedRevision: 2 });

    const stored = await tabB.load(id);
    expect(stored?.document?.tables.applications.received?.naturalPerson).toBe(1);
    expect(stored?.revision).toBe(2);
  });

  it('never writes into a report in 回收站, even with the revision it expects', async () => {
    const ctx = testContext();
    const repo = new ReportsRepository(ctx);
    const { id } = await repo.create(blank());
    await repo.moveToBin(id);
    const revision = (await repo.load(id))?.revision ?? -1;
    expect(await repo.save(id, setCell(blank(), cell, 5).doc, revision)).toEqual({
      kind: 'binned',
      storedRevision: revision,
    });
    const stored = await repo.load(id);
    expect(stored?.revision).toBe(revision);
    expect(stored?.document?.tables.applications.received?.naturalPerson).toBeNull();
  });

  it('reports a conflict (not an error) when the report is gone', async () => {
    const repo = new ReportsRepository(testContext());
    expect(await repo.save('no-such-id', blank(), 1)).toEqual({
      kind: 'conflict',
      storedRevision: null,
    });
  });

  it('opens a damaged row as a report plus a problem list', async () => {
    const ctx = testContext();
    const repo = new ReportsRepository(ctx);
    const { id } = await repo.create(setCell(blank(), cell, 7).doc);
    const row = await ctx.db.reports.get(id);
    const payload = row?.payload as {
      tables: { applications: Record<string, Record<string, unknown>> };
    };
    payload.tables.applications.received = { naturalPerson: 'abc', commercial: -4 };
    await ctx.db.reports.put({ ...(row ?? { id }), payload } as never);

    const loaded = await repo.load(id);
    expect(loaded?.document).not.toBeNull();
    expect(loaded?.document?.agency).toBe('镇海区新闻中心');
    expect(loaded?.problems.map((p) => p.code)).toEqual(
      expect.arrayContaining(['cell.notNumber', 'cell.negative']),
    );
  });

  it('opens garbage (not even an object) as no document plus an error, without throwing', async () => {
    const ctx = testContext();
    const repo = new ReportsRepository(ctx);
    await ctx.db.reports.put({
      id: 'broken',
      agency: 42,
      year: 'x',
      format: null,
      createdAt: 'then',
      updatedAt: 'now',
      deletedAt: 'never',
      revision: 1.5,
      previousReportId: 7,
      payload: 'garbage',
    } as never);
    const loaded = await repo.load('broken');
    expect(loaded?.document).toBeNull();
    expect(loaded?.problems[0]?.severity).toBe('error');
    // Damaged bookkeeping reads as safe defaults, and saving over it still works.
    expect(loaded).toMatchObject({
      revision: 0,
      deletedAt: null,
      previousReportId: null,
      updatedAt: 0,
    });
    expect((await repo.save('broken', blank(), 0)).kind).toBe('saved');
    expect((await repo.load('broken'))?.document?.agency).toBe('镇海区新闻中心');
  });

  it('keeps deleted reports in 回收站 for 30 days, then purges them with their history', async () => {
    const ctx = testContext();
    const repo = new ReportsRepository(ctx);
    const kept = await repo.create(blank('甲局'));
    const binned = await repo.create(blank('乙局'));
    await ctx.db.revisions.add({
      reportId: binned.id,
      createdAt: ctx.clock.now,
      summary: '',
      reason: 'periodic',
      payload: {},
    });
    await repo.moveToBin(binned.id);
    const inBin = await repo.load(binned.id);
    expect(inBin?.deletedAt).toBe(ctx.clock.now);
    expect(inBin?.revision).toBe(2);

    ctx.clock.now += 29 * DAY;
    expect(await repo.purgeBin()).toBe(0);
    expect(await repo.load(binned.id)).toBeDefined();

    ctx.clock.now += 2 * DAY;
    expect(await repo.purgeBin()).toBe(1);
    expect(await repo.load(binned.id)).toBeUndefined();
    expect(await ctx.db.revisions.where('reportId').equals(binned.id).count()).toBe(0);
    // A live report is never purged, however old.
    expect(await repo.load(kept.id)).toBeDefined();
  });

  it('restores from 回收站', async () => {
    const ctx = testContext();
    const repo = new ReportsRepository(ctx);
    const { id } = await repo.create(blank());
    await repo.moveToBin(id);
    await repo.restoreFromBin(id);
    const loaded = await repo.load(id);
    expect(loaded?.deletedAt).toBeNull();
    expect(loaded?.revision).toBe(3);
  });

  it('renames, duplicates and announces every write to the other tabs', async () => {
    const feed = new ChangeFeed(`test-${String(Math.random())}`);
    const heard: ReportChange[] = [];
    feed.subscribe((c) => heard.push(c));
    const ctx = testContext({ feed });
    const repo = new ReportsRepository(ctx);
    const { id } = await repo.create(asRestored({ ...blank(), title: '旧标题' }));

    expect((await repo.rename(id, { agency: '宁波市镇海区新闻中心', title: null })).kind).toBe(
      'saved',
    );
    const renamed = await repo.load(id);
    expect(renamed?.document?.agency).toBe('宁波市镇海区新闻中心');
    // The own title was dropped: the title is derived from the new agency again.
    expect(
      renamed?.document === undefined || renamed.document === null ? '' : titleOf(renamed.document),
    ).toBe('宁波市镇海区新闻中心2021年政府信息公开工作年度报告');
    expect(renamed?.document?.title ?? null).not.toBe('旧标题');

    const copy = await repo.duplicate(id);
    expect(copy?.id).not.toBe(id);
    const copied = await repo.load(copy?.id ?? '');
    expect(copied?.document?.title).toBe(
      '宁波市镇海区新闻中心2021年政府信息公开工作年度报告（副本）',
    );

    expect(heard.map((c) => [c.id, c.revision])).toEqual([
      [id, 1],
      [id, 2],
      [copy?.id, 1],
    ]);
    feed.close();
  });
});

describe('ChangeFeed', () => {
  it('tells other tabs (another channel object) about a write, marked as remote', async () => {
    const name = `feed-${String(Math.random())}`;
    const here = new ChangeFeed(name);
    const there = new ChangeFeed(name);
    const heard: [ReportChange, boolean][] = [];
    there.subscribe((c, remote) => heard.push([c, remote]));
    const local: boolean[] = [];
    here.subscribe((_c, remote) => local.push(remote));
    here.post({ type: 'report-changed', id: 'r1', revision: 4 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(local).toEqual([false]);
    expect(heard).toEqual([[{ type: 'report-changed', id: 'r1', revision: 4 }, true]]);
    here.close();
    there.close();
  });
});

describe('ReportsRepository.setPreviousReport', () => {
  it('links without a new revision, and a later save keeps the link', async () => {
    const ctx = testContext();
    const repo = new ReportsRepository(ctx);
    const last = await repo.create(blank('甲局', 2021));
    const current = await repo.create(blank('甲局', 2022));
    await repo.setPreviousReport(current.id, last.id);
    expect(await repo.load(current.id)).toMatchObject({ previousReportId: last.id, revision: 1 });
    expect((await repo.save(current.id, blank('甲局', 2022), 1)).kind).toBe('saved');
    expect((await repo.load(current.id))?.previousReportId).toBe(last.id);
  });
});
