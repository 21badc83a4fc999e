import type { CellId } from '../../report/cells';
import { cellId } from '../../report/cells';
import type { EditionDefinition } from '../../report/definition/types';
import { TABLE_IDS } from '../../report/definition/editions';
import { looksLikeValue } from './cellText';
import type { GridSlot, SheetGrid } from './sheetGrid';

/** Where a contract cell sits in a workbook. */
export interface SheetPosition {
  readonly sheet: SheetGrid;
  readonly row: number;
  readonly column: number;
}

/**
 * Labels compared as printed, whatever the typist's widths and spacing: NFKC folds full-width
 * brackets, colons and digits to one form; white space and quotation marks are dropped.
 */
export function labelKey(text: string): string {
  return text.normalize('NFKC').replace(/[\s“”"'‘’]/gu, '');
}

/** An input cell of the edition and the labels that identify it on a sheet. */
interface Wanted {
  readonly id: CellId;
  /** Any of these in the row to the left of the cell, or in the column above it … */
  readonly rowKeys: readonly string[];
  /** … and this one, in the column above it or the row to the left. */
  readonly columnKey: string;
}

function wantedCells(def: EditionDefinition): Wanted[] {
  return TABLE_IDS.flatMap((tableId) =>
    def.tables[tableId].rows.flatMap((row) =>
      row.computed === true
        ? []
        : row.columns
            .filter((column) => column.computed !== true)
            .map((column) => ({
              id: cellId({ table: tableId, row: row.id, column: column.id }),
              rowKeys: [...new Set([labelKey(row.printLabel), labelKey(row.label)])],
              columnKey: labelKey(column.label),
            })),
    ),
  );
}

/**
 * For each slot, the labels to its left in its row and above it in its column. A merged label
 * counts for every row and column it covers, so a group header (行政诉讼, 三、本年度办理结果)
 * labels all the cells under or beside it.
 */
function contextOf(grid: SheetGrid): (row: number, column: number) => ReadonlySet<string> {
  const labelAt = (r: number, c: number): string | null => {
    const slot = grid.slot(r, c);
    if (slot.label === '' || (!slot.covered && looksLikeValue(slot))) return null;
    return labelKey(slot.label);
  };
  return (row, column) => {
    const labels = new Set<string>();
    for (let c = 1; c < column; c += 1) {
      const label = labelAt(row, c);
      if (label !== null) labels.add(label);
    }
    for (let r = 1; r < row; r += 1) {
      const label = labelAt(r, column);
      if (label !== null) labels.add(label);
    }
    return labels;
  };
}

/**
 * A slot holding a value beats one holding other text (reported as not a number), which beats
 * an empty one: the cell is where something was written.
 */
function rankOf(slot: GridSlot): number {
  if (slot.text === '') return 1;
  return looksLikeValue(slot) ? 3 : 2;
}

/**
 * Finds the edition's input cells on the sheets by their official row and column labels, in
 * whatever order the rows and columns come (a 主管部门's own template). A cell is the slot whose
 * row carries the row's label and whose column carries the column's label (see rankOf); among
 * equals the first, top to bottom and left to right.
 */
export function locateByLabel(
  grids: readonly SheetGrid[],
  def: EditionDefinition,
): Map<CellId, SheetPosition> {
  const wanted = wantedCells(def);
  const found = new Map<CellId, { position: SheetPosition; rank: number }>();
  for (const grid of grids) {
    const context = contextOf(grid);
    for (let row = 1; row <= grid.rows; row += 1) {
      for (let column = 1; column <= grid.columns; column += 1) {
        const slot = grid.slot(row, column);
        if (slot.covered) continue;
        const labels = context(row, column);
        if (labels.size < 2) continue;
        const rank = rankOf(slot);
        for (const w of wanted) {
          if (!labels.has(w.columnKey) || !w.rowKeys.some((k) => labels.has(k))) continue;
          const before = found.get(w.id);
          if (before === undefined || rank > before.rank) {
            found.set(w.id, { position: { sheet: grid, row, column }, rank });
          }
        }
      }
    }
  }
  return new Map([...found].map(([id, hit]) => [id, hit.position]));
}

/** How many of the edition's cells were found holding something: tells the editions apart. */
export function filledCount(found: ReadonlyMap<CellId, SheetPosition>): number {
  let n = 0;
  for (const { sheet, row, column } of found.values()) {
    if (sheet.slot(row, column).text !== '') n += 1;
  }
  return n;
}
