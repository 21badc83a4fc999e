import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { blankTable, createBlankDocument } from '../../report/blank';
import { parseCellId } from '../../report/cells';
import { definitionOf } from '../../report/definition/editions';
import type { Format, TableId } from '../../report/definition/types';
import { asRestored } from '../../report/document';
import { CHECK_PAUSE_MS, ReportStore } from '../state/reportStore';
import { ReportStoreContext } from '../state/hooks';
import { buildGeometry } from './gridGeometry';
import { focusCell } from './focusCell';
import { setRenderProbe, type RenderKind } from './renderProbe';
import { TableGrid } from './TableGrid';

afterEach(() => {
  cleanup();
  setRenderProbe(null);
});

function newStore(format: Format = '2021'): ReportStore {
  const blank = createBlankDocument({ agency: '测试局', year: format === '2019' ? 2020 : 2021 });
  const stats = blankTable(definitionOf(format).tables.disclosureStats);
  return new ReportStore(
    asRestored({ ...blank, tables: { ...blank.tables, disclosureStats: stats } }),
  );
}

function mount(tableId: TableId, store = newStore()) {
  render(
    <ReportStoreContext.Provider value={store}>
      <TableGrid tableId={tableId} />
    </ReportStoreContext.Provider>,
  );
  return store;
}

/** A cell by its accessible name (getByRole is too slow on a 175-input table in jsdom). */
const box = (name: string): HTMLInputElement => {
  const el = screen.getByLabelText(name, { selector: 'input' });
  if (!(el instanceof HTMLInputElement)) throw new Error(`${name} is not an input`);
  return el;
};
const cell = (id: string) => {
  const el = document.querySelector<HTMLInputElement>(`input[data-cell="${id}"]`);
  if (el === null) throw new Error(`no cell ${id}`);
  return el;
};
const valueOf = (store: ReportStore, id: string) => {
  const ref = parseCellId(id);
  if (ref === null) throw new Error(id);
  return store.cell(ref);
};

/** Types like a user: the key press, then the text the input now holds. */
function type(input: HTMLInputElement, text: string) {
  for (let i = 1; i <= text.length; i += 1) {
    fireEvent.keyDown(input, { key: text[i - 1] });
    fireEvent.change(input, { target: { value: text.slice(0, i) } });
  }
}

const active = (): Element => {
  const el = document.activeElement;
  if (el === null) throw new Error('nothing focused');
  return el;
};

const focus = (input: HTMLInputElement) => {
  act(() => {
    input.focus();
  });
};

const NATURAL = 'applications.received.naturalPerson';
const TOTAL = 'applications.received.total';

describe('TableGrid rendering', { timeout: 20_000 }, () => {
  const editions: Format[] = ['2019', '2021'];
  const tables: TableId[] = ['applications', 'proactive', 'review', 'disclosureStats'];

  for (const format of editions) {
    for (const tableId of tables) {
      it(`draws the body spans of ${tableId} (${format}) exactly as the layout`, () => {
        mount(tableId, newStore(format));
        const geo = buildGeometry(definitionOf(format), tableId);
        const expected = geo.rows.map((line, r) =>
          line
            .filter((s, c) => s !== null && s.row === r && s.col === c)
            .map((s) => `${String(s?.rowSpan)}x${String(s?.colSpan)}`),
        );
        const body = document.querySelector('tbody');
        const actual = Array.from(body?.rows ?? [], (tr) =>
          Array.from(tr.cells, (td) => `${String(td.rowSpan)}x${String(td.colSpan)}`),
        );
        expect(actual).toEqual(expected);
        expect(document.querySelectorAll('input[data-cell]')).toHaveLength(geo.values.length);
      });
    }
  }

  it('prints the 表三 header: corner note, 申请人情况, 法人或其他组织 over five columns', () => {
    mount('applications');
    const head = document.querySelector('thead');
    const corner = head?.querySelector('td');
    expect(corner?.textContent).toContain('勾稽关系');
    expect(corner?.colSpan).toBe(3);
    expect(corner?.rowSpan).toBe(3);
    const group = within(head as HTMLElement).getByText('法人或其他组织');
    expect((group as HTMLTableCellElement).colSpan).toBe(5);
    expect(screen.getByText('三、本年度办理结果').closest('th')?.rowSpan).toBe(22);
  });

  it('gives every input its contract id and an accessible name', () => {
    mount('applications');
    expect(box('（三）1.属于国家秘密 自然人').dataset.cell).toBe(
      'applications.withheldStateSecret.naturalPerson',
    );
    const total = box('一、本年新收政府信息公开申请数量 总计');
    expect(total.readOnly).toBe(true);
    expect(total.tabIndex).toBe(-1);
    expect(box('（三）1.属于国家秘密 自然人').tabIndex).toBe(0);
  });

  it('names 表二 and 表四 cells with their full row label', () => {
    mount('proactive');
    expect(box('第二十条第（一）项 规章 本年制发件数').inputMode).toBe('numeric');
    expect(box('第二十条第（八）项 行政事业性收费 本年收费金额（单位：万元）').inputMode).toBe(
      'decimal',
    );
    cleanup();
    mount('review');
    expect(box('行政复议 结果维持')).toBeDefined();
  });

  it('says so when the report does not include the optional table', () => {
    const blank = createBlankDocument({ agency: '测试局', year: 2021 });
    mount('disclosureStats', new ReportStore(blank));
    expect(screen.getByText('本报告未包含此表。')).toBeDefined();
  });
});

