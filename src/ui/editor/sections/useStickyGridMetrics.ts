import { useEffect, type RefObject } from 'react';

/**
 * Tells a grid's scroll box how tall its sticky header is and how wide its pinned label
 * columns are (CSS variables read by its scroll-padding), so a focused cell is scrolled to
 * where neither covers it. Measured, because both depend on fonts, zoom and wrapping.
 */
export function useStickyGridMetrics(root: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const host = root.current;
    if (host === null || typeof ResizeObserver !== 'function') return;
    const measure = () => {
      const box = host.querySelector<HTMLElement>('.grid__scroll');
      if (box === null) return;
      const head = box.querySelector('thead');
      const corner = box.querySelector('.grid__table--pinned thead .grid__corner');
      // Both read before anything is written (a write between them would force a second
      // layout), and written only when changed: the observer also fires while typing.
      const values = {
        '--grid-head-height': `${String(head?.offsetHeight ?? 0)}px`,
        '--grid-pinned-width': `${String(corner instanceof HTMLElement ? corner.offsetWidth : 0)}px`,
      };
      for (const [name, value] of Object.entries(values)) {
        if (box.style.getPropertyValue(name) !== value) box.style.setProperty(name, value);
      }
    };
    const observer = new ResizeObserver(measure);
    let observed: Element | null = null;
    const observeTable = () => {
      // Other children come and go (the reason popup beside a marked cell): only a new table
      // is measured again, so they never force a layout.
      const table = host.querySelector('.grid__table');
      if (table === observed) return;
      observer.disconnect();
      observed = table;
      if (table !== null) observer.observe(table);
      measure();
    };
    observeTable();
    // The grid mounts lazily and is replaced when the edition changes.
    const mutations = new MutationObserver(observeTable);
    mutations.observe(host, { childList: true, subtree: false });
    return () => {
      observer.disconnect();
      mutations.disconnect();
    };
  }, [root]);
}

/**
 * When focus enters the table's scroll box, bring the whole box into the editor's view if it
 * fits, so its sticky header (the column labels) is on screen together with the cell.
 */
export function revealGridBox(target: EventTarget): void {
  if (!(target instanceof HTMLElement)) return;
  const box = target.closest('.grid__scroll');
  if (box === null || typeof box.scrollIntoView !== 'function') return;
  const main = box.closest('main');
  if (main !== null && box.getBoundingClientRect().height > main.clientHeight) return;
  box.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}
