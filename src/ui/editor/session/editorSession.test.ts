import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createBlankDocument } from '../../../report/blank';
import { asRestored, type RestoredDocument } from '../../../report/document';
import { EditorSession } from './editorSession';
import { createPersistenceServices, type PersistenceServices } from '../../services/services';

const opened: EditorSession[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
});

/** Two "tabs": two sets of services (own connection, own BroadcastChannel) on one database. */
function twoTabs(): [PersistenceServices, PersistenceServices] {
  const name = `editor-session-${String(Math.random())}`;
  return [createPersistenceServices(name), createPersistenceServices(name)];
}

async function open(services: PersistenceServices, id: string): Promise<EditorSession> {
  const result = await EditorSession.open(services, id);
  if (result.kind !== 'ready') throw new Error(`not ready: ${result.kind}`);
  opened.push(result.session);
  return result.session;
}

const withOverview = (doc: RestoredDocument, text: string) =>
  asRestored({ ...doc, sections: { ...doc.sections, overview: text } });

function typeOverview(session: EditorSession, text: string): void {
  session.store.update((doc) => withOverview(doc, text), {
    kind: 'edit',
    label: '编辑文字',
    coalesce: 'overview',
  });
}

const until = async (check: () => boolean): Promise<void> => {
  for (let i = 0; i < 100 && !check(); i += 1) await new Promise((r) => setTimeout(r, 20));
  expect(check()).toBe(true);
};