describe('TableGrid editing', { timeout: 20_000 }, () => {
  it('updates the row total as the user types, and shows blank as blank', () => {
    const store = mount('applications');
    expect(cell(TOTAL).value).toBe('');
    focus(cell(NATURAL));
    type(cell(NATURAL), '12');
    expect(valueOf(store, NATURAL)).toBe(12);
    expect(cell(TOTAL).value).toBe('12');
    type(cell('applications.received.commercial'), '3');
    expect(cell(TOTAL).value).toBe('15');
  });

  it('re-renders at most 4 cell components per keystroke, never the table', () => {
    const store = mount('applications');
    const renders: { kind: RenderKind; id: string }[] = [];
    setRenderProbe((kind, id) => renders.push({ kind, id }));
    focus(cell(NATURAL));
    const perKey: string[][] = [];
    const notesPerKey: string[][] = [];
    for (const key of ['1', '2', '3']) {
      renders.length = 0;
      fireEvent.keyDown(cell(NATURAL), { key });
      fireEvent.change(cell(NATURAL), { target: { value: `${cell(NATURAL).value}${key}` } });
      perKey.push(renders.filter((r) => r.kind === 'cell').map((r) => r.id));
      notesPerKey.push(renders.filter((r) => r.kind === 'note').map((r) => r.id));
    }
    expect(valueOf(store, NATURAL)).toBe(123);
    if (process.env.GRID_RENDER_LOG !== undefined)
      console.log(JSON.stringify({ perKey, notesPerKey }));
    for (const cells of perKey) {
      expect(cells).toContain(NATURAL);
      expect(cells).toContain(TOTAL);
      expect(new Set(cells).size).toBeLessThanOrEqual(4);
      expect(cells.every((id) => id === NATURAL || id === TOTAL)).toBe(true);
    }
    // 待填写 messages change with every keystroke, but they are not marked on cells.
    expect(notesPerKey).toEqual([[], [], []]);
  });

  it('never takes invalid input as a value: inline error, text kept beside a blank cell', () => {
    const store = mount('applications');
    const input = cell(NATURAL);
    focus(input);
    type(input, 'abc');
    expect(valueOf(store, NATURAL)).toBeNull();
    expect(store.invalidEntry(NATURAL)).toBe('abc');
    expect(input.value).toBe('abc');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const [errorId = ''] = (input.getAttribute('aria-describedby') ?? '').split(' ');
    expect(document.getElementById(errorId)?.textContent).toBe('请输入非负整数');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(document.activeElement).toBe(input);
    fireEvent.blur(input);
    expect(input.value).toBe('abc');
    expect(valueOf(store, NATURAL)).toBeNull();
  });

  it('keeps text that is not a valid value on a failed commit, names the reason; undo restores', () => {
    const store = mount('applications');
    const input = cell(NATURAL);
    focus(input);
    type(input, '7');
    fireEvent.keyDown(input, { key: 'Enter' });
    focus(input);
    type(input, '1.5');
    expect(valueOf(store, NATURAL)).toBeNull();
    fireEvent.keyDown(input, { key: 'Tab' });
    // The cell is blank and the text is kept with the report, reported as cell.invalid.
    expect(valueOf(store, NATURAL)).toBeNull();
    expect(store.invalidEntry(NATURAL)).toBe('1.5');
    expect(store.findingsForCell(NATURAL).map((f) => f.check)).toContain('cell.invalid');
    expect(input.value).toBe('1.5');
    expect(screen.getByText('请输入非负整数，不能有小数')).toBeDefined();
    // One undo step brings back the value from before the edit.
    act(() => {
      store.undo();
    });
    expect(valueOf(store, NATURAL)).toBe(7);
    expect(store.invalidEntry(NATURAL)).toBeNull();
  });

  it('an invalid entry stays visibly invalid after leaving the part, until fixed', () => {
    const store = mount('applications');
    const input = cell(NATURAL);
    focus(input);
    type(input, 'abc');
    fireEvent.blur(input);
    // Another part is shown: this grid unmounts; coming back mounts it afresh.
    cleanup();
    mount('applications', store);
    const again = cell(NATURAL);
    expect(again.value).toBe('abc');
    expect(again.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('请输入非负整数')).toBeDefined();
    expect(store.findings.filter((f) => f.check === 'cell.invalid').map((f) => f.actual)).toEqual([
      'abc',
    ]);
    // Fixing it: type a number over it.
    focus(again);
    type(again, '4');
    fireEvent.keyDown(again, { key: 'Enter' });
    expect(valueOf(store, NATURAL)).toBe(4);
    expect(store.invalidEntry(NATURAL)).toBeNull();
    expect(again.getAttribute('aria-invalid')).toBeNull();
  });

  it('Escape cancels the edit and restores the value', () => {
    const store = mount('applications');
    const input = cell(NATURAL);
    focus(input);
    type(input, '5');
    fireEvent.keyDown(input, { key: 'Enter' });
    focus(input);
    type(input, '99');
    expect(cell(TOTAL).value).toBe('99');
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(valueOf(store, NATURAL)).toBe(5);
    expect(input.value).toBe('5');
    expect(cell(TOTAL).value).toBe('5');
  });

  it('normalises full-width digits and units on commit', () => {
    const store = mount('applications');
    const input = cell(NATURAL);
    focus(input);
    type(input, '１２件');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(valueOf(store, NATURAL)).toBe(12);
    expect(input.value).toBe('12');
  });

  it('does not commit in the middle of an IME composition', () => {
    const store = mount('applications');
    const input = cell(NATURAL);
    focus(input);
    fireEvent.compositionStart(input);
    fireEvent.change(input, { target: { value: 'yi' } });
    expect(valueOf(store, NATURAL)).toBeNull();
    expect(input.getAttribute('aria-invalid')).toBeNull();
    fireEvent.change(input, { target: { value: '１' } });
    fireEvent.compositionEnd(input);
    expect(valueOf(store, NATURAL)).toBe(1);
  });

  it('moves with Enter (down), Tab (right) and arrows, skipping totals for Enter and Tab', () => {
    mount('applications');
    focus(cell('applications.received.otherOrg'));
    fireEvent.keyDown(active(), { key: 'Tab' });
    expect(document.activeElement).toBe(cell('applications.carriedOver.naturalPerson'));
    fireEvent.keyDown(active(), { key: 'Enter' });
    expect(document.activeElement).toBe(cell('applications.disclosed.naturalPerson'));
    fireEvent.keyDown(active(), { key: 'Enter', shiftKey: true });
    expect(document.activeElement).toBe(cell('applications.carriedOver.naturalPerson'));
    focus(cell('applications.received.otherOrg'));
    fireEvent.keyDown(active(), { key: 'ArrowRight' });
    expect(document.activeElement).toBe(cell(TOTAL));
    fireEvent.keyDown(active(), { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(cell('applications.received.otherOrg'));
  });

  it('commits and moves with Up/Down in edit mode, but leaves Left/Right to the caret', () => {
    const store = mount('applications');
    const input = cell('applications.carriedOver.naturalPerson');
    focus(input);
    type(input, '4');
    fireEvent.keyDown(input, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(input);
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(cell(NATURAL));
    expect(valueOf(store, 'applications.carriedOver.naturalPerson')).toBe(4);
  });

  it('F2 and double click edit without clearing; typing replaces', () => {
    const store = mount('applications');
    const input = cell(NATURAL);
    focus(input);
    type(input, '5');
    fireEvent.keyDown(input, { key: 'Enter' });
    focus(input);
    fireEvent.keyDown(input, { key: 'F2' });
    fireEvent.change(input, { target: { value: '57' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(valueOf(store, NATURAL)).toBe(57);
    focus(input);
    fireEvent.doubleClick(input);
    expect(input.selectionStart).toBe(2);
    fireEvent.change(input, { target: { value: '570' } });
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(valueOf(store, NATURAL)).toBe(57);
    // In navigate mode a typed character starts a new value.
    fireEvent.keyDown(input, { key: '8' });
    expect(input.selectionStart).toBe(0);
    expect(input.selectionEnd).toBe(2);
  });

  it('keeps totals read-only: typing and Delete do nothing there', () => {
    const store = mount('applications');
    focus(cell(NATURAL));
    type(cell(NATURAL), '4');
    fireEvent.keyDown(cell(NATURAL), { key: 'Enter' });
    const total = cell(TOTAL);
    focus(total);
    const typed = fireEvent.keyDown(total, { key: '9' });
    expect(typed).toBe(false); // default prevented
    fireEvent.keyDown(total, { key: 'Delete' });
    expect(valueOf(store, TOTAL)).toBe(4);
  });

  it('clears a cell with Delete in navigate mode; blank is not zero', () => {
    const store = mount('applications');
    const input = cell(NATURAL);
    focus(input);
    type(input, '0');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(valueOf(store, NATURAL)).toBe(0);
    focus(input);
    fireEvent.keyDown(input, { key: 'Delete' });
    expect(valueOf(store, NATURAL)).toBeNull();
    expect(cell(TOTAL).value).toBe('');
  });

  it('focusCell focuses a cell by id and reports a missing one', () => {
    mount('review');
    expect(focusCell('review.litigationDirect.pending')).toBe(true);
    expect(document.activeElement).toBe(cell('review.litigationDirect.pending'));
    expect(focusCell('review.nothing.here')).toBe(false);
  });

  it('marks a cell with a failing check by border, badge and description once typing pauses', () => {
    vi.useFakeTimers();
    onTestFinished(() => {
      vi.useRealTimers();
    });
    const store = mount('applications');
    fireEvent.click(screen.getByRole('button', { name: '填零' }));
    focus(cell(NATURAL));
    type(cell(NATURAL), '5');
    const balanced = cell('applications.carriedForward.naturalPerson');
    // The total follows the keystroke at once; the check results wait until typing pauses.
    expect(cell(TOTAL).value).toBe('5');
    expect(balanced.getAttribute('aria-invalid')).toBeNull();
    act(() => {
      vi.advanceTimersByTime(CHECK_PAUSE_MS);
    });
    expect(balanced.getAttribute('aria-invalid')).toBe('true');
    const note = document.getElementById(balanced.getAttribute('aria-describedby') ?? '');
    expect(note?.textContent).toContain('自然人');
    expect(balanced.parentElement?.querySelector('.grid-cell__badge')?.textContent).toBe('!');
    act(() => {
      store.undo();
    });
    expect(balanced.getAttribute('aria-invalid')).toBeNull();
  });

  it('stops marking a warning the user acknowledged (确认无误), and marks it again when withdrawn', () => {
    const blank = createBlankDocument({ agency: '测试局', year: 2021 });
    const store = mount(
      'proactive',
      new ReportStore(asRestored({ ...blank, agencyLevel: 'county-department' })),
    );
    const rules = cell('proactive.rules.issued');
    focus(rules);
    type(rules, '2');
    fireEvent.keyDown(rules, { key: 'Enter' });
    expect(rules.getAttribute('aria-invalid')).toBe('true');
    expect(rules.parentElement?.querySelector('.grid-cell__badge')).not.toBeNull();
    const acknowledge = (acknowledged: boolean) => {
      act(() => {
        store.update(
          (doc) => ({
            ...doc,
            acknowledged: acknowledged
              ? [
                  {
                    check: 'proactive.rulesAuthority',
                    cell: 'proactive.rules.issued',
                    note: '本机关受委托起草规章',
                  },
                ]
              : [],
          }),
          { kind: 'acknowledge', label: '确认' },
        );
      });
    };
    acknowledge(true);
    expect(rules.getAttribute('aria-invalid')).toBeNull();
    expect(rules.parentElement?.querySelector('.grid-cell__badge')).toBeNull();
    expect(rules.getAttribute('aria-describedby')).toBeNull();
    acknowledge(false);
    expect(rules.getAttribute('aria-invalid')).toBe('true');
  });

  it('makes each edit of a cell its own undo step, even in quick succession', () => {
    const store = mount('applications');
    const input = cell(NATURAL);
    focus(input);
    type(input, '12');
    fireEvent.keyDown(input, { key: 'Enter' });
    focus(input);
    type(input, '5');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(valueOf(store, NATURAL)).toBe(5);
    act(() => {
      store.undo();
    });
    expect(valueOf(store, NATURAL)).toBe(12);
    act(() => {
      store.undo();
    });
    expect(valueOf(store, NATURAL)).toBeNull();
  });

  it('undoes Delete on its own: Ctrl+Z right after it brings back the value just cleared', () => {
    const store = mount('applications');
    const input = cell(NATURAL);
    focus(input);
    type(input, '7');
    fireEvent.keyDown(input, { key: 'Enter' });
    focus(input);
    fireEvent.keyDown(input, { key: 'F2' });
    fireEvent.change(input, { target: { value: '74' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    focus(input);
    fireEvent.keyDown(input, { key: 'Delete' });
    expect(valueOf(store, NATURAL)).toBeNull();
    fireEvent.keyDown(input, { key: 'z', ctrlKey: true });
    expect(valueOf(store, NATURAL)).toBe(74);
    expect(input.value).toBe('74');
  });
});

describe('TableGrid paste and 填零', { timeout: 20_000 }, () => {
  function paste(input: HTMLInputElement, text: string) {
    fireEvent.paste(input, {
      clipboardData: { getData: (kind: string) => (kind === 'text/plain' ? text : '') },
    });
  }

  it('previews a block paste and applies it as one undo step', () => {
    const store = mount('applications');
    const input = cell(NATURAL);
    focus(input);
    paste(input, '1\t2\t3\r\n4\t5\t6\r\n');
    const dialog = screen.getByRole('dialog', { name: '粘贴预览' });
    expect(dialog.textContent).toContain('2 行 × 3 列');
    expect(valueOf(store, NATURAL)).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: '确定粘贴' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(cell(TOTAL).value).toBe('6');
    expect(cell('applications.carriedOver.total').value).toBe('15');
    act(() => {
      store.undo();
    });
    expect(cell(TOTAL).value).toBe('');
    expect(cell('applications.carriedOver.total').value).toBe('');
  });

  it('lists pasted “-”, “—”, “/”, “无” and pastes them as 0 or blank, as chosen', () => {
    const store = mount('applications');
    const input = cell(NATURAL);
    focus(input);
    paste(input, '—\t/\t无\t2');
    const dialog = screen.getByRole('dialog', { name: '粘贴预览' });
    const marks = within(dialog).getByRole('list', { name: '粘贴的符号' });
    expect(
      within(marks)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      '「一、本年新收政府信息公开申请数量 自然人」：“—”',
      '「一、本年新收政府信息公开申请数量 商业企业」：“/”',
      '「一、本年新收政府信息公开申请数量 科研机构」：“无”',
    ]);
    expect(within(dialog).getByRole('radio', { name: '空白（留待填写）' })).toHaveProperty(
      'checked',
      true,
    );
    fireEvent.click(within(dialog).getByRole('radio', { name: '0' }));
    fireEvent.click(within(dialog).getByRole('button', { name: '确定粘贴' }));
    expect(valueOf(store, NATURAL)).toBe(0);
    expect(cell(TOTAL).value).toBe('2');
    expect(store.undoKind).toBe('paste');
    act(() => {
      store.undo();
    });
    // Left as blank (the default), the marks write nothing.
    paste(cell(NATURAL), '—\t/\t无\t2');
    fireEvent.click(
      within(screen.getByRole('dialog', { name: '粘贴预览' })).getByRole('button', {
        name: '确定粘贴',
      }),
    );
    expect(valueOf(store, NATURAL)).toBeNull();
    expect(cell(TOTAL).value).toBe('2');
  });

  it('lists the cells a paste would overwrite', () => {
    const store = mount('applications');
    const input = cell(NATURAL);
    focus(input);
    type(input, '9');
    fireEvent.keyDown(input, { key: 'Enter' });
    paste(input, '1\t2');
    const dialog = screen.getByRole('dialog', { name: '粘贴预览' });
    expect(dialog.textContent).toContain('将覆盖 1 个');
    expect(dialog.textContent).toContain('「一、本年新收政府信息公开申请数量 自然人」：9 → 1');
    fireEvent.click(within(dialog).getByRole('button', { name: '取消' }));
    expect(valueOf(store, NATURAL)).toBe(9);
  });

  it('refuses a paste that does not fit and changes nothing', () => {
    const store = mount('applications');
    const input = cell('applications.received.legalService');
    focus(input);
    paste(input, '1\t2\t3\t4');
    const dialog = screen.getByRole('dialog', { name: '无法粘贴' });
    expect(dialog.textContent).toContain('第 1 行有 4 个值');
    fireEvent.click(within(dialog).getByRole('button', { name: '关闭' }));
    expect(valueOf(store, 'applications.received.legalService')).toBeNull();
    expect(store.canUndo).toBe(false);
  });

  it('sets a single pasted value without a dialog', () => {
    const store = mount('applications');
    const input = cell(NATURAL);
    focus(input);
    paste(input, '12件\r\n');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(valueOf(store, NATURAL)).toBe(12);
    expect(input.value).toBe('12');
  });

  it('填零 fills only blank inputs in one step and is disabled when nothing is blank', () => {
    const store = mount('review');
    const input = cell('review.reconsideration.upheld');
    focus(input);
    type(input, '3');
    fireEvent.keyDown(input, { key: 'Enter' });
    const button = screen.getByRole('button', { name: '填零' });
    expect(button.getAttribute('title')).toBe('将本表所有空白输入单元格填为 0');
    fireEvent.click(button);
    expect(valueOf(store, 'review.reconsideration.upheld')).toBe(3);
    expect(valueOf(store, 'review.litigationAfterReconsideration.pending')).toBe(0);
    expect(cell('review.reconsideration.total').value).toBe('3');
    expect((button as HTMLButtonElement).disabled).toBe(true);
    act(() => {
      store.undo();
    });
    expect(valueOf(store, 'review.litigationAfterReconsideration.pending')).toBeNull();
    expect((button as HTMLButtonElement).disabled).toBe(false);
  });

  it('填零 hands focus to the first cell it filled, not to the page, as the button disables', () => {
    mount('review');
    const input = cell('review.reconsideration.upheld');
    focus(input);
    type(input, '3');
    fireEvent.keyDown(input, { key: 'Enter' });
    const button = screen.getByRole('button', { name: '填零' });
    focus(button as HTMLInputElement);
    fireEvent.click(button);
    expect((button as HTMLButtonElement).disabled).toBe(true);
    expect(document.activeElement).toBe(cell('review.reconsideration.corrected'));
  });
});
