import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBlankDocument } from '../report/blank';
import type { RestoredDocument } from '../report/document';
import { setCell } from '../report/edit';
import { Autosave, type AutosaveSource, type PageSignals, type SaveTarget } from './autosave';
import type { SaveOutcome } from './reportsRepository';

/** The smallest ReportStore stand-in: a document and change listeners. */
class FakeStore implements AutosaveSource {
  document: RestoredDocument;
  readonly #listeners = new Set<() => void>();
  constructor(doc: RestoredDocument) {
    this.document = doc;
  }
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
  type(value: number): void {
    this.document = setCell(
      this.document,
      { table: 'applications', row: 'received', column: 'naturalPerson' },
      value,
    ).doc;
    for (const l of this.#listeners) l();
  }
  set(doc: RestoredDocument): void {
    this.document = doc;
    for (const l of this.#listeners) l();
  }
}

/** Records saves; each answer can be scripted. */
class FakeTarget implements SaveTarget {
  readonly saved: { doc: RestoredDocument; expected: number }[] = [];
  revision = 1;
  failNext: Error[] = [];
  conflict = false;
  async save(_id: string, doc: RestoredDocument, expected: number): Promise<SaveOutcome> {
    await Promise.resolve();
    const failure = this.failNext.shift();
    if (failure !== undefined) throw failure;
    if (this.conflict || expected !== this.revision)
      return { kind: 'conflict', storedRevision: this.revision + 1 };
    this.revision += 1;
    this.saved.push({ doc, expected });
    return { kind: 'saved', revision: this.revision, updatedAt: Date.now() };
  }
}

function signals(): PageSignals & {
  window: EventTarget;
  document: EventTarget & { visibilityState: string };
} {
  const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' });
  return { window: new EventTarget(), document: doc };
}

function setup() {
  const store = new FakeStore(createBlankDocument({ agency: '某局', year: 2021 }));
  const target = new FakeTarget();
  const page = signals();
  const autosave = new Autosave({
    source: store,
    target,
    reportId: 'r1',
    revision: 1,
    savedAt: 0,
    signals: page,
  });
  autosave.start();
  return { store, target, page, autosave };
}

const quota = () =>
  Object.assign(new Error('The transaction was aborted'), {
    name: 'AbortError',
    inner: new DOMException('quota', 'QuotaExceededError'),
  });

describe('Autosave', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes nothing after loading: the loaded draft is what is stored', async () => {
    const { target, autosave } = setup();
    await vi.advanceTimersByTimeAsync(5000);
    await autosave.flush();
    expect(target.saved).toEqual([]);
    expect(autosave.status).toEqual({ kind: 'saved', at: 0 });
  });

  it('saves once, shortly after typing stops, and then reports 已保存', async () => {
    const { store, target, autosave } = setup();
    store.type(1);
    store.type(12);
    expect(autosave.status.kind).toBe('pending');
    await vi.advanceTimersByTimeAsync(400);
    expect(target.saved).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(400);
    expect(target.saved).toHaveLength(1);
    expect(target.saved[0]?.doc).toBe(store.document);
    expect(autosave.status.kind).toBe('saved');
    expect(autosave.revision).toBe(2);
    expect(autosave.dirty).toBe(false);
  });

  it('keeps saving while the user keeps typing (maximum wait)', async () => {
    const { store, target } = setup();
    for (let i = 1; i <= 30; i += 1) {
      store.type(i);
      await vi.advanceTimersByTimeAsync(100);
    }
    // 3 s of steady typing: the debounce alone would not have saved at all.
    expect(target.saved.length).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ['pagehide', (p: ReturnType<typeof signals>) => p.window.dispatchEvent(new Event('pagehide'))],
    ['blur', (p: ReturnType<typeof signals>) => p.window.dispatchEvent(new Event('blur'))],
    [
      'visibilitychange → hidden',
      (p: ReturnType<typeof signals>) => {
        p.document.visibilityState = 'hidden';
        p.document.dispatchEvent(new Event('visibilitychange'));
      },
    ],
  ])('writes at once on %s', async (_name, leave) => {
    const { store, target, page } = setup();
    store.type(5);
    leave(page);
    await vi.advanceTimersByTimeAsync(0);
    expect(target.saved).toHaveLength(1);
  });

