import { useEffect } from 'react';
import type { ReportStore } from '../state/reportStore';

const TEXT_INPUT_TYPES = new Set([
  'text',
  'search',
  'url',
  'tel',
  'email',
  'password',
  'number',
  'date',
]);

/**
 * Who handles Ctrl+Z in a text field. Fields bound to the report (基本信息, the narrative text
 * areas) carry `data-store-undo`: there Ctrl+Z undoes through the store, the same history as the
 * 撤销 button, where a burst of typing in one field is one step. The browser's own undo stack
 * would diverge from the store's as soon as undo, redo or a switch changed the field from
 * outside. Any other text field (an acknowledgement reason, the grid's cell editor while it
 * edits) keeps the browser's native undo; `data-native-undo` forces that for a subtree.
 */
export function storeHandlesUndo(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return true;
  if (target.closest('[data-native-undo]') !== null) return false;
  if (target.closest('[data-store-undo]') !== null) return true;
  if (target.closest('dialog[open]') !== null) return false;
  if (target instanceof HTMLTextAreaElement) return false;
  if (target instanceof HTMLInputElement) return !TEXT_INPUT_TYPES.has(target.type);
  return !(target instanceof HTMLElement && target.isContentEditable);
}

export type HistoryKey = 'undo' | 'redo' | null;

/** Ctrl+Z undoes; Ctrl+Y and Ctrl+Shift+Z redo (⌘ on macOS). */
export function historyKey(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): HistoryKey {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !e.shiftKey) return 'redo';
  return null;
}

/** Installs the undo/redo shortcuts for the whole editor window. */
export function useUndoShortcuts(store: ReportStore): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      // A component that handled the key itself (e.g. the grid) calls preventDefault.
      if (e.defaultPrevented) return;
      const action = historyKey(e);
      if (action === null || !storeHandlesUndo(e.target)) return;
      e.preventDefault();
      if (action === 'undo') store.undo();
      else store.redo();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [store]);
}
