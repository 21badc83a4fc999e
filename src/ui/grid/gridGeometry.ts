import { cellId, type CellId } from '../../report/cells';
import type {
  CellKind,
  CellRef,
  EditionDefinition,
  LayoutCell,
  TableDef,
  TableId,
} from '../../report/definition/types';
import { formatOf } from '../../report/definition/editions';
import { isComputed } from '../../report/totals';

/**
 * The body of a printed table as a 2D occupancy map (like the HTML table algorithm): every
 * grid position points at the slot that covers it, so movement and paste can follow the
 * visual columns even across spans and the stacked blocks of 表二.
 */

interface SlotBase {
  /** Body row and grid column of the slot's top-left position. */
  readonly row: number;
  readonly col: number;
  readonly rowSpan: number;
  readonly colSpan: number;
}

export interface TextSlot extends SlotBase {
  readonly type: 'text';
  readonly cell: Extract<LayoutCell, { type: 'text' }>;
}

export interface ValueSlot extends SlotBase {
  readonly type: 'value';
  readonly id: CellId;
  readonly ref: CellRef;
  readonly kind: CellKind;
  readonly computed: boolean;
  /** Accessible name: row label + " " + column label, in the form's own words. */
  readonly label: string;
  readonly rowLabel: string;
  readonly columnLabel: string;
}

export type Slot = TextSlot | ValueSlot;

export interface GridGeometry {
  readonly tableId: TableId;
  readonly columnCount: number;
  /** `rows[r][c]`: the slot covering body row r, grid column c (null = nothing printed). */
  readonly rows: readonly (readonly (Slot | null)[])[];
  /** Value slots in reading order (top to bottom, left to right). */
  readonly values: readonly ValueSlot[];
  readonly byId: ReadonlyMap<CellId, ValueSlot>;
}

function valueSlot(
  edition: EditionDefinition,
  table: TableDef,
  cell: Extract<LayoutCell, { type: 'value' }>,
  pos: SlotBase,
): ValueSlot {
  const rowDef = table.rows.find((r) => r.id === cell.row);
  const column = rowDef?.columns.find((c) => c.id === cell.column);
  if (rowDef === undefined || column === undefined) {
    throw new Error(`Layout of ${table.id} places unknown cell ${cell.row}.${cell.column}`);
  }
  const ref = { table: table.id, row: rowDef.id, column: column.id };
  return {
    ...pos,
    type: 'value',
    id: cellId(ref),
    ref,
    kind: column.kind,
    computed:
      isComputed(formatOf(edition), ref) || column.computed === true || rowDef.computed === true,
    label: `${rowDef.label} ${column.label}`,
    rowLabel: rowDef.label,
    columnLabel: column.label,
  };
}

/** Builds the occupancy map of a table's body from its definition layout. */
export function buildGeometry(edition: EditionDefinition, tableId: TableId): GridGeometry {
  const table = edition.tables[tableId];
  const { body, columnCount } = table.layout;
  const rows: (Slot | null)[][] = body.map(() =>
    Array.from({ length: columnCount }, (): Slot | null => null),
  );
  const values: ValueSlot[] = [];
  body.forEach((cells, r) => {
    let c = 0;
    for (const cell of cells) {
      while (c < columnCount && rows[r]?.[c] !== null) c += 1;
      const colSpan = cell.colSpan ?? 1;
      const rowSpan = cell.type === 'text' ? (cell.rowSpan ?? 1) : 1;
      if (c + colSpan > columnCount || r + rowSpan > body.length) {
        throw new Error(`Layout of ${tableId}: body row ${r} overflows the grid`);
      }
      const pos = { row: r, col: c, rowSpan, colSpan };
      const slot: Slot =
        cell.type === 'text'
          ? { ...pos, type: 'text', cell }
          : valueSlot(edition, table, cell, pos);
      if (slot.type === 'value') values.push(slot);
      for (let dr = 0; dr < rowSpan; dr += 1) {
        const line = rows[r + dr];
        for (let dc = 0; dc < colSpan; dc += 1) if (line !== undefined) line[c + dc] = slot;
      }
      c += colSpan;
    }
  });
  return { tableId, columnCount, rows, values, byId: new Map(values.map((v) => [v.id, v])) };
}

export type Direction = 'up' | 'down' | 'left' | 'right';

/** Accepts every value cell, or only input cells (Tab and Enter skip totals). */
export type SlotFilter = (slot: ValueSlot) => boolean;
const ANY: SlotFilter = () => true;
export const INPUT_ONLY: SlotFilter = (slot) => !slot.computed;

/**
 * The value cell next to `id` in a direction, following the visual column: up/down keep the
 * grid column where the cell starts and skip label, caption and header rows; left/right stay
 * in the visual row. Null at the edge.
 */
export function neighbour(
  geo: GridGeometry,
  id: CellId,
  direction: Direction,
  accept: SlotFilter = ANY,
): CellId | null {
  const from = geo.byId.get(id);
  if (from === undefined) return null;
  const pick = (slot: Slot | null | undefined): CellId | null =>
    slot?.type === 'value' && slot.id !== id && accept(slot) ? slot.id : null;
  switch (direction) {
    case 'up':
    case 'down': {
      const step = direction === 'down' ? 1 : -1;
      for (let r = from.row + step; r >= 0 && r < geo.rows.length; r += step) {
        const found = pick(geo.rows[r]?.[from.col]);
        if (found !== null) return found;
      }
      return null;
    }
    case 'left':
    case 'right': {
      const line = geo.rows[from.row] ?? [];
      const step = direction === 'right' ? 1 : -1;
      const start = direction === 'right' ? from.col + from.colSpan : from.col - 1;
      for (let c = start; c >= 0 && c < line.length; c += step) {
        const found = pick(line[c]);
        if (found !== null) return found;
      }
      return null;
    }
  }
}

/** The next (step 1) or previous (step -1) accepted value cell in reading order. */
export function inReadingOrder(
  geo: GridGeometry,
  id: CellId,
  step: 1 | -1,
  accept: SlotFilter = ANY,
): CellId | null {
  const index = geo.values.findIndex((v) => v.id === id);
  if (index < 0) return null;
  for (let i = index + step; i >= 0 && i < geo.values.length; i += step) {
    const slot = geo.values[i];
    if (slot !== undefined && accept(slot)) return slot.id;
  }
  return null;
}

/** The distinct value cells of body row r from grid column `fromCol` to the right edge. */
export function valuesRightOf(geo: GridGeometry, r: number, fromCol: number): ValueSlot[] {
  const out: ValueSlot[] = [];
  for (const slot of (geo.rows[r] ?? []).slice(fromCol)) {
    if (slot?.type === 'value' && slot.row === r && !out.includes(slot)) out.push(slot);
  }
  return out;
}
