import { isTable } from './dom';
import { APPEAL, type Appeal, type Breakpoint, type FlowModel } from './paginate';

/**
 * The printed report measured as it lies on screen, for paginate.ts. On screen the report is
 * laid out at the width of the printed text block (156 mm, see styles.ts), so every line and
 * table row sits where it will print, one page after another without the breaks. The pieces a
 * page can break between are listed in document order:
 *
 * - a line of a paragraph or heading (breaks between lines honour `orphans` / `widows`);
 * - a table's header rows (one piece: Chromium repeats them, it never breaks inside them);
 * - a table body row (rows are never split);
 * - any other box that lays out inline boxes side by side (落款), whole.
 *
 * The appeal of each break follows the computed `break-*` properties of the boxes around it.
 * Only reads the document: nothing is changed, nothing runs inside it.
 */

/** A piece of the document between two possible page breaks, where it lies on screen. */
export interface Piece {
  readonly top: number;
  readonly bottom: number;
  /** The element the piece belongs to (a paragraph, a table row, the header group …). */
  readonly element: Element;
  /** For a line: its index among the element's lines and their number. */
  readonly line: { readonly index: number; readonly count: number } | null;
  /** For a table row or header: the table's index in `Measured.tables`. */
  readonly table: number | null;
  /** Header rows: not a place to break after. */
  readonly header: boolean;
}

export interface Measured {
  readonly model: FlowModel;
  readonly pieces: readonly Piece[];
  readonly tables: readonly HTMLTableElement[];
  /** The report's content box in the frame's viewport (the origin of every figure). */
  readonly origin: { readonly left: number; readonly top: number; readonly width: number };
}

const BLOCK_DISPLAYS = new Set(['block', 'list-item', 'table', 'flex', 'grid', 'flow-root']);
const FORCED = new Set(['page', 'left', 'right', 'recto', 'verso', 'always']);

const styleOf = (el: Element): CSSStyleDeclaration => {
  const view = el.ownerDocument.defaultView;
  if (view === null) throw new Error('the report frame has no window');
  return view.getComputedStyle(el);
};

const outOfFlow = (style: CSSStyleDeclaration): boolean =>
  style.display === 'none' || style.position === 'fixed' || style.position === 'absolute';

const px = (value: string): number => {
  const n = Number.parseFloat(value);
  return Number.isFinite(n) ? n : 0;
};

interface Collector {
  readonly top: number;
  readonly pieces: Piece[];
  readonly tables: HTMLTableElement[];
}

function addTable(table: HTMLTableElement, c: Collector): void {
  const index = c.tables.length;
  c.tables.push(table);
  const place = (el: Element, header: boolean): void => {
    addWhole(el, c, index, header);
  };
  if (table.tHead !== null) place(table.tHead, true);
  for (const body of Array.from(table.tBodies)) {
    for (const row of Array.from(body.rows)) place(row, false);
  }
}

function addLines(el: Element, style: CSSStyleDeclaration, c: Collector): void {
  const r = el.getBoundingClientRect();
  const lineHeight = px(style.lineHeight);
  const inner = r.height - px(style.paddingTop) - px(style.paddingBottom);
  const count = lineHeight > 0 ? Math.max(1, Math.round(inner / lineHeight)) : 1;
  const firstTop = r.top - c.top + px(style.borderTopWidth) + px(style.paddingTop);
  for (let index = 0; index < count; index += 1) {
    c.pieces.push({
      top: index === 0 ? r.top - c.top : firstTop + index * lineHeight,
      bottom: index === count - 1 ? r.bottom - c.top : firstTop + (index + 1) * lineHeight,
      element: el,
      line: count > 1 ? { index, count } : null,
      table: null,
      header: false,
    });
  }
}

/** One unbreakable piece: a block, or a table's header or row (`table` is its index). */
function addWhole(el: Element, c: Collector, table: number | null = null, header = false): void {
  const r = el.getBoundingClientRect();
  c.pieces.push({
    top: r.top - c.top,
    bottom: r.bottom - c.top,
    element: el,
    line: null,
    table,
    header,
  });
}

