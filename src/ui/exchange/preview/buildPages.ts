import { isElement, isRow } from './dom';
import { bodyRows, trimmedTable } from './tableSlice';
import type { Measured, Piece } from './measure';
import type { PageSlice } from './paginate';

/**
 * The page boxes of the screen preview, built in the preview's own (script-less) document
 * from copies of the measured print document's nodes: each page shows the slice of the report
 * that paginate.ts gave it, every copy placed where it was measured, clipped at the page's
 * break. A table that goes on from the page before is copied with only this page's rows and
 * its header rows on top, as the printer repeats them. Copies are inert nodes (the text was
 * escaped when the HTML was made, and nothing runs in either document).
 */

const EPSILON = 0.5;

/** The words on the page boxes (the page boxes themselves are styled by pagesCss.ts). */
export interface PageBoxOptions {
  /** The printed page number, “— n —”. */
  readonly pageNumberText: (n: number) => string;
  /** The accessible name of a page box. */
  readonly pageLabel: (n: number, total: number) => string;
}

const inSlice = (p: Piece, slice: PageSlice): boolean =>
  p.bottom > slice.start + EPSILON && p.top < slice.end - EPSILON;

/** The box that is copied for a piece: the piece's element up to a child of the flow. */
function unitOf(el: Element, article: Element): Element {
  let unit = el;
  for (;;) {
    const parent = unit.parentElement;
    if (parent === null || parent === article || parent.matches('section.part')) return unit;
    unit = parent;
  }
}

function place(el: HTMLElement, top: number): void {
  el.style.position = 'absolute';
  el.style.top = `${String(top)}px`;
  el.style.left = '0';
  el.style.right = '0';
  el.style.margin = '0';
}

function addTable(
  area: HTMLElement,
  m: Measured,
  index: number,
  slice: PageSlice,
  offset: number,
): void {
  const source = m.tables[index];
  if (source === undefined) return;
  const rows = bodyRows(source);
  const pieces = m.pieces.filter((p) => p.table === index && inSlice(p, slice));
  const kept = new Set(
    pieces.map((p) => (isRow(p.element) ? rows.indexOf(p.element) : -1)).filter((i) => i >= 0),
  );
  const headerHere = pieces.some((p) => p.header);
  const repeated = slice.repeatedHeader === index;
  const firstRow = rows[Math.min(...kept)];
  if (firstRow === undefined && !headerHere) return;
  const copy = trimmedTable(source, area.ownerDocument, kept, headerHere || repeated);
  const tableTop = source.getBoundingClientRect().top - m.origin.top;
  let top = tableTop - slice.start + offset;
  if (!headerHere && firstRow !== undefined) {
    // The copy starts with the header (if repeated) and then this page's first row.
    const head = source.tHead?.getBoundingClientRect();
    const firstBody = rows[0]?.getBoundingClientRect();
    const before =
      repeated && head !== undefined
        ? head.bottom - source.getBoundingClientRect().top
        : (firstBody?.top ?? 0) - source.getBoundingClientRect().top;
    const rowTop = firstRow.getBoundingClientRect().top - m.origin.top;
    top = rowTop - slice.start + offset - before;
  }
  place(copy, top);
  area.append(copy);
}

function addPage(
  container: HTMLElement,
  m: Measured,
  article: Element,
  slice: PageSlice,
  n: number,
  total: number,
  options: PageBoxOptions,
): void {
  const doc = container.ownerDocument;
  const sheet = doc.createElement('div');
  sheet.className = 'nb-sheet';
  sheet.setAttribute('role', 'group');
  sheet.setAttribute('aria-label', options.pageLabel(n, total));
  sheet.dataset.page = String(n);
  const page = doc.createElement('div');
  page.className = 'nb-page';
  const offset =
    slice.repeatedHeader === null ? 0 : (m.model.headerHeights[slice.repeatedHeader] ?? 0);
  const area = doc.createElement('div');
  area.className = 'report nb-area';
  // One pixel more: a table row's bottom border straddles the break (collapsed borders).
  area.style.height = `${String(slice.end - slice.start + offset + 1)}px`;

  const units: Element[] = [];
  const tables = new Set<number>();
  for (const p of m.pieces) {
    if (!inSlice(p, slice)) continue;
    if (p.table !== null) tables.add(p.table);
    else {
      const unit = unitOf(p.element, article);
      if (!units.includes(unit)) units.push(unit);
    }
  }
  if (slice.repeatedHeader !== null) tables.add(slice.repeatedHeader);
  for (const unit of units) {
    const copy = doc.importNode(unit, true);
    if (!isElement(copy)) continue;
    const top = unit.getBoundingClientRect().top - m.origin.top;
    // A paragraph begun on the page before is read out there, whole, not a second time here.
    if (top < slice.start - EPSILON) copy.setAttribute('aria-hidden', 'true');
    place(copy, top - slice.start + offset);
    area.append(copy);
  }
  for (const index of tables) addTable(area, m, index, slice, offset);

  // A draft's 草稿 mark is printed on every page (it is position: fixed in print).
  const mark = article.querySelector('.draft-mark');
  if (mark !== null) {
    const marks = doc.createElement('div');
    marks.className = 'report nb-marks';
    marks.append(doc.importNode(mark, true));
    page.append(marks);
  }
  const folio = doc.createElement('div');
  folio.className = `nb-folio ${n % 2 === 1 ? 'nb-folio--right' : 'nb-folio--left'}`;
  folio.textContent = options.pageNumberText(n);
  page.append(area, folio);
  sheet.append(page);
  container.append(sheet);
}

/** Replaces the content of `container` with one page box per slice. */
export function buildPages(
  container: HTMLElement,
  m: Measured,
  article: Element,
  slices: readonly PageSlice[],
  options: PageBoxOptions,
): void {
  container.replaceChildren();
  slices.forEach((slice, i) => {
    addPage(container, m, article, slice, i + 1, slices.length, options);
  });
}
