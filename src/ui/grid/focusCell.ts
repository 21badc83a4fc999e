function findCell(cellId: string): HTMLInputElement | null {
  // Inside a quoted attribute value only `"` and `\` need escaping (jsdom lacks CSS.escape).
  const quoted = cellId.replace(/["\\]/g, '\\$&');
  return document.querySelector<HTMLInputElement>(`input[data-cell="${quoted}"]`);
}

/**
 * In the window, and inside the table's scroll box clear of its sticky header and pinned
 * label columns (the box's scroll-padding says how much they cover).
 */
function fullyVisible(el: Element): boolean {
  const box = el.getBoundingClientRect();
  const inWindow =
    box.top >= 0 &&
    box.left >= 0 &&
    box.bottom <= window.innerHeight &&
    box.right <= window.innerWidth;
  const scroller = el.closest('.grid__scroll');
  if (!inWindow || scroller === null) return inWindow;
  const area = scroller.getBoundingClientRect();
  const style = getComputedStyle(scroller);
  const top = area.top + (parseFloat(style.scrollPaddingTop) || 0);
  const left = area.left + (parseFloat(style.scrollPaddingLeft) || 0);
  return box.top >= top && box.left >= left && box.bottom <= area.bottom && box.right <= area.right;
}

/**
 * Focuses a cell's input. Moving between neighbours scrolls just enough (`nearest`); a jump
 * from elsewhere (the check list) centres the cell so its row and column labels are in view.
 */
export function focusCellInput(cellId: string, scroll: 'nearest' | 'center'): boolean {
  const input = findCell(cellId);
  if (input === null) return false;
  input.focus({ preventScroll: true });
  // jsdom has no layout, hence no scrollIntoView.
  if (typeof input.scrollIntoView === 'function' && !fullyVisible(input)) {
    input.scrollIntoView({ block: scroll, inline: 'nearest' });
  }
  return true;
}

/**
 * Focuses the input of a cell by its contract id (`table.row.column`) and scrolls it into
 * view; used by the check list to jump to a finding's cell. False when no such cell is on
 * the page.
 */
export function focusCell(cellId: string): boolean {
  return focusCellInput(cellId, 'center');
}
