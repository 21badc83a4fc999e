import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createBlankDocument } from '../../report/blank';
import { ReportStore } from '../state/reportStore';
import { EditorScreen } from './EditorScreen';

afterEach(() => {
  cleanup();
  // The editor remembers the place in the tab (sessionStorage); each test starts afresh.
  sessionStorage.clear();
});

function setup() {
  const store = new ReportStore(createBlankDocument({ agency: '测试局', year: 2023 }));
  render(
    <EditorScreen
      store={store}
      saveStatus={<span>已保存</span>}
      header={<a href="#drafts">草稿</a>}
    />,
  );
  return store;
}

const nav = () => screen.getByRole('navigation', { name: '报告各部分' });
const panel = () => screen.getByRole('complementary', { name: '检查结果' });

describe('EditorScreen', () => {
  it('has the landmarks, the title and the slots of the header', () => {
    setup();
    const banner = screen.getByRole('banner');
    expect(within(banner).getByRole('heading', { level: 1 }).textContent).toBe(
      '测试局2023年政府信息公开工作年度报告',
    );
    expect(within(banner).getByText('已保存')).toBeTruthy();
    expect(within(banner).getByRole('link', { name: '草稿' })).toBeTruthy();
    expect(screen.getByRole('main')).toBeTruthy();
    expect(
      within(nav())
        .getAllByRole('button')
        .map((b) => b.dataset.part),
    ).toEqual(['basic', 'overview', 'proactive', 'applications', 'review', 'problems', 'other']);
    expect(panel()).toBeTruthy();
  });

  it('moves focus to the heading of the part it shows', async () => {
    setup();
    fireEvent.click(within(nav()).getByRole('button', { name: /^五、存在的主要问题及改进情况/ }));
    const heading = screen.getByRole('heading', { level: 2, name: '五、存在的主要问题及改进情况' });
    // Once the part's text (loaded on demand) is there.
    await waitFor(() => {
      expect(document.activeElement).toBe(heading);
    });
    expect(within(nav()).getByRole('button', { name: /^五、/ }).getAttribute('aria-current')).toBe(
      'true',
    );
  });

  it('leads from a section finding to the section’s text', async () => {
    setup();
    const finding = within(panel()).getByRole('button', {
      name: /「五、存在的主要问题及改进情况」还没有内容/,
    });
    fireEvent.click(finding);
    const text = await screen.findByRole('textbox', { name: '五、存在的主要问题及改进情况 正文' });
    await waitFor(() => {
      expect(document.activeElement).toBe(text);
    });
  });

  it('shows part state and counts in the navigation, and updates them with the report', () => {
    const store = setup();
    const problems = () => within(nav()).getByRole('button', { name: /^五、/ });
    // An empty section waits to be written (待填写 in the list), it is not a warning.
    expect(problems().textContent).toContain('未填写');
    expect(problems().textContent).not.toContain('警告');
    act(() => {
      store.update(
        (doc) => ({
          ...doc,
          sections: {
            ...doc.sections,
            problems: '（一）存在的主要问题\n\n（二）改进情况\n（见原文）',
          },
        }),
        { kind: 'edit', label: '插入提纲' },
      );
    });
    // The starter outline and a placeholder are not contents.
    expect(problems().textContent).toContain('未填写');
    act(() => {
      store.update((doc) => ({ ...doc, sections: { ...doc.sections, problems: '无。' } }), {
        kind: 'edit',
        label: '修改',
      });
    });
    expect(problems().textContent).toContain('已完成');
    expect(problems().textContent).not.toContain('警告');
  });

  it('returns after a reload to the part and the cell the user was in', () => {
    setup();
    fireEvent.click(within(nav()).getByRole('button', { name: /^三、/ }));
    const cell = document.querySelector<HTMLInputElement>(
      'input[data-cell="applications.rejectedDuplicate.commercial"]',
    );
    if (cell === null) throw new Error('no cell');
    cell.focus();
    cleanup();
    setup();
    expect(within(nav()).getByRole('button', { name: /^三、/ }).getAttribute('aria-current')).toBe(
      'true',
    );
    expect((document.activeElement as HTMLElement | null)?.dataset.cell).toBe(
      'applications.rejectedDuplicate.commercial',
    );
  });

  it('undoes with Ctrl+Z outside text fields, and the buttons name the step', () => {
    const store = setup();
    act(() => {
      store.update((doc) => ({ ...doc, agency: '另一局' }), {
        kind: 'edit',
        label: '修改机关名称',
      });
    });
    const undo = screen.getByRole('button', { name: '撤销' });
    expect(undo.getAttribute('title')).toBe('撤销：修改机关名称（Ctrl+Z）');
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    expect(store.document.agency).toBe('测试局');
    fireEvent.keyDown(document.body, { key: 'y', ctrlKey: true });
    expect(store.document.agency).toBe('另一局');
  });

  it('adds the statistics table under 六 and removes it after confirmation, undoably', async () => {
    const store = setup();
    fireEvent.click(within(nav()).getByRole('button', { name: /^六、/ }));
    fireEvent.click(await screen.findByRole('button', { name: '添加“公开及回应解读情况统计”表' }));
    expect(store.document.tables.disclosureStats).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '移除' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: '移除' }));
    expect(store.document.tables.disclosureStats).toBeNull();
    act(() => {
      store.undo();
    });
    expect(store.document.tables.disclosureStats).not.toBeNull();
  });

  it('collapses the check list but keeps the counts in view', () => {
    setup();
    const toggle = within(panel()).getByRole('button', { name: '收起' });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(toggle);
    expect(
      within(panel()).getByRole('button', { name: '展开' }).getAttribute('aria-expanded'),
    ).toBe('false');
    expect(within(panel()).getByRole('list', { name: '检查结果统计' })).toBeTruthy();
  });
});
