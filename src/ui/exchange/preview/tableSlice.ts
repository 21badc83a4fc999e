/** The rows of a printed table that fall on one page (see buildPages.ts). */

/** Body rows of a table in document order. */
export const bodyRows = (table: HTMLTableElement): HTMLTableRowElement[] =>
  Array.from(table.tBodies).flatMap((b) => Array.from(b.rows));

/**
 * A copy of `table` with only the body rows at `kept` (indices into bodyRows), the header rows
 * if `withHeader`. A cell spanning rows (表三's group labels) that the page break cuts is cut
 * as the printer cuts it: on the first page it keeps its text, set at the top of the cell; on
 * the next page it goes on as an empty cell beside the rows it still spans.
 */
export function trimmedTable(
  source: HTMLTableElement,
  doc: Document,
  kept: ReadonlySet<number>,
  withHeader: boolean,
): HTMLTableElement {
  const copy = doc.importNode(source, true);
  const from = bodyRows(source);
  const to = bodyRows(copy);
  // Cells continued from rows left out, per first kept row, in column order.
  const continued = new Map<number, HTMLTableCellElement[]>();
  from.forEach((row, r) => {
    Array.from(row.cells).forEach((cell, c) => {
      if (cell.rowSpan <= 1) return;
      const spanned = Array.from({ length: cell.rowSpan }, (_, k) => r + k).filter((i) =>
        kept.has(i),
      );
      const copied = to[r]?.cells[c];
      const first = spanned[0];
      if (copied === undefined || first === undefined) return;
      if (kept.has(r)) {
        copied.rowSpan = spanned.length;
        if (spanned.length < cell.rowSpan) copied.style.verticalAlign = 'top';
      } else {
        const empty = doc.importNode(cell, false);
        empty.rowSpan = spanned.length;
        continued.set(first, [...(continued.get(first) ?? []), empty]);
      }
    });
  });
  for (const [r, cells] of continued) to[r]?.prepend(...cells);
  to.forEach((row, r) => {
    if (!kept.has(r)) row.remove();
  });
  for (const body of Array.from(copy.tBodies)) if (body.rows.length === 0) body.remove();
  if (!withHeader) copy.tHead?.remove();
  return copy;
}
