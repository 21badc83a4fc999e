import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ConfirmDialogProps {
  readonly open: boolean;
  readonly title: string;
  readonly children: ReactNode;
  readonly confirmLabel: string;
  readonly cancelLabel?: string;
  /** `danger` marks an action that removes something (still undoable). */
  readonly tone?: 'default' | 'danger';
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/**
 * A modal confirmation on the native <dialog>: the browser traps focus, Esc cancels and focus
 * returns to the control that opened it. The confirm button takes focus first.
 *
 * The dialog leaves the page when `open` turns false (or its owner unmounts it). A <dialog>
 * removed from the page does not give focus back as `close()` would, so focus would fall to
 * the page itself and a keyboard user would have to start again from the top: hence the
 * opener is remembered and focused again, unless the action already put focus somewhere.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel = '取消',
  tone = 'default',
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!open || dialog === null) return;
    const active = document.activeElement;
    const opener = active instanceof HTMLElement && !dialog.contains(active) ? active : null;
    if (!dialog.open) {
      // jsdom (unit tests) has no showModal; the attribute keeps the dialog usable there.
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    // Not `autoFocus`: React would focus the button before this effect could note the opener.
    confirmRef.current?.focus();
    return () => {
      if (dialog.open) {
        if (typeof dialog.close === 'function') dialog.close();
        else dialog.removeAttribute('open');
      }
      const now = document.activeElement;
      const lost = now === null || now === document.body || dialog.contains(now);
      if (lost && opener?.isConnected === true) opener.focus();
    };
  }, [open]);
  if (!open) return null;
  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId} className="confirm-dialog__title">
        {title}
      </h2>
      <div className="confirm-dialog__body">{children}</div>
      <div className="confirm-dialog__actions">
        <button type="button" className="button" onClick={onCancel}>
          {cancelLabel}
        </button>
        <button
          type="button"
          className={tone === 'danger' ? 'button button--danger' : 'button button--primary'}
          onClick={onConfirm}
          ref={confirmRef}
        >
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
