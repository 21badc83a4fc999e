import { useEffect, useId, useMemo, useRef, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { renderReportHtml } from '../../io/html';
import { titleOf, type ReportDocument } from '../../report/document';
import { useModalDialog } from '../common/useModalDialog';
import './exchange.css';

export interface PrintPreviewProps {
  /** The report to show; rendered by the same function as the exported HTML file. */
  readonly document: ReportDocument;
  /** 关闭, Esc (also while the page inside has focus). The caller unmounts the preview. */
  readonly onClose: () => void;
}

/** Ctrl+P / ⌘P: the user means the report, not the editor behind the preview. */
const isPrintShortcut = (e: KeyboardEvent | ReactKeyboardEvent): boolean =>
  (e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'p';

/**
 * The report as it will print, full screen. The frame shows exactly the HTML of the exported
 * file, in a sandbox without scripts (the HTML has none and its CSP forbids them): same-origin
 * only so that 打印 can call the frame's print(), modals so that print() may open its dialog.
 * The browser's print dialog is also how a PDF is made (目标打印机：另存为 PDF).
 */
export function PrintPreview({ document: doc, onClose }: PrintPreviewProps) {
  const html = useMemo(() => renderReportHtml(doc), [doc]);
  const title = titleOf(doc);
  const titleId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const frameRef = useRef<HTMLIFrameElement>(null);
  // Listeners inside the frame outlive renders; they call whatever onClose is current.
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  }, [onClose]);
  useModalDialog(dialogRef);

  const print = (): void => {
    frameRef.current?.contentWindow?.print();
  };

  // Keys pressed while the report inside the frame has focus never reach the dialog: listen in
  // the frame's document too (allowed by same-origin; our listener is not the frame's script).
  const listenInFrame = (): void => {
    frameRef.current?.contentDocument?.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        onCloseRef.current();
      } else if (isPrintShortcut(e)) {
        e.preventDefault();
        frameRef.current?.contentWindow?.print();
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
        if (isPrintShortcut(e)) {
          e.preventDefault();
          print();
        }
      }}
    >
      <div className="print-preview__bar">
        <h2 id={titleId} className="print-preview__title">
          <span className="print-preview__kind">打印预览</span>
          <span className="print-preview__name">{title}</span>
        </h2>
        <p className="print-preview__hint">
          A4 纸张。要得到 PDF 文件，在打印对话框中将“目标打印机”选为“另存为 PDF”。
        </p>
        <div className="print-preview__actions">
          <button type="button" className="button button--primary" onClick={print} autoFocus>
            打印
          </button>
          <button type="button" className="button" onClick={onClose}>
            关闭
          </button>
        </div>
      </div>
      <iframe
        ref={frameRef}
        className="print-preview__frame"
        title={`打印预览：${title}`}
        sandbox="allow-modals allow-same-origin"
        srcDoc={html}
        onLoad={listenInFrame}
      />
    </dialog>
  );
}
