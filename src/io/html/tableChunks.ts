import type { LayoutCell } from '../../report/definition/types';

/**
 * How a printed table's body is cut for paper. Two rules of the printed form:
 *
 * - 表二's sub-tables (第二十条第（一）项 …) each start with a caption row; a sub-table is a
 *   block that never leaves its caption behind (one <tbody> each, kept whole).
 * - 表三 is taller than a page, and its group label 三、本年度办理结果 spans 22 rows. Left to
 *   the browser, the page break cuts that vertical label mid-phrase and leaves the group column
 *   of the continuation page empty. So the body is cut into two pieces at a sub-group boundary
 *   (never inside （三）不予公开 …), as near the middle as possible; the second piece is its own
 *   table on the next page, with the header rows and the outer group label repeated.
 */

type Row = readonly LayoutCell[];

/** A group label this tall is cut into two pieces. */
const SPLIT_GROUP_ROWS = 10;

interface Placed {
  readonly cell: LayoutCell;
  readonly row: number;
  readonly col: number;
  readonly rowSpan: number;
}

/** Every body cell with its top-left grid position (the HTML table algorithm). */
function place(body: readonly Row[], columnCount: number): Placed[] {
  const taken = body.map(() => Array.from({ length: columnCount }, () => false));
  const out: Placed[] = [];
  body.forEach((cells, r) => {
    let c = 0;
    for (const cell of cells) {
      while (c < columnCount && taken[r]?.[c] === true) c += 1;
      const colSpan = cell.colSpan ?? 1;
      const rowSpan = cell.type === 'text' ? (cell.rowSpan ?? 1) : 1;
      for (let dr = 0; dr < rowSpan; dr += 1) {
        for (let dc = 0; dc < colSpan; dc += 1) {
          const line = taken[r + dr];
          if (line !== undefined) line[c + dc] = true;
        }
      }
      out.push({ cell, row: r, col: c, rowSpan });
      c += colSpan;
    }
  });
  return out;
}

/** Caption rows start the blocks of a stacked table (表二); otherwise the body is one block. */
export function bodyBlocks(body: readonly Row[]): Row[][] {
  const blocks: Row[][] = [];
  for (const row of body) {
    const startsBlock = row.some((c) => c.type === 'text' && c.role === 'caption');
    const last = blocks.at(-1);
    if (startsBlock || last === undefined) blocks.push([row]);
    else last.push(row);
  }
  return blocks;
}

const withRowSpan = (cell: LayoutCell, rowSpan: number): LayoutCell =>
  cell.type === 'text' ? { ...cell, rowSpan } : cell;

/**
 * The body as one piece, or as two when a group label spans at least SPLIT_GROUP_ROWS rows.
 * The cut falls where only that outermost label spans across; the label is shortened in the
 * first piece and repeated at the start of the second.
 */
export function bodyPieces(body: readonly Row[], columnCount: number): Row[][] {
  const placed = place(body, columnCount);
  const outer = placed.find(
    (p) =>
      p.col === 0 &&
      p.cell.type === 'text' &&
      p.cell.role === 'label' &&
      p.rowSpan >= SPLIT_GROUP_ROWS,
  );
  if (outer === undefined) return [[...body]];
  const end = outer.row + outer.rowSpan;
  let best: number | null = null;
  for (let cut = outer.row + 1; cut < end; cut += 1) {
    const crossing = placed.filter((p) => p.row < cut && cut < p.row + p.rowSpan);
    if (crossing.some((p) => p !== outer)) continue;
    if (best === null || Math.abs(cut - body.length / 2) < Math.abs(best - body.length / 2)) {
      best = cut;
    }
  }
  if (best === null) return [[...body]];
  const cut = best;
  const first = body
    .slice(0, cut)
    .map((row, r) =>
      r === outer.row
        ? row.map((c) => (c === outer.cell ? withRowSpan(c, cut - outer.row) : c))
        : row,
    );
  const second = body
    .slice(cut)
    .map((row, r) => (r === 0 ? [withRowSpan(outer.cell, end - cut), ...row] : row));
  return [first, second];
}
