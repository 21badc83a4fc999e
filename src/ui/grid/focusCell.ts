function findCell(cellId: string): HTMLInputElement | null {
  // Inside a quoted attribute value only `"` and `\` need escaping (jsdom lacks CSS.escape).
  const quoted = cellId.replace(/["\\]/g, '\\$&');
  return document.querySelector<HTMLInputElement>(`input[data-cell="${quoted}"]`);
}

function fullyVisible(el: Element): boolean {
  const box = el.getBoundingClientRect();
  return (
    box.top >= 0 &&
    box.left >= 0 &&
    box.bottom <= window.innerHeight &&
    box.right <= window.innerWidth
  );
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
