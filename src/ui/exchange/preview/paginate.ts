/**
 * Where the printed pages of a report break, decided the way Chromium's block fragmentation
 * decides it, over a measured model of the document (see measure.ts). Pure: numbers in,
 * numbers out, so the rules can be tested without a browser.
 *
 * Chromium lays content into a page until it no longer fits, then breaks at the best
 * breakpoint seen on that page: the one with the highest "appeal", the latest among equals.
 * A breakpoint between two blocks is perfect unless it breaks inside a box with
 * `break-inside: avoid` or after one with `break-after: avoid`; between lines of a paragraph it
 * is perfect unless it leaves fewer lines than `orphans` / `widows`. A forced break
 * (`break-before: page`) is always taken. When nothing fits (one box taller than a page) the
 * content is cut where the page ends.
 */

/** Ordered as Chromium ranks breakpoints: a higher number is a better place to break. */
export const APPEAL = {
  lastResort: 0,
  violatesAvoid: 1,
  violatesOrphansWidows: 2,
  perfect: 3,
} as const;

export type Appeal = (typeof APPEAL)[keyof typeof APPEAL];

export interface Breakpoint {
  /** Where the content before the break ends (px from the top of the report's content). */
  readonly end: number;
  /** Where the content after the break starts (the next page's top; margins are truncated). */
  readonly start: number;
  readonly appeal: Appeal;
  /** `break-before: page`: the next content must start a new page. */
  readonly forced: boolean;
  /**
   * The table whose body rows go on after this break (its header rows are printed again at
   * the top of the next page), as an index into `FlowModel.tables`; null between blocks.
   */
  readonly table: number | null;
}

export interface FlowModel {
  /** Where the report's content ends. */
  readonly height: number;
  /** In document order (ascending `end`). */
  readonly breakpoints: readonly Breakpoint[];
  /** Height of each table's header rows (repeated on a continuation page). */
  readonly headerHeights: readonly number[];
}

export interface PageSlice {
  /** The part of the document on this page: [start, end). */
  readonly start: number;
  readonly end: number;
  /** A table continued from the previous page: its header rows head this page. */
  readonly repeatedHeader: number | null;
}

/** Layout works in 1/64 px units; measurements that differ by less are the same. */
const EPSILON = 0.5;

function bestBreak(candidates: readonly Breakpoint[]): Breakpoint | undefined {
  let best: Breakpoint | undefined;
  for (const b of candidates) {
    if (best === undefined || b.appeal >= best.appeal) best = b;
  }
  return best;
}

/** The pages of the document, each at most `pageHeight` px of content. */
export function paginate(model: FlowModel, pageHeight: number): PageSlice[] {
  const pages: PageSlice[] = [];
  let start = 0;
  let header: number | null = null;
  // A document always has a first page, even an empty one.
  for (;;) {
    const offset: number = header === null ? 0 : (model.headerHeights[header] ?? 0);
    const limit: number = start + pageHeight - offset;
    const ahead = model.breakpoints.filter((b) => b.end > start + EPSILON || b.start > start);
    const forced: Breakpoint | undefined = ahead.find(
      (b) => b.forced && b.end <= limit + EPSILON && b.start > start,
    );
    if (forced !== undefined) {
      pages.push({ start, end: forced.end, repeatedHeader: header });
      start = forced.start;
      header = forced.table;
      continue;
    }
    if (model.height <= limit + EPSILON) {
      pages.push({ start, end: Math.max(start, model.height), repeatedHeader: header });
      return pages;
    }
    const fitting = ahead.filter((b) => b.end <= limit + EPSILON && b.start > start + EPSILON);
    const chosen = bestBreak(fitting);
    if (chosen === undefined) {
      // One box taller than the page: cut it where the page ends, as the printer does.
      pages.push({ start, end: limit, repeatedHeader: header });
      start = limit;
      header = null;
      continue;
    }
    pages.push({ start, end: chosen.end, repeatedHeader: header });
    start = chosen.start;
    header = chosen.table;
  }
}
