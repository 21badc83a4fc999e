import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExtractedReport, LocatedCell } from '../../../io/import/types';
import { createBlankDocument } from '../../../report/blank';
import { asRestored, type RestoredDocument } from '../../../report/document';
import { recomputeAll } from '../../../report/totals';
import type { ExistingReport, ImportDecision } from '../importFlow';
import type { BuiltImport, ImportEngine } from './engine';
import ImportReview from './ImportReview';
import type { ImportSource } from './importSource';
import SHANGHAI_HTML from '../../../../fixtures/import-ui/shanghai-shizhengfubangongting-2019.html?raw';

afterEach(cleanup);

const AGENCY = '测试市人民政府';

/** A small stand-in for the importer: one read, one inferred and one missing cell. */
function fakeBuilt(): BuiltImport {
  const blank = createBlankDocument({ agency: AGENCY, year: 2024 });
  const applications = blank.tables.applications;
  const doc = asRestored(
    recomputeAll({
      ...blank,
      sections: { ...blank.sections, overview: '本年度，我市……\n<b>不是标记</b>' },
      tables: {
        ...blank.tables,
        applications: {
          ...applications,
          received: { ...applications.received, naturalPerson: 1816, commercial: 3 },
          carriedForward: { ...applications.carriedForward, naturalPerson: 7 },
        },
      },
    }),
  );
  const cells: LocatedCell[] = [
    {
      cell: 'applications.received.naturalPerson',
      value: 1816,
      status: 'read',
      source: '1,816件<img src=x onerror=alert(1)>',
    },
    {
      cell: 'applications.received.commercial',
      value: 3,
      status: 'inferred',
      how: '跨页表格的续表中重复了这一行',
    },
    { cell: 'applications.received.research', value: null, status: 'notFound' },
    {
      cell: 'applications.carriedForward.naturalPerson',
      value: 7,
      status: 'read',
      source: '7',
    },
  ];
  const extracted: ExtractedReport = {
    sourceKind: 'docx',
    format: '2021',
    agency: AGENCY,
    year: 2024,
    title: `${AGENCY}2024年政府信息公开工作年度报告`,
    preface: null,
    sections: { overview: '本年度，我市……' },
    publicationDate: null,
    cells,
    hasDisclosureStats: false,
    problems: [],
  };
  return {
    extracted,
    document: doc,
    problems: [
      {
        severity: 'warning',
        severityText: '警告',
        message: '表三「一、本年新收政府信息公开申请数量」行「科研机构」列：原文中未找到，已留空',
        cell: 'applications.received.research',
      },
      {
        severity: 'warning',
        severityText: '警告',
        message: '表三「二、上年结转政府信息公开申请数量」行：原文中未找到这一行',
        cell: 'applications.carriedOver',
      },
    ],
  };
}

const SOURCE: ImportSource = {
  origin: 'file',
  name: '2024年报.docx',
  bytes: new Uint8Array([1, 2, 3]),
};

function mount(options: { engine: ImportEngine; existing?: readonly ExistingReport[] }) {
  const decisions: [ImportDecision, RestoredDocument][] = [];
  const calls = { cancel: 0, other: 0 };
  render(
    <ImportReview
      source={SOURCE}
      engine={options.engine}
      existing={options.existing ?? []}
      busy={false}
      onDecide={(d, doc) => {
        decisions.push([d, doc]);
      }}
      onCancel={() => {
        calls.cancel += 1;
      }}
      onOther={() => {
        calls.other += 1;
      }}
    />,
  );
  return { decisions, calls };
}

/** The review once built. Queries stay narrow: the tables hold some 300 cell buttons. */
async function ready(): Promise<{ panel: HTMLElement; choice: HTMLElement }> {
  return waitFor(
    () => {
      const panel = document.querySelector<HTMLElement>('.import-review__side');
      const choice = document.querySelector<HTMLElement>('.import-review__choice');
      if (panel === null || choice === null) throw new Error('not built yet');
      return { panel, choice };
    },
    // The app's own importer reads a whole page; give it time on a loaded machine.
    { timeout: 20_000 },
  );
}

const cellButton = (id: string) => document.querySelector<HTMLElement>(`[data-cell="${id}"]`);

const engineOf = (built: BuiltImport): ImportEngine => ({ run: () => Promise.resolve(built) });

