/**
 * Type guards that work across frames: the measured report and the page boxes live in other
 * documents (other realms), where `instanceof HTMLTableElement` of the app's window is false.
 */

export const isElement = (node: Node): node is HTMLElement =>
  node.nodeType === Node.ELEMENT_NODE && 'style' in node;

export const isTable = (el: Element): el is HTMLTableElement => el.localName === 'table';

export const isRow = (el: Element): el is HTMLTableRowElement => el.localName === 'tr';