describe('EditorSession', () => {
  it('loads the stored draft first: nothing is written until the user changes something', async () => {
    const [tab] = twoTabs();
    const { id } = await tab.reports.create(
      withOverview(createBlankDocument({ agency: '甲局', year: 2024 }), '已存的文字'),
    );
    const session = await open(tab, id);
    expect(session.store.document.sections.overview).toBe('已存的文字');
    await session.autosave.flush();
    expect((await tab.reports.load(id))?.revision).toBe(1);
    typeOverview(session, '已存的文字，续写');
    await session.autosave.flush();
    expect((await tab.reports.load(id))?.revision).toBe(2);
  });

  it('a clean tab follows a save made in another tab and says so', async () => {
    const [tabA, tabB] = twoTabs();
    const { id } = await tabA.reports.create(createBlankDocument({ agency: '甲局', year: 2024 }));
    const a = await open(tabA, id);
    const b = await open(tabB, id);
    typeOverview(a, '甲窗口');
    await a.autosave.flush();
    await until(() => b.store.document.sections.overview === '甲窗口');
    expect(b.notice).toContain('已载入另一个窗口');
    expect(b.autosave.revision).toBe(2);
    // B continues from A's version without a conflict.
    typeOverview(b, '甲窗口，乙续写');
    await b.autosave.flush();
    expect(b.autosave.status.kind).toBe('saved');
  });

  it('a tab with unsaved edits is never overwritten: its save conflicts; reloading keeps its version in the history', async () => {
    const [tabA, tabB] = twoTabs();
    const { id } = await tabA.reports.create(createBlankDocument({ agency: '甲局', year: 2024 }));
    const a = await open(tabA, id);
    const b = await open(tabB, id);
    typeOverview(b, '乙的未保存修改');
    typeOverview(a, '甲先保存');
    await a.autosave.flush();
    await b.autosave.flush();
    expect(b.autosave.status).toEqual({ kind: 'conflict', storedRevision: 2 });
    expect(b.store.document.sections.overview).toBe('乙的未保存修改');
    expect((await tabA.reports.load(id))?.document?.sections.overview).toBe('甲先保存');

    expect(await b.reloadNewer()).toBe(true);
    expect(b.store.document.sections.overview).toBe('甲先保存');
    expect(b.autosave.status.kind).toBe('saved');
    const history = await tabB.revisions.list(id);
    expect(history[0]?.kind).toBe('reload');
    const kept = await tabB.revisions.open(history[0]?.id ?? -1);
    expect(kept?.document?.sections.overview).toBe('乙的未保存修改');
  });

  it('a report moved to 回收站 in another tab while this one types: nothing lands in it silently', async () => {
    const [tabA, tabB] = twoTabs();
    const { id } = await tabA.reports.create(createBlankDocument({ agency: '甲局', year: 2024 }));
    const a = await open(tabA, id);
    typeOverview(a, '甲正在写');
    await tabB.reports.moveToBin(id);
    await a.autosave.flush();
    expect(a.autosave.status).toEqual({ kind: 'binned' });
    // Typing on never reaches the deleted report, not even after 重新载入.
    typeOverview(a, '甲正在写，继续写');
    await a.autosave.flush();
    expect(await a.reloadNewer()).toBe(true);
    expect(a.autosave.status).toEqual({ kind: 'binned' });
    typeOverview(a, '甲正在写，继续写，再写');
    await a.autosave.flush();
    const binned = await tabA.reports.load(id);
    expect(binned?.deletedAt).not.toBeNull();
    expect(binned?.document?.sections.overview).toBe('');

    // 从回收站恢复并保存我的版本: live again, with this tab's text; autosave goes on.
    await a.restoreFromBinKeepingMine();
    const restored = await tabA.reports.load(id);
    expect(restored?.deletedAt).toBeNull();
    expect(restored?.document?.sections.overview).toBe('甲正在写，继续写，再写');
    expect(a.autosave.status.kind).toBe('saved');
    typeOverview(a, '恢复后继续写');
    await a.autosave.flush();
    expect((await tabA.reports.load(id))?.document?.sections.overview).toBe('恢复后继续写');
  });

  it('a clean tab is told at once when another tab moves the report to 回收站', async () => {
    const [tabA, tabB] = twoTabs();
    const { id } = await tabA.reports.create(createBlankDocument({ agency: '甲局', year: 2024 }));
    const a = await open(tabA, id);
    await tabB.reports.moveToBin(id);
    await until(() => a.autosave.status.kind === 'binned');
    // Keeping this version as a copy leaves the original in 回收站.
    typeOverview(a, '另存的内容');
    const copyId = await a.saveMineAsCopy();
    expect((await tabA.reports.load(copyId))?.document?.sections.overview).toBe('另存的内容');
    expect((await tabA.reports.load(id))?.deletedAt).not.toBeNull();
  });

  it('save as copy keeps the losing version as a new report linked like the original', async () => {
    const [tabA, tabB] = twoTabs();
    const last = await tabA.reports.create(createBlankDocument({ agency: '甲局', year: 2023 }));
    const { id } = await tabA.reports.create(createBlankDocument({ agency: '甲局', year: 2024 }), {
      previousReportId: last.id,
    });
    const a = await open(tabA, id);
    const b = await open(tabB, id);
    expect(b.previous?.id).toBe(last.id);
    typeOverview(b, '乙的版本');
    typeOverview(a, '甲的版本');
    await a.autosave.flush();
    await b.autosave.flush();
    const copyId = await b.saveMineAsCopy();
    const copy = await tabB.reports.load(copyId);
    expect(copy?.document?.sections.overview).toBe('乙的版本');
    expect(copy?.document?.title).toBe('甲局2024年政府信息公开工作年度报告（副本）');
    expect(copy?.previousReportId).toBe(last.id);
  });

  it('restoring a history entry snapshots the current state first and is one undo step', async () => {
    const [tab] = twoTabs();
    const { id } = await tab.reports.create(createBlankDocument({ agency: '甲局', year: 2024 }));
    const session = await open(tab, id);
    const old = withOverview(session.store.document, '旧版本');
    typeOverview(session, '现在的版本');
    await session.restoreRevision(old);
    expect(session.store.document.sections.overview).toBe('旧版本');
    const [newest] = await tab.revisions.list(id);
    expect(newest?.kind).toBe('restore');
    expect((await tab.revisions.open(newest?.id ?? -1))?.document?.sections.overview).toBe(
      '现在的版本',
    );
    session.store.undo();
    expect(session.store.document.sections.overview).toBe('现在的版本');
  });

  it('linking last year turns on the previous.* checks without a conflict for the open editor', async () => {
    const [tab] = twoTabs();
    const lastDoc = createBlankDocument({ agency: '甲局', year: 2023 });
    const last = await tab.reports.create({
      ...lastDoc,
      tables: {
        ...lastDoc.tables,
        applications: { ...lastDoc.tables.applications, carriedForward: { naturalPerson: 5 } },
      },
    });
    const thisDoc = createBlankDocument({ agency: '甲局', year: 2024 });
    const { id } = await tab.reports.create({
      ...thisDoc,
      tables: {
        ...thisDoc.tables,
        applications: { ...thisDoc.tables.applications, carriedOver: { naturalPerson: 1 } },
      },
    });
    const session = await open(tab, id);
    expect(session.store.findings.some((f) => f.check === 'previous.carriedOver')).toBe(false);
    await session.linkPrevious(last.id);
    expect(session.store.findings.some((f) => f.check === 'previous.carriedOver')).toBe(true);
    typeOverview(session, '继续编辑');
    await session.autosave.flush();
    expect(session.autosave.status.kind).toBe('saved');
    expect((await tab.reports.load(id))?.previousReportId).toBe(last.id);
  });

  it('opens a draft in 回收站, a missing one and an unreadable one without an editor', async () => {
    const [tab] = twoTabs();
    const { id } = await tab.reports.create(createBlankDocument({ agency: '甲局', year: 2024 }));
    await tab.reports.moveToBin(id);
    expect((await EditorSession.open(tab, id)).kind).toBe('binned');
    expect((await EditorSession.open(tab, 'nope')).kind).toBe('missing');
    await tab.ctx.db.reports.put({
      id: 'bad',
      agency: '',
      year: 0,
      format: '',
      createdAt: 0,
      updatedAt: 0,
      deletedAt: null,
      revision: 1,
      previousReportId: null,
      payload: [],
    });
    const bad = await EditorSession.open(tab, 'bad');
    expect(bad.kind).toBe('unreadable');
  });
});
