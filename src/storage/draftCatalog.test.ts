import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createBlankDocument } from '../report/blank';
import { setCell } from '../report/edit';
import { DraftCatalog, draftYears, filterDrafts } from './draftCatalog';
import { ReportsRepository } from './reportsRepository';
import { testContext } from './testContext';

describe('DraftCatalog', () => {
  it('lists readable and damaged reports, with error and warning counts', async () => {
    const ctx = testContext();
    const repo = new ReportsRepository(ctx);
    const last = setCell(
      createBlankDocument({ agency: '甲局', year: 2022 }),
      { table: 'applications', row: 'carriedForward', column: 'naturalPerson' },
      4,
    ).doc;
    const lastMeta = await repo.create(last);
    // This year's 上年结转 (1) disagrees with last year's 结转下年度 (4): a previous.* warning.
    const thisYear = setCell(
      createBlankDocument({ agency: '甲局', year: 2023 }),
      { table: 'applications', row: 'carriedOver', column: 'naturalPerson' },
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

    const catalog = new DraftCatalog();
    const lines = catalog.withCounts(catalog.summarize(await ctx.db.reports.toArray()));
    const byId = new Map(lines.map((l) => [l.id, l]));
    const broken = byId.get('broken');
    expect(broken).toMatchObject({ agency: '乙局', year: 2023, document: null, errors: null });
    expect(broken?.title).toContain('数据已损坏');
    expect(broken?.problems[0]?.severity).toBe('error');

    const line = byId.get(current.id);
    expect(line?.title).toBe('甲局2023年政府信息公开工作年度报告');
    expect(line?.format).toBe('2021');
    expect(line?.warnings).toBeGreaterThan(0);
    expect(typeof line?.errors).toBe('number');

    // Cached: the same revision gives the same counts object values without re-running.
    const again = catalog.withCounts(catalog.summarize(await ctx.db.reports.toArray()));
    expect(again.find((l) => l.id === current.id)?.warnings).toBe(line?.warnings);

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
});
