import { describe, expect, it, vi } from 'vitest';
import { createBlankDocument } from '../../report/blank';
import type { CellRef } from '../../report/definition/types';
import { setCell } from '../../report/edit';
import { CHECK_PAUSE_MS, ReportStore } from './reportStore';

const cell = (row: string, column: string): CellRef => ({ table: 'applications', row, column });

function newStore() {
  return new ReportStore(createBlankDocument({ agency: '测试局', year: 2023 }));
}

describe('ReportStore', () => {
  it('notifies the edited cell and the totals that changed, not unrelated cells', () => {
    const store = newStore();
    const edited = vi.fn();
    const rowTotal = vi.fn();
    const unrelated = vi.fn();
    store.subscribeCell('applications.received.naturalPerson', edited);
    store.subscribeCell('applications.received.total', rowTotal);
    store.subscribeCell('applications.disclosed.commercial', unrelated);
    store.setCell(cell('received', 'naturalPerson'), 4);
    expect(edited).toHaveBeenCalled();
    expect(rowTotal).toHaveBeenCalled();
    expect(store.cell(cell('received', 'total'))).toBe(4);
    expect(unrelated).not.toHaveBeenCalled();
  });

  it('marks a broken balance on the cells involved and clears it when fixed', () => {
    const store = newStore();
    store.setCells(
      [
        [cell('received', 'naturalPerson'), 3],
        [cell('carriedOver', 'naturalPerson'), 0],
        [cell('disclosed', 'naturalPerson'), 1],
        [cell('carriedForward', 'naturalPerson'), 0],
      ],
      { kind: 'paste', label: '粘贴' },
    );
    const balance = () =>
      store
        .findingsForCell('applications.received.naturalPerson')
        .filter((f) => f.check === 'applications.balance');
    expect(balance().length).toBeGreaterThan(0);
    store.setCell(cell('disclosed', 'naturalPerson'), 3);
    expect(balance()).toEqual([]);
  });

  it('undoes a batch as one step and redoes it', () => {
    const store = newStore();
    store.setCells(
      [
        [cell('received', 'naturalPerson'), 1],
        [cell('received', 'commercial'), 2],
      ],
      { kind: 'paste', label: '粘贴' },
    );
    expect(store.undoLabel).toBe('粘贴');
    expect(store.undoKind).toBe('paste');
    store.undo();
    expect(store.cell(cell('received', 'naturalPerson'))).toBeNull();
    expect(store.cell(cell('received', 'total'))).toBeNull();
    store.redo();
    expect(store.cell(cell('received', 'total'))).toBe(3);
  });

  it('merges quick consecutive edits of one cell into one undo step', () => {
    const store = newStore();
    store.setCell(cell('received', 'naturalPerson'), 1);
    store.setCell(cell('received', 'naturalPerson'), 12);
    store.setCell(cell('received', 'naturalPerson'), 123);
    store.undo();
    expect(store.cell(cell('received', 'naturalPerson'))).toBeNull();
    expect(store.canUndo).toBe(false);
  });

  it('leaves no undo step when quick edits return a cell to its starting value', () => {
    const store = newStore();
    store.setCell(cell('received', 'naturalPerson'), 7);
    store.setCell(cell('received', 'naturalPerson'), null);
    expect(store.canUndo).toBe(false);
  });

  it('keeps the findings list identical when a change does not alter it', () => {
    const store = newStore();
    const listener = vi.fn();
    store.subscribeFindings(listener);
    store.update((doc) => ({ ...doc, preface: '引言' }), { kind: 'edit', label: '修改引言' });
    expect(listener).not.toHaveBeenCalled();
  });

  it('runs previous-year checks once last year is linked', () => {
    const store = newStore();
    const last = createBlankDocument({ agency: '测试局', year: 2022 });
    const lastWithCarry = {
      ...last,
      tables: {
        ...last.tables,
        applications: {
          ...last.tables.applications,
          carriedForward: { ...last.tables.applications.carriedForward, naturalPerson: 2 },
        },
      },
    };
    store.setCell(cell('carriedOver', 'naturalPerson'), 5);
    expect(store.findings.some((f) => f.check === 'previous.carriedOver')).toBe(false);
    store.setPrevious(lastWithCarry);
    expect(store.findings.some((f) => f.check === 'previous.carriedOver')).toBe(true);
  });

  describe('checks put off while typing', () => {
    const typing = {
      kind: 'edit',
      label: '编辑单元格',
      coalesce: 'cell:typing',
      checks: 'onPause',
    } as const;
    const balanced = (store: ReportStore) =>
      store
        .findingsForCell('applications.received.naturalPerson')
        .some((f) => f.check === 'applications.balance');
    const zeros = (store: ReportStore) => {
      store.setCells(
        [
          [cell('received', 'naturalPerson'), 0],
          [cell('carriedOver', 'naturalPerson'), 0],
          [cell('disclosed', 'naturalPerson'), 0],
          [cell('carriedForward', 'naturalPerson'), 0],
        ],
        { kind: 'fill', label: '填零' },
      );
    };
    const typeInto = (store: ReportStore, value: number) => {
      store.update((doc) => setCell(doc, cell('received', 'naturalPerson'), value).doc, typing);
    };

    it('updates the totals at once and the findings once typing pauses', () => {
      vi.useFakeTimers();
      try {
        const store = newStore();
        zeros(store);
        const listChanged = vi.fn();
        store.subscribeFindings(listChanged);
        typeInto(store, 5);
        expect(store.cell(cell('received', 'total'))).toBe(5);
        expect(balanced(store)).toBe(false);
        expect(store.checksPending).toBe(true);
        vi.advanceTimersByTime(CHECK_PAUSE_MS - 1);
        expect(balanced(store)).toBe(false);
        vi.advanceTimersByTime(1);
        expect(balanced(store)).toBe(true);
        expect(store.checksPending).toBe(false);
        expect(listChanged).toHaveBeenCalled();
      } finally {
        vi.useRealTimers();
      }
    });

    it('runs them at once on flushChecks (the edit is committed), on undo, and on any other change', () => {
      const store = newStore();
      zeros(store);
      typeInto(store, 5);
      store.flushChecks();
      expect(balanced(store)).toBe(true);

      // Undo takes back the typing (one step) and the findings follow at once.
      typeInto(store, 6);
      expect(store.checksPending).toBe(true);
      store.undo();
      expect(store.checksPending).toBe(false);
      expect(store.cell(cell('received', 'naturalPerson'))).toBe(0);
      expect(balanced(store)).toBe(false);

      typeInto(store, 7);
      store.update((doc) => ({ ...doc, agency: '另一个局' }), { kind: 'edit', label: '编辑' });
      expect(store.checksPending).toBe(false);
      expect(balanced(store)).toBe(true);
    });
  });
});
