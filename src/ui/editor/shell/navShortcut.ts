import { useEffect } from 'react';

/** Shown in the section list, so the shortcut is announced where it leads. */
export const NAV_SHORTCUT_TEXT = 'Alt+M';

/**
 * Alt+M (目录) from anywhere in the editor — deep in a table, in a text — back to the section
 * list. By physical key, so macOS's Option+M (which types µ) works too. Tab would take dozens
 * of presses out of 表三's 175 cells.
 */
export function isNavShortcut(e: Pick<KeyboardEvent, 'code' | 'altKey' | 'ctrlKey' | 'metaKey'>) {
  return e.altKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyM';
}

export function useNavShortcut(focusNav: () => void): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (!isNavShortcut(e)) return;
      e.preventDefault();
      focusNav();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [focusNav]);
}
