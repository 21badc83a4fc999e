import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ModalProps {
  readonly title: string;
  readonly children: ReactNode;
  /** Buttons along the bottom, in order. */
  readonly actions: ReactNode;
  /** Esc; omit for a dialog that must be answered (e.g. a save conflict). */
  readonly onClose?: () => void;
  readonly wide?: boolean;
}

/**
 * A modal on the native <dialog> (focus trapped by the browser, Esc handled), shown while
 * mounted. Shares the look of the shell's ConfirmDialog but takes any actions.
 */
export function Modal({ title, children, actions, onClose, wide = false }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null || dialog.open) return;
    // jsdom (unit tests) has no showModal; the attribute keeps the dialog usable there.
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
  }, []);
  return (
    <dialog
      ref={ref}
      className={
        wide ? 'confirm-dialog persist-modal persist-modal--wide' : 'confirm-dialog persist-modal'
      }
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose?.();
      }}
    >
      <h2 id={titleId} className="confirm-dialog__title">
        {title}
      </h2>
      <div className="confirm-dialog__body">{children}</div>
      <div className="confirm-dialog__actions">{actions}</div>
    </dialog>
  );
}
