import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { blankDoc, readyDoc, setAll } from '../../../../testing/testDocs';
import type { RestoredDocument } from '../../../report/document';
import { EditorScreen } from '../EditorScreen';
import { ReportStore } from '../../state/reportStore';

afterEach(() => {
  cleanup();
  sessionStorage.clear();
});

const RECEIVED = 'applications.received.naturalPerson';
const DISCLOSED = 'applications.disclosed.naturalPerson';

function setup(doc: RestoredDocument, previous: RestoredDocument | null) {
  const store = new ReportStore(doc, { previous });
  render(<EditorScreen store={store} />);
  return store;
}

function open(part: RegExp) {
  fireEvent.click(
    within(screen.getByRole('navigation', { name: '报告各部分' })).getByRole('button', {
      name: part,
    }),
  );
}

const toggle = () => screen.getByRole('button', { name: '与上年对比' });
const line = (id: string) => {
  const row = document.querySelector<HTMLTableRowElement>(`tr[data-compare="${id}"]`);
  if (row === null) throw new Error(`no comparison line ${id}`);
  return [...row.cells].map((c) => c.textContent);
};
const panel = () => screen.getByRole('complementary', { name: '检查结果' });

describe('与上年对比', () => {
  it('without a linked report there is no toggle, only how to link one', () => {
    setup(blankDoc('2021', { year: 2022 }), null);
    open(/^三、/);
    expect(screen.queryByRole('button', { name: '与上年对比' })).toBeNull();
    expect(screen.getByText(/尚未关联上年报告。点页面上方的“参考上年”关联后/)).toBeTruthy();
  });

  it('shows 上年 / 本年 / 增减 of 表三 总计, live as this year’s cells change', async () => {
    const previous = setAll(blankDoc('2021', { year: 2021 }), { [RECEIVED]: 120 });
    const store = setup(blankDoc('2021', { year: 2022 }), previous);
    open(/^三、/);
    const input = () => document.querySelector<HTMLInputElement>(`input[data-cell="${RECEIVED}"]`);
    const nameBefore = input()?.getAttribute('aria-label');
    expect(toggle().getAttribute('aria-pressed')).toBe('false');
    expect(document.querySelector('[data-compare]')).toBeNull();

    fireEvent.click(toggle());
    // The view loads on demand.
    await waitFor(() => {
      expect(document.getElementById(toggle().getAttribute('aria-controls') ?? '')).not.toBeNull();
    });
    expect(toggle().getAttribute('aria-pressed')).toBe('true');
    const table = screen.getByRole('table', { name: '表三与上年对比（总计）' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['项目', '上年（2021年）', '本年（2022年）', '增减', '增减幅度']);
    // Blank this year is 待填写, never 0; blank last year is 未填写.
    expect(line('applications.received.total')).toEqual([
      '一、本年新收政府信息公开申请数量',
      '120',
      '待填写',
      '—',
      '—',
    ]);
    expect(line('applications.carriedOver.total')).toEqual([
      '二、上年结转政府信息公开申请数量',
      '未填写',
      '待填写',
      '—',
      '—',
    ]);

    act(() => {
      store.setCell({ table: 'applications', row: 'received', column: 'naturalPerson' }, 310);
    });
    expect(line('applications.received.total')).toEqual([
      '一、本年新收政府信息公开申请数量',
      '120',
      '310',
      '+190',
      '+158%变化较大',
    ]);
    act(() => {
      store.setCell({ table: 'applications', row: 'received', column: 'naturalPerson' }, 130);
    });
    expect(line('applications.received.total').slice(2)).toEqual(['130', '+10', '+8%']);

    // The grid is untouched: same cell, same accessible name; the view has no data-cell.
    expect(input()?.getAttribute('aria-label')).toBe(nameBefore);
    expect(table.querySelector('[data-cell]')).toBeNull();
    expect(table.querySelector('input')).toBeNull();

    // Another column of 表三.
    fireEvent.change(screen.getByLabelText('对比的栏目'), { target: { value: 'naturalPerson' } });
    expect(screen.getByRole('table', { name: '表三与上年对比（自然人）' })).toBeTruthy();
    expect(line(RECEIVED).slice(1)).toEqual(['120', '130', '+10', '+8%']);

    // Still on in the next table; off again for all.
    open(/^四、/);
    expect(toggle().getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('table', { name: '表四与上年对比' })).toBeTruthy();
    fireEvent.click(toggle());
    expect(document.querySelector('[data-compare]')).toBeNull();
    open(/^三、/);
    expect(toggle().getAttribute('aria-pressed')).toBe('false');
  });

  it('across editions: 上年无此项 for rows last year’s edition lacks; 表二 says why not', async () => {
    const previous = setAll(blankDoc('2019', { year: 2020 }), { [RECEIVED]: 7 });
    setup(blankDoc('2021', { year: 2021 }), previous);
    open(/^三、/);
    fireEvent.click(toggle());
    // The view loads on demand.
    await waitFor(() => {
      expect(document.getElementById(toggle().getAttribute('aria-controls') ?? '')).not.toBeNull();
    });
    expect(line('applications.otherOther.total').slice(0, 2)).toEqual([
      '（六）3.其他',
      '上年无此项',
    ]);
    expect(line('applications.received.total')[1]).toBe('7');
    expect(screen.getByText(/两版相同的行逐行对比/)).toBeTruthy();

    open(/^二、/);
    expect(toggle().getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText(/表二两版栏目含义不同，不作逐项对比/)).toBeTruthy();
    expect(document.querySelector('[data-compare]')).toBeNull();
  });

  it('lists 表四 as fifteen lines under their row labels', async () => {
    const previous = setAll(readyDoc('2021', { year: 2021 }), {
      'review.reconsideration.upheld': 4,
    });
    setup(readyDoc('2021', { year: 2022 }), previous);
    open(/^四、/);
    fireEvent.click(toggle());
    // The view loads on demand.
    await waitFor(() => {
      expect(document.getElementById(toggle().getAttribute('aria-controls') ?? '')).not.toBeNull();
    });
    const rows = document.querySelectorAll('tr[data-compare]');
    expect(rows).toHaveLength(15);
    expect(line('review.reconsideration.upheld')).toEqual([
      '行政复议',
      '结果维持',
      '4',
      '0',
      '-4',
      '-100%',
    ]);
    expect(line('review.reconsideration.corrected')).toEqual(['结果纠正', '0', '0', '0', '—']);
  });
});

describe('year-on-year hints in the check list', () => {
  const previous = setAll(readyDoc('2021', { year: 2021 }), { [RECEIVED]: 120, [DISCLOSED]: 120 });

  it('are a group of 提示 apart from the checks, in no count, each leading to its cell', () => {
    setup(
      setAll(readyDoc('2021', { year: 2022 }), { [RECEIVED]: 310, [DISCLOSED]: 310 }),
      previous,
    );
    const list = within(panel()).getByRole('list', { name: '与上年相比变化较大' });
    const hints = within(list).getAllByRole('button');
    expect(hints.map((h) => h.textContent)).toEqual([
      'i同比表三「一、本年新收政府信息公开申请数量」总计：上年 120 件，本年 310 件，增加 158%',
      'i同比表三「（一）予以公开」总计：上年 120 件，本年 310 件，增加 158%',
    ]);
    expect(within(panel()).getByText('与上年相比变化较大（2 条提示）')).toBeTruthy();
    // A report with only hints has no errors or warnings.
    expect(within(panel()).getByText('未发现错误或警告')).toBeTruthy();
    expect(panel().querySelectorAll('[data-finding]')).toHaveLength(0);

    const [first] = hints;
    if (first === undefined) throw new Error('no hint');
    fireEvent.click(first);
    expect(document.activeElement).toBe(
      document.querySelector('input[data-cell="applications.received.total"]'),
    );
  });

  it('go away when the numbers are back near last year’s or the link is removed', () => {
    const store = setup(
      setAll(readyDoc('2021', { year: 2022 }), { [RECEIVED]: 310, [DISCLOSED]: 310 }),
      previous,
    );
    act(() => {
      store.setCells(
        [
          [{ table: 'applications', row: 'received', column: 'naturalPerson' }, 125],
          [{ table: 'applications', row: 'disclosed', column: 'naturalPerson' }, 125],
        ],
        { kind: 'edit', label: '编辑单元格' },
      );
    });
    expect(within(panel()).queryByRole('list', { name: '与上年相比变化较大' })).toBeNull();
    act(() => {
      store.setCell({ table: 'applications', row: 'received', column: 'naturalPerson' }, 400);
    });
    expect(within(panel()).getAllByText(/上年 120 件，本年 400 件/)).toHaveLength(1);
    act(() => {
      store.setPrevious(null);
    });
    expect(within(panel()).queryByText(/与上年相比变化较大/)).toBeNull();
  });
});