function collect(el: Element, c: Collector): void {
  const children = Array.from(el.children).filter((child) => !outOfFlow(styleOf(child)));
  const blocks = children.filter((child) => BLOCK_DISPLAYS.has(styleOf(child).display));
  if (blocks.length > 0) {
    for (const child of blocks) {
      if (isTable(child)) addTable(child, c);
      else collect(child, c);
    }
    return;
  }
  const style = styleOf(el);
  // Inline blocks (落款 over its date) cannot be broken between: keep the box whole.
  const atomic = children.some((child) => styleOf(child).display.startsWith('inline-'));
  if (atomic && !el.classList.contains('title')) addWhole(el, c);
  else addLines(el, style, c);
}

/** The elements from `el` up to (not including) `stop`. */
function chain(el: Element, stop: Element | null): Element[] {
  const out: Element[] = [];
  for (let e: Element | null = el; e !== null && e !== stop; e = e.parentElement) out.push(e);
  return out;
}

function commonAncestor(a: Element, b: Element): Element | null {
  for (let e: Element | null = a; e !== null; e = e.parentElement) if (e.contains(b)) return e;
  return null;
}

const lower = (a: Appeal, b: Appeal): Appeal => (b < a ? b : a);

function breakBetween(before: Piece, after: Piece): Breakpoint {
  let appeal: Appeal = APPEAL.perfect;
  let forced = false;
  let start = after.top;
  const common = commonAncestor(before.element, after.element);
  for (let e: Element | null = common; e !== null; e = e.parentElement) {
    if (styleOf(e).breakInside.startsWith('avoid')) appeal = lower(appeal, APPEAL.violatesAvoid);
  }
  if (before.element === after.element && before.line !== null) {
    const style = styleOf(before.element);
    const orphans = px(style.orphans);
    const widows = px(style.widows);
    const above = before.line.index + 1;
    const below = before.line.count - above;
    // Chromium keeps `widows` lines together only when the paragraph can also leave `orphans`
    // lines behind; a shorter paragraph (3 lines, 2 + 2 rules) may end with one line overleaf.
    const widowsKept = before.line.count >= orphans + widows;
    if (above < orphans || (below < widows && widowsKept)) {
      appeal = lower(appeal, APPEAL.violatesOrphansWidows);
    }
  } else {
    // Boxes that end here and boxes that start here (each up to the common ancestor).
    for (const e of chain(before.element, common)) {
      if (styleOf(e).breakAfter.startsWith('avoid')) appeal = lower(appeal, APPEAL.violatesAvoid);
    }
    for (const e of chain(after.element, common)) {
      const style = styleOf(e);
      if (style.breakBefore.startsWith('avoid')) appeal = lower(appeal, APPEAL.violatesAvoid);
      if (FORCED.has(style.breakBefore)) {
        forced = true;
        // After a forced break the next box keeps its top margin.
        start = Math.min(start, after.top - px(style.marginTop));
      }
    }
  }
  if (before.header) appeal = APPEAL.lastResort;
  const table =
    before.table !== null && before.table === after.table && !forced ? before.table : null;
  return { end: before.bottom, start, appeal, forced, table };
}

/** Measures the report (`article.report`) of a laid-out print document. */
export function measureReport(doc: Document): Measured {
  const article = doc.querySelector('article.report');
  if (article === null) throw new Error('the print document has no article.report');
  const style = styleOf(article);
  const box = article.getBoundingClientRect();
  const left = box.left + px(style.borderLeftWidth) + px(style.paddingLeft);
  const top = box.top + px(style.borderTopWidth) + px(style.paddingTop);
  const width = box.width - (left - box.left) - px(style.paddingRight) - px(style.borderRightWidth);
  const c: Collector = { top, pieces: [], tables: [] };
  collect(article, c);
  const headerHeights = c.tables.map((t) => {
    const head = t.tHead?.getBoundingClientRect();
    return head === undefined ? 0 : head.height;
  });
  const breakpoints: Breakpoint[] = [];
  for (let i = 1; i < c.pieces.length; i += 1) {
    const before = c.pieces[i - 1];
    const after = c.pieces[i];
    if (before !== undefined && after !== undefined) {
      breakpoints.push(breakBetween(before, after));
    }
  }
  const height = c.pieces.reduce((h, p) => Math.max(h, p.bottom), 0);
  return {
    model: { height, breakpoints, headerHeights },
    pieces: c.pieces,
    tables: c.tables,
    origin: { left, top, width },
  };
}
