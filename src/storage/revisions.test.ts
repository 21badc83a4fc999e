import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createBlankDocument } from '../report/blank';
import type { CommitKind } from '../report/commitKind';
import { asRestored, type RestoredDocument } from '../report/document';
import { setCell } from '../report/edit';
import { classifyCommit, RevisionRecorder, type CommitSource } from './revisionRecorder';
import { MAX_REVISIONS_PER_REPORT, PERIODIC_SNAPSHOT_MS, RevisionsRepository } from './revisions';
import { testContext } from '../../testing/testContext';

const ref = (row: string, column = 'naturalPerson') =>
  ({ table: 'applications', row, column }) as const;
const base = () => createBlankDocument({ agency: '某局', year: 2021 });

class FakeStore implements CommitSource {
  document: RestoredDocument = base();
  readonly #commits = new Set<(kind: CommitKind, before: RestoredDocument) => void>();
  subscribe(): () => void {
    return () => undefined;
  }
  subscribeCommits(listener: (kind: CommitKind, before: RestoredDocument) => void): () => void {
    this.#commits.add(listener);
    return () => this.#commits.delete(listener);
  }
  commit(next: RestoredDocument, kind: CommitKind): void {
    const before = this.document;
    this.document = next;
    for (const l of this.#commits) l(kind, before);
  }
}

describe('RevisionsRepository', () => {
  it('records what changed since the snapshot before it, as data without wording', async () => {
    const ctx = testContext();
    const revisions = new RevisionsRepository(ctx);
    const first = base();
    expect((await revisions.snapshot('r1', first, 'periodic'))?.change).toEqual({ type: 'first' });

    let second = setCell(first, ref('received'), 3).doc;
    second = setCell(second, ref('received', 'commercial'), 1).doc;
    second = asRestored({ ...second, sections: { ...second.sections, overview: '总体情况……' } });
    ctx.clock.now += 1000;
    const entry = await revisions.snapshot('r1', second, 'paste');
    // Two input cells; the 总计 totals that follow them are not counted.
    expect(entry?.change).toEqual({
      type: 'diff',
      diff: { cells: 2, fields: ['sections.overview'] },
    });
    const stored = await ctx.db.revisions.get(entry?.id ?? -1);
    expect(JSON.stringify({ kind: stored?.kind, change: stored?.change })).not.toMatch(
      /[\u4e00-\u9fff]/u,
    );

    // Identical to the newest snapshot: nothing stored.
    expect(await revisions.snapshot('r1', second, 'periodic')).toBeNull();

    const list = await revisions.list('r1');
    expect(list.map((e) => e.kind)).toEqual(['paste', 'periodic']);
    const opened = await revisions.open(list[0]?.id ?? -1);
    expect(opened?.document?.tables.applications.received?.commercial).toBe(1);
    expect(opened?.problems).toEqual([]);
  });

  it('keeps at most MAX_REVISIONS_PER_REPORT snapshots per report, dropping the oldest', async () => {
    const ctx = testContext();
    const revisions = new RevisionsRepository(ctx);
    let doc = base();
    for (let i = 0; i < MAX_REVISIONS_PER_REPORT + 3; i += 1) {
      doc = setCell(doc, ref('received'), i).doc;
      ctx.clock.now += 1000;
      await revisions.snapshot('r1', doc, 'periodic');
    }
    await revisions.snapshot('other', doc, 'periodic');
    const list = await revisions.list('r1');
    expect(list).toHaveLength(MAX_REVISIONS_PER_REPORT);
    const oldest = await revisions.open(list.at(-1)?.id ?? -1);
    expect(oldest?.document?.tables.applications.received?.naturalPerson).toBe(3);
    expect(await revisions.list('other')).toHaveLength(1);
  });

  it('opens a damaged snapshot with problems instead of failing', async () => {
    const ctx = testContext();
    const revisions = new RevisionsRepository(ctx);
    const entry = await revisions.snapshotRaw(
      'r1',
      {
        type: 'nianbao/annual-report',
        version: 1,
        format: '2021',
        agency: '某局',
        year: 2021,
        sections: 5,
      },
      'damaged',
      1,
    );
    expect(entry.change).toEqual({ type: 'damaged', problems: 1 });
    const opened = await revisions.open(entry.id);
    expect(opened?.document?.agency).toBe('某局');
    expect(opened?.problems.length).toBeGreaterThan(0);
  });
});

describe('rows written before kinds', () => {
  it('read their reason as a kind and show their summary as it was written', async () => {
    const ctx = testContext();
    const revisions = new RevisionsRepository(ctx);
    const payload = ctx.encode(base(), new Date(0));
    await ctx.db.revisions.add({
      reportId: 'r1',
      createdAt: 1,
      summary: '改动 2 个单元格',
      reason: 'beforePaste',
      payload,
    });
    await ctx.db.revisions.add({
      reportId: 'r1',
      createdAt: 2,
      kind: 'someFutureKind',
      change: { type: 'diff', diff: { cells: 'x', fields: ['title', 'nonsense'] } },
      payload,
    });
    const [newer, older] = await revisions.list('r1');
    expect(older?.kind).toBe('paste');
    expect(older?.change).toEqual({ type: 'legacy', text: '改动 2 个单元格' });
    expect(newer?.kind).toBe('unknown');
    expect(newer?.change).toEqual({ type: 'diff', diff: { cells: 0, fields: ['title'] } });
  });
});

describe('classifyCommit', () => {
  it('recognises edition switches, imports, pastes, fills and many-cell changes', () => {
    const doc = base();
    const one = setCell(doc, ref('received'), 1).doc;
    const two = setCell(one, ref('disclosed'), 1).doc;
    expect(classifyCommit('edit', doc, asRestored({ ...doc, format: '2019' }))).toBe(
      'edition-switch',
    );
    expect(classifyCommit('import', doc, one)).toBe('import');
    expect(classifyCommit('paste', doc, one)).toBe('paste');
    expect(classifyCommit('fill', doc, two)).toBe('fill');
    expect(classifyCommit('carry-over', doc, one)).toBe('carry-over');
    expect(classifyCommit('edit', doc, two)).toBe('bulk');
    expect(classifyCommit('edit', doc, one)).toBeNull();
    expect(classifyCommit('clear', doc, one)).toBeNull();
  });
});

describe('RevisionRecorder', () => {
  it('snapshots the state before a paste, and at most every five minutes while typing', async () => {
    const ctx = testContext();
    const revisions = new RevisionsRepository(ctx);
    const store = new FakeStore();
    const recorder = new RevisionRecorder({
      source: store,
      revisions,
      reportId: 'r1',
      now: () => ctx.clock.now,
    });
    await recorder.start();

    const opened = store.document;
    store.commit(setCell(opened, ref('received'), 1).doc, 'edit'); // first edit: keeps the opened state
    ctx.clock.now += 60_000;
    store.commit(setCell(store.document, ref('received'), 2).doc, 'edit'); // within 5 min: nothing
    const beforePaste = store.document;
    ctx.clock.now += 1000;
    store.commit(
      setCell(setCell(beforePaste, ref('disclosed'), 5).doc, ref('disclosed', 'commercial'), 1).doc,
      'paste',
    );
    ctx.clock.now += PERIODIC_SNAPSHOT_MS;
    const beforeLate = store.document;
    store.commit(setCell(store.document, ref('received'), 9).doc, 'edit'); // 5 min later: snapshot
    await recorder.settled();

    const list = await revisions.list('r1');
    expect(list.map((e) => e.kind)).toEqual(['periodic', 'paste', 'periodic']);
    const docs = await Promise.all(list.map((e) => revisions.open(e.id)));
    expect(docs.map((d) => d?.document?.tables.applications.received?.naturalPerson)).toEqual([
      beforeLate.tables.applications.received?.naturalPerson,
      2,
      opened.tables.applications.received?.naturalPerson ?? null,
    ]);
    recorder.stop();
  });
});