// Rendering four tables of some 300 cells in jsdom takes a while on a loaded machine.
describe('ImportReview', { timeout: 30_000 }, () => {
  it('shows every cell with its status, the legend counts and the source text as text', async () => {
    mount({ engine: engineOf(fakeBuilt()) });
    const { panel } = await ready();
    const legend = document.querySelector('[aria-label="单元格状态"]');
    expect(legend?.textContent).toContain('已读取 2');
    expect(legend?.textContent).toContain('推断（请核对） 1');
    expect(legend?.textContent).toContain('未找到（已留空） 1');

    const read = cellButton('applications.received.naturalPerson');
    expect(read?.getAttribute('data-status')).toBe('read');
    expect(read?.getAttribute('aria-label')).toBe('一、本年新收政府信息公开申请数量 自然人：1816');
    expect(
      document
        .querySelector('[data-cell="applications.received.commercial"]')
        ?.getAttribute('data-status'),
    ).toBe('inferred');
    // A cell no adapter mentioned counts as not found; a total is computed, not imported.
    expect(
      document
        .querySelector('[data-cell="applications.received.otherOrg"]')
        ?.getAttribute('data-status'),
    ).toBe('notFound');
    expect(
      document
        .querySelector('[data-cell="applications.received.total"]')
        ?.getAttribute('data-status'),
    ).toBe('computed');

    // Focus shows the source; the markup in it stays text.
    fireEvent.focus(read ?? document.body);
    expect(within(panel).getByText('1,816件<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('.import-review__report b')).toBeNull();
    expect(document.querySelector('.import-review__report')?.textContent).toContain(
      '<b>不是标记</b>',
    );
  });

  it('selecting a cell highlights it and keeps its source shown; a problem leads to its cell', async () => {
    mount({ engine: engineOf(fakeBuilt()) });
    const { panel } = await ready();
    const inferred = cellButton('applications.received.commercial');
    expect(inferred?.getAttribute('aria-label')).toBe(
      '一、本年新收政府信息公开申请数量 商业企业：3',
    );
    fireEvent.click(inferred ?? document.body);
    expect(inferred?.getAttribute('aria-pressed')).toBe('true');
    expect(within(panel).getByText('跨页表格的续表中重复了这一行')).toBeTruthy();

    const problems = within(panel).getByRole('list', { name: '导入中的问题' });
    const [toCell, toRow] = within(problems).getAllByRole('button', { name: /^在表格中查看/ });
    fireEvent.click(toCell ?? document.body);
    const missing = cellButton('applications.received.research');
    expect(missing?.getAttribute('aria-pressed')).toBe('true');
    expect(document.activeElement).toBe(missing);
    expect(within(panel).getByText(/原文中没有找到这个单元格/)).toBeTruthy();
    // A problem about a whole row leads to its first cell.
    fireEvent.click(toRow ?? document.body);
    expect(document.activeElement).toBe(cellButton('applications.carriedOver.naturalPerson'));
  });

  it('is one tab stop per table; the arrows move between cells and show their source', async () => {
    mount({ engine: engineOf(fakeBuilt()) });
    const { panel } = await ready();
    // Focus moves in an effect after the review is drawn.
    await waitFor(() => {
      expect(document.activeElement?.getAttribute('aria-label')).toBe('导入的报告');
    });
    const applications = document.querySelector('table[aria-label^="表三"]');
    const stops = applications?.querySelectorAll('button[tabindex="0"]') ?? [];
    expect([...stops].map((b) => b.getAttribute('data-cell'))).toEqual([
      'applications.received.naturalPerson',
    ]);
    const first = cellButton('applications.received.naturalPerson');
    act(() => {
      first?.focus();
    });
    fireEvent.keyDown(first ?? document.body, { key: 'ArrowRight' });
    const next = cellButton('applications.received.commercial');
    expect(document.activeElement?.getAttribute('data-cell')).toBe(
      'applications.received.commercial',
    );
    expect(document.activeElement).toBe(next);
    expect(next?.getAttribute('tabindex')).toBe('0');
    expect(first?.getAttribute('tabindex')).toBe('-1');
    expect(within(panel).getByText('跨页表格的续表中重复了这一行')).toBeTruthy();
    fireEvent.keyDown(next ?? document.body, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(cellButton('applications.carriedOver.commercial'));
  });

  it('lists the check results of the imported report', async () => {
    mount({ engine: engineOf(fakeBuilt()) });
    const { panel } = await ready();
    expect(panel.getAttribute('aria-label')).toBe('原文与检查');
    expect(within(panel).getByRole('heading', { name: '检查结果' })).toBeTruthy();
    expect(within(panel).getByRole('list', { name: '检查结果统计' })).toBeTruthy();
    // Most cells are blank in the stand-in: the check list says so as 待填写.
    expect(within(panel).getByText(/待填写（\d+ 项检查 · \d+ 个空白单元格）/)).toBeTruthy();
  });

  it('creates a new report, or last year’s report of a later one; nothing before 确认导入', async () => {
    const built = fakeBuilt();
    const later: ExistingReport = { id: 'r-2025', agency: AGENCY, year: 2025, updatedAt: 2 };
    const other: ExistingReport = { id: 'r-2023', agency: AGENCY, year: 2023, updatedAt: 3 };
    const { decisions } = mount({ engine: engineOf(built), existing: [other, later] });
    const { choice } = await ready();
    const lastYear = within(choice).getByRole('radio', { name: '已有报告的上年报告' });
    expect(decisions).toEqual([]);
    fireEvent.click(lastYear);
    const select = within(choice).getByRole('combobox', { name: '作为哪份报告的上年报告' });
    // Only later years are offered.
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([`${AGENCY}2025年政府信息公开工作年度报告`]);
    fireEvent.click(within(choice).getByRole('button', { name: '确认导入' }));
    expect(decisions.map(([d]) => d)).toEqual([{ kind: 'lastYearOf', reportId: 'r-2025' }]);
    expect(decisions[0]?.[1]).toBe(built.document);

    // No report of the same agency and year: nothing to replace.
    expect(within(choice).queryByRole('radio', { name: /^替换现有报告/ })).toBeNull();
    fireEvent.click(within(choice).getByRole('radio', { name: /^新报告/ }));
    fireEvent.click(within(choice).getByRole('button', { name: '确认导入' }));
    expect(decisions.map(([d]) => d)[1]).toEqual({ kind: 'new' });
  });

  it('offers to replace a stored report of the same agency and year', async () => {
    const same: ExistingReport = { id: 'r-2024', agency: AGENCY, year: 2024, updatedAt: 5 };
    const { decisions } = mount({ engine: engineOf(fakeBuilt()), existing: [same] });
    const { choice } = await ready();
    fireEvent.click(within(choice).getByRole('radio', { name: '替换现有报告（先保存修订快照）' }));
    fireEvent.click(within(choice).getByRole('button', { name: '确认导入' }));
    expect(decisions.map(([d]) => d)).toEqual([{ kind: 'replace', reportId: 'r-2024' }]);
  });

  it('says why a document could not be read and offers another file', async () => {
    const { calls } = mount({
      engine: { run: () => Promise.reject(new Error('这个 PDF 只有图片，没有文字层，无法读取')) },
    });
    expect((await screen.findByRole('alert')).textContent).toBe(
      '这个 PDF 只有图片，没有文字层，无法读取',
    );
    expect(screen.getByText('无法导入“2024年报.docx”，未做任何改动。')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '确认导入' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '选择其他文件' }));
    expect(calls.other).toBe(1);
  });

  it('reads a published page with the app’s importer (no stand-in)', async () => {
    render(
      <ImportReview
        source={{
          origin: 'file',
          name: 'shanghai-2019.html',
          bytes: new TextEncoder().encode(SHANGHAI_HTML),
        }}
        existing={[]}
        busy={false}
        onDecide={() => undefined}
        onCancel={() => undefined}
        onOther={() => undefined}
      />,
    );
    await ready();
    const facts = document.querySelector('.import-review__facts')?.textContent ?? '';
    expect(facts).toContain('上海市人民政府办公厅');
    expect(facts).toContain('2019年');
    expect(facts).toContain('网页“shanghai-2019.html”');
    const forward = cellButton('applications.carriedForward.naturalPerson');
    expect(forward?.textContent).toBe('72');
    expect(forward?.getAttribute('data-status')).toBe('read');
  });
});
