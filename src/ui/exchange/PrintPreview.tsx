import { useEffect, useId, useMemo, useRef, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { renderReportHtml } from '../../io/html';
import { titleOf, type ReportDocument } from '../../report/document';
import { useModalDialog } from '../common/useModalDialog';
import { PageControls } from './preview/PageControls';
import { PAGES_SHELL } from './preview/pagesCss';
import { usePagedPreview } from './preview/usePagedPreview';
import './exchange.css';
import './preview/preview.css';

export interface PrintPreviewProps {
  /** The report to show; rendered by the same function as the exported HTML file. */
  readonly document: ReportDocument;
  /** 关闭, Esc (also while the page inside has focus). The caller unmounts the preview. */
  readonly onClose: () => void;
}

/** Ctrl+P / ⌘P: the user means the report, not the editor behind the preview. */
const isPrintShortcut = (e: KeyboardEvent | ReactKeyboardEvent): boolean =>
  (e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'p';

/** PageUp / PageDown: the previous / next page, wherever the focus is in the preview. */
const pageStep = (e: KeyboardEvent | ReactKeyboardEvent): number =>
  e.altKey || e.ctrlKey || e.metaKey ? 0 : e.key === 'PageDown' ? 1 : e.key === 'PageUp' ? -1 : 0;

/**
 * The report as it will print, full screen, page by page. Two frames, both sandboxed without
 * scripts (the HTML has none and its CSP forbids them):
 * - the print frame holds exactly the HTML of the exported file; it is what 打印 prints
 *   (same-origin so that 打印 can call its print(), modals so that print() may open its
 *   dialog) and what the pages are measured from; it is laid out but not shown;
 * - the pages frame shows that document cut into A4 page boxes as Chromium prints it
 *   (preview/: measure, paginate, buildPages), from copies of the print frame's nodes.
 * The browser's print dialog is also how a PDF is made (目标打印机：另存为 PDF).
 */
export function PrintPreview({ document: doc, onClose }: PrintPreviewProps) {
  const html = useMemo(() => renderReportHtml(doc), [doc]);
  const title = titleOf(doc);
  const titleId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const frameRef = useRef<HTMLIFrameElement>(null);
  const pagesRef = useRef<HTMLIFrameElement>(null);
  const paged = usePagedPreview(frameRef, pagesRef);
  const failed = paged.paging.status === 'failed';
  const pagedRef = useRef(paged);
  useEffect(() => {
    pagedRef.current = paged;
  }, [paged]);
  // Listeners inside the frame outlive renders; they call whatever onClose is current.
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  }, [onClose]);
  useModalDialog(dialogRef);
  // Opening the dialog focuses its first control (上一页 … 缩放); the officer came to print.
  const printRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    printRef.current?.focus();
  }, []);

  const print = (): void => {
    frameRef.current?.contentWindow?.print();
  };

  // Keys pressed while the pages inside the frame have focus never reach the dialog: listen in
  // the frame's document too (allowed by same-origin; our listener is not the frame's script).
  const listenInFrame = (): void => {
    pagesRef.current?.contentDocument?.addEventListener('keydown', (e) => {
      const step = pageStep(e);
      if (e.key === 'Escape') {
        e.preventDefault();
        onCloseRef.current();
      } else if (isPrintShortcut(e)) {
        e.preventDefault();
        frameRef.current?.contentWindow?.print();
      } else if (step !== 0) {
        e.preventDefault();
        pagedRef.current.goTo(pagedRef.current.current + step);
      }
    });
  };

  return (
    <dialog
      ref={dialogRef}
      className="print-preview"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onKeyDown={(e) => {
        const step = pageStep(e);
        if (isPrintShortcut(e)) {
          e.preventDefault();
          print();
        } else if (step !== 0) {
          e.preventDefault();
          paged.goTo(paged.current + step);
        }
      }}
    >
      <div className="print-preview__bar">
        <h2 id={titleId} className="print-preview__title">
          <span className="print-preview__kind">打印预览</span>
          <span className="print-preview__name">{title}</span>
          {paged.paging.status === 'ready' ? (
            <span className="print-preview__count">共 {paged.paging.total} 页</span>
          ) : null}
        </h2>
        <p className="print-preview__hint">
          A4 纸张。要得到 PDF 文件，在打印对话框中将“目标打印机”选为“另存为 PDF”。
        </p>
        <PageControls paged={paged} />
        <div className="print-preview__actions">
          <button ref={printRef} type="button" className="button button--primary" onClick={print}>
            打印
          </button>
          <button type="button" className="button" onClick={onClose}>
            关闭
          </button>
        </div>
      </div>
      <iframe
        ref={frameRef}
        // Should paging ever fail, the report is shown as one long sheet, as before.
        className={failed ? 'print-preview__frame' : 'print-preview__source'}
        title={`打印内容：${title}`}
        aria-hidden={failed ? undefined : true}
        tabIndex={failed ? undefined : -1}
        sandbox="allow-modals allow-same-origin"
        srcDoc={html}
        onLoad={paged.onSourceLoad}
      />
      <iframe
        ref={pagesRef}
        className="print-preview__frame"
        hidden={failed}
        title={`打印预览：${title}`}
        sandbox="allow-same-origin"
        srcDoc={PAGES_SHELL}
        onLoad={() => {
          listenInFrame();
          paged.onPagesLoad();
        }}
      />
    </dialog>
  );
}
