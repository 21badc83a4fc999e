import { cellSpanningFeature, createColumnHelper, tableFeatures } from '@tanstack/react-table';
import type { GridGeometry, Slot } from './gridGeometry';

/**
 * The column and row model handed to TanStack Table. One column per grid column of the
 * printed layout; one row per printed body row, whose value at a column is the slot covering
 * it. Cell spanning then merges a slot across the rows and columns it covers, so the label
 * spans of 表三 and the wide value cells of 表二 come out of the row model, not out of
 * hand-written markup.
 */
export const bodyFeatures = tableFeatures({ cellSpanningFeature });

export interface BodyRow {
  readonly key: string;
  readonly slots: readonly (Slot | null)[];
}

const helper = createColumnHelper<typeof bodyFeatures, BodyRow>();

function column(index: number) {
  return helper.accessor((row: BodyRow): Slot | null => row.slots[index] ?? null, {
    id: `c${String(index)}`,
    // Rows merge where the same slot object continues (a rowSpan in the layout).
    spanRows: true,
    // A slot spans from the column where it starts; the columns it covers report 1.
    spanColumns: ({ row }) => {
      const slot = row.original.slots[index];
      return slot?.col === index ? slot.colSpan : 1;
    },
  });
}

export function bodyColumns(geo: GridGeometry) {
  return helper.columns(Array.from({ length: geo.columnCount }, (_, i) => column(i)));
}

export function bodyRows(geo: GridGeometry): BodyRow[] {
  return geo.rows.map((slots, r) => ({ key: `r${String(r)}`, slots }));
}

export function bodyRowId(row: BodyRow): string {
  return row.key;
}
