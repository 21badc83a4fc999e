import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { createBlankDocument } from '../report/blank';
import { setCell } from '../report/edit';
import type { ReportRow } from './db';
import { DraftCatalog, draftYears, filterDrafts } from './draftCatalog';
import { ReportsRepository } from './reportsRepository';
import { testContext } from '../../testing/testContext';

const carriedForward = {
  table: 'applications',
  row: 'carriedForward',
  column: 'naturalPerson',
} as const;
const carriedOver = { table: 'applications', row: 'carriedOver', column: 'naturalPerson' } as const;

/** Lists, then fills what is missing or stale, then lists again (what the library does). */
async function listFilled(catalog: DraftCatalog) {
  const first = await catalog.list();
  await catalog.refresh(first.stale);
  return catalog.list();
}

describe('DraftCatalog', () => {
  it('lists readable and damaged reports, with error and warning counts', async () => {
    const ctx = testContext();
    const repo = new ReportsRepository(ctx);
    const last = setCell(
      createBlankDocument({ agency: '甲局', year: 2022 }),
      carriedForward,
      4,
    ).doc;
    const lastMeta = await repo.create(last);
    // This year's 上年结转 (1) disagrees with last year's 结转下年度 (4): a previous.* warning.
    const thisYear = setCell(
      createBlankDocument({ agency: '甲局', year: 2023 }),
      carriedOver,
      1,
    ).doc;
    const current = await repo.create(thisYear, { previousReportId: lastMeta.id });
    await ctx.db.reports.put({
      id: 'broken',
      agency: '乙局',
      year: 2023,
      format: '2021',
      createdAt: 0,
      updatedAt: 1,
      deletedAt: null,
      revision: 1,
      previousReportId: null,
      payload: 42,
    });

    const catalog = new DraftCatalog(ctx.db);
    // Written by the repository: summarised at save. Put directly: missing, so stale.
    const before = await catalog.list();
    expect(before.stale).toEqual(['broken']);

    const { lines, stale } = await listFilled(catalog);
    expect(stale).toEqual([]);
    const byId = new Map(lines.map((l) => [l.id, l]));
    const broken = byId.get('broken');
    expect(broken).toMatchObject({ agency: '乙局', year: 2023, readable: false, errors: null });
    expect(broken?.title).toContain('数据已损坏');

    const line = byId.get(current.id);
    expect(line?.title).toBe('甲局2023年政府信息公开工作年度报告');
    expect(line?.format).toBe('2021');
    expect(line?.warnings).toBeGreaterThan(0);
    expect(typeof line?.errors).toBe('number');

    expect(draftYears(lines)).toEqual([2023, 2022]);
    expect(
      filterDrafts(lines, { year: 2023, search: '', deleted: false })
        .map((l) => l.agency)
        .sort(),
    ).toEqual(['乙局', '甲局']);
    expect(
      filterDrafts(lines, { year: null, search: ' 乙 ', deleted: false }).map((l) => l.id),
    ).toEqual(['broken']);
    expect(filterDrafts(lines, { year: null, search: '', deleted: true })).toEqual([]);
  });

  it('keeps summaries current on save, rename and 回收站 without recomputing anything', async () => {
    const ctx = testContext();
    const repo = new ReportsRepository(ctx);
    const catalog = new DraftCatalog(ctx.db);
    const meta = await repo.create(createBlankDocument({ agency: '甲局', year: 2023 }));
    const loaded = await repo.load(meta.id);
    if (loaded?.document == null) throw new Error('not stored');
    await repo.save(meta.id, { ...loaded.document, agency: '乙局' }, meta.revision);
    let listing = await catalog.list();
    expect(listing.stale).toEqual([]);
    expect(listing.lines[0]).toMatchObject({ agency: '乙局', revision: 2 });

    await repo.rename(meta.id, { agency: '乙局', title: '乙局年报' });
    await repo.moveToBin(meta.id);
    listing = await catalog.list();
    expect(listing.stale).toEqual([]);
    expect(listing.lines[0]?.title).toBe('乙局年报');
    expect(listing.lines[0]?.deletedAt).toBe(ctx.clock.now);

    await repo.deleteForever(meta.id);
    expect((await catalog.list()).lines).toEqual([]);
    expect(await ctx.db.summaries.count()).toBe(0);
  });

  it('recomputes a summary made stale by a write that bypassed the repository', async () => {
    const ctx = testContext();
    const repo = new ReportsRepository(ctx);
    const catalog = new DraftCatalog(ctx.db);
    const meta = await repo.create(createBlankDocument({ agency: '甲局', year: 2023 }));
    const row = await ctx.db.reports.get(meta.id);
    if (row === undefined) throw new Error('not stored');
    const payload = { ...(row.payload as Record<string, unknown>), agency: '丙局' };
    await ctx.db.reports.put({ ...row, payload, revision: row.revision + 1 });

    expect((await catalog.list()).stale).toEqual([meta.id]);
    const { lines } = await listFilled(catalog);
    expect(lines[0]).toMatchObject({ agency: '丙局', revision: 2 });
  });

  it('recomputes the counts when the linked previous-year report changes', async () => {
    const ctx = testContext();
    const repo = new ReportsRepository(ctx);
    const catalog = new DraftCatalog(ctx.db);
    const lastDoc = setCell(createBlankDocument({ agency: '甲局', year: 2022 }), carriedForward, 1);
    const last = await repo.create(lastDoc.doc);
    const thisYear = setCell(
      createBlankDocument({ agency: '甲局', year: 2023 }),
      carriedOver,
      1,
    ).doc;
    const current = await repo.create(thisYear, { previousReportId: last.id });
    const warningsOf = (lines: readonly { id: string; warnings: number | null }[]) =>
      lines.find((l) => l.id === current.id)?.warnings;
    const agreeing = warningsOf((await catalog.list()).lines);

    // Last year's 结转下年度 changes to 4: this year's 上年结转 (1) no longer matches it.
    await repo.save(last.id, setCell(lastDoc.doc, carriedForward, 4).doc, last.revision);
    const listing = await catalog.list();
    expect(listing.stale).toEqual([current.id]);
    const after = warningsOf((await listFilled(catalog)).lines);
    expect(after).toBeGreaterThan(agreeing ?? 0);
  });
});

