import { useEffect, useState, type RefObject } from 'react';

/**
 * Shows a native <dialog> as modal while the component is mounted: the browser keeps focus
 * inside it (the rest of the page is inert) and turns Esc into a `cancel` event. When the
 * component unmounts, focus goes back to the control that had it when the dialog opened, so a
 * keyboard user continues where they were.
 */
export function useModalDialog(ref: RefObject<HTMLDialogElement | null>): void {
  // Taken on the first render: by the time effects run, autoFocus inside has moved focus.
  const [opener] = useState(() =>
    document.activeElement instanceof HTMLElement ? document.activeElement : null,
  );
  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    if (!dialog.open) {
      // jsdom (unit tests) has no showModal; the attribute keeps the dialog usable there.
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    return () => {
      if (dialog.open && typeof dialog.close === 'function') dialog.close();
      if (opener?.isConnected === true) opener.focus();
    };
  }, [ref, opener]);
}
