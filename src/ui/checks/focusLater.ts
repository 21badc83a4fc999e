/**
 * Focuses an element after React has rendered the change that creates it (an item moving
 * between lists), so keyboard users are not dropped at the top of the page.
 */
export function focusLater(selector: string): void {
  requestAnimationFrame(() => {
    document.querySelector<HTMLElement>(selector)?.focus();
  });
}