  it('does not write when the tab only becomes visible', async () => {
    const { store, target, page } = setup();
    store.type(5);
    page.document.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(0);
    expect(target.saved).toHaveLength(0);
  });

  it('after undo back to the stored state there is nothing to write', async () => {
    const { store, target, autosave } = setup();
    const loaded = store.document;
    store.type(5);
    store.set(loaded);
    await vi.advanceTimersByTimeAsync(2000);
    expect(target.saved).toHaveLength(0);
    expect(autosave.status.kind).toBe('saved');
  });

  it('a failed write keeps the document, says why, and retries with backoff until it works', async () => {
    const { store, target, autosave } = setup();
    target.failNext = [quota(), quota()];
    store.type(7);
    await vi.advanceTimersByTimeAsync(600);
    expect(autosave.status).toMatchObject({
      kind: 'failed',
      quota: true,
      closed: false,
      reason: '浏览器存储空间已满',
    });
    expect(autosave.dirty).toBe(true);
    expect(store.document.tables.applications.received?.naturalPerson).toBe(7);

    await vi.advanceTimersByTimeAsync(1000); // first retry fails too
    expect(autosave.status.kind).toBe('failed');
    const second = autosave.status.kind === 'failed' ? autosave.status.retryAt : null;
    expect(second).toBe(Date.now() + 2000);

    await vi.advanceTimersByTimeAsync(2000);
    expect(autosave.status.kind).toBe('saved');
    expect(target.saved.map((s) => s.doc)).toEqual([store.document]);
  });

  it('retryNow writes at once after a failure', async () => {
    const { store, target, autosave } = setup();
    target.failNext = [new Error('boom')];
    store.type(7);
    await vi.advanceTimersByTimeAsync(600);
    expect(autosave.status.kind).toBe('failed');
    await autosave.retryNow();
    expect(target.saved).toHaveLength(1);
  });

  it('stops at a conflict and never overwrites the other tab; adopt() resumes', async () => {
    const { store, target, autosave, page } = setup();
    target.revision = 2; // another tab saved revision 2
    store.type(9);
    await vi.advanceTimersByTimeAsync(600);
    expect(autosave.status).toEqual({ kind: 'conflict', storedRevision: 3 });
    store.type(10);
    await vi.advanceTimersByTimeAsync(5000);
    autosave.flush().catch(() => undefined);
    page.window.dispatchEvent(new Event('pagehide'));
    await vi.advanceTimersByTimeAsync(0);
    expect(target.saved).toEqual([]);

    // 重新载入较新的版本: the newer document becomes the stored state and autosave resumes.
    const newer = createBlankDocument({ agency: '另一窗口', year: 2021 });
    autosave.adopt(newer, 2, 123);
    store.set(newer);
    expect(autosave.status).toEqual({ kind: 'saved', at: 123 });
    store.type(11);
    await vi.advanceTimersByTimeAsync(600);
    expect(target.saved).toHaveLength(1);
    expect(target.saved[0]?.expected).toBe(2);
  });

  it('changes typed during a write are written by the next one', async () => {
    const { store, target, autosave } = setup();
    store.type(1);
    const writing = autosave.flush();
    store.type(2);
    await writing;
    expect(autosave.status.kind).toBe('pending');
    await vi.advanceTimersByTimeAsync(600);
    expect(target.saved.map((s) => s.doc.tables.applications.received?.naturalPerson)).toEqual([
      1, 2,
    ]);
    expect(autosave.status.kind).toBe('saved');
  });

  it('halt() (database closed by a newer version) stops writing and keeps the edits', async () => {
    const { store, target, autosave } = setup();
    store.type(4);
    autosave.halt('数据库已关闭');
    await vi.advanceTimersByTimeAsync(5000);
    expect(target.saved).toEqual([]);
    expect(autosave.status).toMatchObject({ kind: 'failed', closed: true, retryAt: null });
    expect(autosave.dirty).toBe(true);
  });
});
