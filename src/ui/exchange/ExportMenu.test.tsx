import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderReportHtml } from '../../io/html';
import { createBlankDocument } from '../../report/blank';
import { asRestored } from '../../report/document';
import { ExportMenu } from './ExportMenu';

afterEach(cleanup);

const doc = asRestored({
  ...createBlankDocument({ agency: '测试区政务服务中心', year: 2024 }),
  preface: '"><img src=x onerror="window.__pwned=1">',
});

function mount(): HTMLElement {
  render(<ExportMenu getDocument={() => doc} />);
  return screen.getByRole('button', { name: '导出' });
}

const items = () =>
  screen.getAllByRole('menuitem').map((el) => el.querySelector('.export-menu__label')?.textContent);

describe('ExportMenu', () => {
  it('is a menu button: ↓ opens on the first item, keys move, Esc returns to the button', () => {
    const button = mount();
    expect(button.getAttribute('aria-haspopup')).toBe('menu');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.keyDown(button, { key: 'ArrowDown' });
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(items()).toEqual([
      '导出 JSON 文件',
      '导出 HTML 文件（可打印）',
      '导出 Word 文件（.docx）',
      '导出 Excel 表格（.xlsx）',
      '导出网页片段（.html）',
      '复制网页片段到剪贴板',
      '导出报送包（.zip）',
      '打印预览',
    ]);
    const menuItems = screen.getAllByRole('menuitem');
    const [json, html] = menuItems;
    const preview = menuItems.at(-1);
    expect(document.activeElement).toBe(json);
    fireEvent.keyDown(document.activeElement ?? document.body, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(html);
    fireEvent.keyDown(document.activeElement ?? document.body, { key: 'End' });
    expect(document.activeElement).toBe(preview);
    fireEvent.keyDown(document.activeElement ?? document.body, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(json);
    fireEvent.keyDown(document.activeElement ?? document.body, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(preview);
    fireEvent.keyDown(document.activeElement ?? document.body, { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('↑ opens on the last item; a click outside closes the menu', () => {
    const button = mount();
    fireEvent.keyDown(button, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(screen.getByRole('menuitem', { name: '打印预览' }));
    fireEvent.pointerDown(document.body);
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('打印预览 shows exactly the exported HTML in a frame without scripts', async () => {
    const button = mount();
    fireEvent.click(button);
    fireEvent.click(screen.getByRole('menuitem', { name: '打印预览' }));
    // The preview loads on demand.
    const dialog = await screen.findByRole('dialog', {
      name: /打印预览\s*测试区政务服务中心2024年/,
    });
    const frame = dialog.querySelector('iframe');
    expect(frame?.getAttribute('srcdoc')).toBe(renderReportHtml(doc));
    expect(frame?.getAttribute('sandbox')).toBe('allow-modals allow-same-origin');
    expect(screen.getByRole('button', { name: '打印' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '关闭' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(button);
  });
});

describe('ExportMenu office formats', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('复制网页片段到剪贴板 puts text/html and text/plain on the clipboard', async () => {
    const written: Record<string, Promise<Blob>>[] = [];
    vi.stubGlobal(
      'ClipboardItem',
      class {
        readonly types: string[];
        constructor(items: Record<string, Promise<Blob>>) {
          written.push(items);
          this.types = Object.keys(items);
        }
      },
    );
    const write = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { write }, configurable: true });
    fireEvent.click(mount());
    fireEvent.click(screen.getByRole('menuitem', { name: /复制网页片段到剪贴板/ }));
    expect(await screen.findByText(/已复制到剪贴板/)).toBeTruthy();
    expect(write).toHaveBeenCalledTimes(1);
    const item = written[0] ?? {};
    expect(Object.keys(item).sort()).toEqual(['text/html', 'text/plain']);
    const html = await (await item['text/html'])?.text();
    const text = await (await item['text/plain'])?.text();
    expect(html).toContain('<table');
    expect(html).not.toMatch(/<script|<style|<img/);
    expect(text).toContain('测试区政务服务中心2024年政府信息公开工作年度报告');
  });

  it('导出 Word 文件 downloads a .docx under the report’s name', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    fireEvent.click(mount());
    fireEvent.click(screen.getByRole('menuitem', { name: /导出 Word 文件/ }));
    expect(
      await screen.findByText(
        '已导出 测试区政务服务中心2024年政府信息公开工作年度报告.docx',
        {},
        { timeout: 15_000 },
      ),
    ).toBeTruthy();
    expect(blobs[0]?.type).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(blobs[0]?.size).toBeGreaterThan(5000);
  }, 20_000);
});
