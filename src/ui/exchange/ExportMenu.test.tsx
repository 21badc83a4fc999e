import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
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
    expect(items()).toEqual(['导出 JSON 文件', '导出 HTML 文件（可打印）', '打印预览']);
    const [json, html, preview] = screen.getAllByRole('menuitem');
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

  it('打印预览 shows exactly the exported HTML in a frame without scripts', () => {
    const button = mount();
    fireEvent.click(button);
    fireEvent.click(screen.getByRole('menuitem', { name: '打印预览' }));
    const dialog = screen.getByRole('dialog', { name: /打印预览\s*测试区政务服务中心2024年/ });
    const frame = dialog.querySelector('iframe');
    expect(frame?.getAttribute('srcdoc')).toBe(renderReportHtml(doc));
    expect(frame?.getAttribute('sandbox')).toBe('allow-modals allow-same-origin');
    expect(screen.getByRole('button', { name: '打印' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '关闭' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(button);
  });
});