describe('schema version 2 (summaries)', () => {
  it('upgrades a version 1 database: every report is kept and gets its summary', async () => {
    const name = `nianbao-upgrade-${String(Math.random())}`;
    // The database as the app's first release wrote it (db.ts version 1).
    const v1 = new Dexie(name);
    v1.version(1).stores({
      reports: 'id, updatedAt, year, agency, deletedAt',
      revisions: '++id, reportId, createdAt, [reportId+createdAt]',
      settings: 'key',
    });
    const ctx = testContext();
    const repo = new ReportsRepository(ctx);
    const source = await repo.create(createBlankDocument({ agency: '甲局', year: 2024 }));
    const stored = await ctx.db.reports.get(source.id);
    if (stored === undefined) throw new Error('not stored');
    const rows: ReportRow[] = [
      { ...stored, id: 'old-1', updatedAt: 10 },
      { ...stored, id: 'old-2', updatedAt: 20, deletedAt: 15 },
    ];
    await v1.table('reports').bulkPut(rows);
    v1.close();

    const upgraded = testContext({ name });
    expect(upgraded.db.verno).toBeGreaterThanOrEqual(2);
    const catalog = new DraftCatalog(upgraded.db);
    const first = await catalog.list();
    expect([...first.stale].sort()).toEqual(['old-1', 'old-2']);
    expect(first.lines.map((l) => l.title)).toEqual(['正在读取……', '正在读取……']);

    const { lines, stale } = await listFilled(catalog);
    expect(stale).toEqual([]);
    expect(lines.map((l) => [l.id, l.title, l.deletedAt, l.errors === null]).sort()).toEqual([
      ['old-1', '甲局2024年政府信息公开工作年度报告', null, false],
      ['old-2', '甲局2024年政府信息公开工作年度报告', 15, false],
    ]);
    // The reports themselves are untouched.
    expect(await upgraded.db.reports.get('old-1')).toEqual(rows[0]);
  });
});
