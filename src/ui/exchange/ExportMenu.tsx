import { lazy, Suspense, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { RestoredDocument } from '../../report/document';
import { OFFICE_EXPORTS, type OfficeFormat } from '../../io/export/officeExport';
import { downloadText } from '../common/download';
import { htmlExport, jsonExport, type ExportFile } from './exportFiles';
import './exchange.css';

export interface ExportMenuProps {
  /**
   * The report as it is now. Read only when an item is chosen, so the menu does not re-render
   * on every keystroke (in the editor: `() => store.document`).
   */
  readonly getDocument: () => RestoredDocument;
  /** Told after a file was handed to the browser to save (e.g. to remember the last backup). */
  readonly onExported?: (file: ExportFile) => void;
  /** The small button size of a toolbar (e.g. beside 报告列表 / 历史版本). */
  readonly compact?: boolean;
}

/** The preview and its HTML renderer load when 打印预览 is chosen, not with the editor. */
const PrintPreview = lazy(() =>
  import('./PrintPreview').then((m) => ({ default: m.PrintPreview })),
);

/** `正在生成 Word 文件……` → `生成 Word 文件失败`. */
function failedText(busy: string): string {
  return `${busy.replace(/^正在/u, '').replace(/……$/u, '')}失败`;
}

type MenuItem =
  | { readonly key: 'json' | 'html' | 'preview'; readonly label: string; readonly hint: string }
  | {
      readonly key: 'office' | 'copy';
      readonly format: OfficeFormat;
      readonly noun: string;
      readonly label: string;
      readonly hint: string;
    };

/** The JSON and HTML files, each office format (with its clipboard twin), then the preview. */
const ITEMS: readonly MenuItem[] = [
  { key: 'json', label: '导出 JSON 文件', hint: '可再导入、报送或备份' },
  { key: 'html', label: '导出 HTML 文件（可打印）', hint: '用浏览器打开即可打印' },
  ...OFFICE_EXPORTS.flatMap((e): MenuItem[] => {
    const file: MenuItem = {
      key: 'office',
      format: e.format,
      noun: e.noun,
      label: e.label,
      hint: e.hint,
    };
    if (!('clipboard' in e)) return [file];
    return [file, { key: 'copy', format: e.format, noun: e.noun, ...e.clipboard }];
  }),
  { key: 'preview', label: '打印预览', hint: '按 A4 纸查看并打印或另存为 PDF' },
];

/**
 * 导出: a menu button (WAI-ARIA menu pattern: Enter, Space or ↓ opens on the first item, ↑ on
 * the last; ↑/↓/Home/End move; Esc closes and returns to the button) with the two file exports
 * and the print preview.
 */
export function ExportMenu({ getDocument, onExported, compact = false }: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const [preview, setPreview] = useState<RestoredDocument | null>(null);
  // What the last office export or copy did, announced politely (they take a moment).
  const [status, setStatus] = useState('');
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  // Which item to focus once the menu has rendered (null: leave focus alone).
  const [focusIndex, setFocusIndex] = useState<number | null>(null);

  useEffect(() => {
    if (open && focusIndex !== null) itemRefs.current[focusIndex]?.focus();
  }, [open, focusIndex]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (e: PointerEvent): void => {
      if (e.target instanceof Node && rootRef.current?.contains(e.target) !== true) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [open]);

  const openAt = (index: number): void => {
    setFocusIndex(index);
    setOpen(true);
  };
  const closeToButton = (): void => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  const save = (file: ExportFile): void => {
    downloadText(file.name, file.text, file.type);
    onExported?.(file);
  };
  const runAsync = (busy: string, work: () => Promise<string>): void => {
    setStatus(busy);
    work().then(
      (done) => {
        setStatus(done);
        // A success note goes away by itself; a failure stays until the next action.
        setTimeout(() => {
          setStatus((now) => (now === done ? '' : now));
        }, 8000);
      },
      (error: unknown) => {
        const reason = error instanceof Error ? error.message : String(error);
        setStatus(`${failedText(busy)}：${reason}。报告本身没有改变。`);
      },
    );
  };
  const choose = (item: MenuItem): void => {
    // Focus the button before the menu item disappears: the preview returns focus there.
    closeToButton();
    const doc = getDocument();
    switch (item.key) {
      case 'json':
        save(jsonExport(doc, new Date()));
        return;
      case 'html':
        void htmlExport(doc).then(save, (error: unknown) => {
          const reason = error instanceof Error ? error.message : String(error);
          setStatus(`导出 HTML 文件失败：${reason}。报告本身没有改变。`);
        });
        return;
      case 'office': {
        const { format, noun } = item;
        runAsync(`正在生成${noun}……`, async () => {
          // The office writers and their libraries load only now, never with the page.
          const { saveOfficeFile } = await import('./officeActions');
          const name = await saveOfficeFile(doc, format);
          return `已导出 ${name}`;
        });
        return;
      }
      case 'copy':
        runAsync(`正在复制${item.noun}……`, async () => {
          const { copyToClipboard } = await import('./officeActions');
          await copyToClipboard(doc, item.format);
          return `已复制到剪贴板（带格式的${item.noun}和纯文本）`;
        });
        return;
      case 'preview':
        setPreview(doc);
        return;
    }
  };

  const onButtonKeyDown = (e: KeyboardEvent<HTMLButtonElement>): void => {
    if (e.key === 'ArrowDown' || e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      openAt(0);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      openAt(ITEMS.length - 1);
    }
  };
  const onMenuKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    const current = itemRefs.current.findIndex((el) => el === document.activeElement);
    const moveTo = (index: number): void => {
      e.preventDefault();
      setFocusIndex(index);
      itemRefs.current[index]?.focus();
    };
    switch (e.key) {
      case 'ArrowDown':
        moveTo((current + 1) % ITEMS.length);
        return;
      case 'ArrowUp':
        moveTo((current - 1 + ITEMS.length) % ITEMS.length);
        return;
      case 'Home':
        moveTo(0);
        return;
      case 'End':
        moveTo(ITEMS.length - 1);
        return;
      case 'Escape':
        e.preventDefault();
        closeToButton();
        return;
      case 'Tab':
        // Tab leaves the menu to wherever the browser moves focus next.
        setOpen(false);
        return;
    }
  };

  return (
    <div className="export-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className={compact ? 'button button--small' : 'button'}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => {
          if (open) setOpen(false);
          else openAt(0);
        }}
        onKeyDown={onButtonKeyDown}
      >
        导出
        <span className="button__icon" aria-hidden="true">
          ▾
        </span>
      </button>
      {open ? (
        <div
          id={menuId}
          role="menu"
          aria-label="导出"
          className="export-menu__list"
          onKeyDown={onMenuKeyDown}
        >
          {ITEMS.map((item, index) => (
            <button
              key={item.label}
              ref={(el) => {
                itemRefs.current[index] = el;
              }}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className="export-menu__item"
              onClick={() => {
                choose(item);
              }}
            >
              <span className="export-menu__label">{item.label}</span>
              <span className="export-menu__hint" aria-hidden="true">
                {item.hint}
              </span>
            </button>
          ))}
        </div>
      ) : null}
      <p className="export-menu__status" role="status">
        {status}
      </p>
      {preview === null ? null : (
        <Suspense fallback={null}>
          <PrintPreview
            document={preview}
            onClose={() => {
              setPreview(null);
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
