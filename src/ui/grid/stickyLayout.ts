import type { CSSProperties } from 'react';
import type { GridGeometry } from './gridGeometry';

/**
 * Column widths of a wide table (表三: 7 value columns beside 3 label columns) on a narrow
 * screen. The label columns get fixed widths in `em` and stay pinned at the left while the
 * value columns scroll under them, so 商业企业 … 总计 are never typed into without their row
 * label in view. Narrow tables (表二, 表四 without labels) keep the proportional widths.
 */

/** Tables with at least this many value columns scroll sideways with pinned labels. */
const WIDE_TABLE_VALUE_COLUMNS = 5;
/** The narrowest a value column gets before the table scrolls: 商业企业 on one line. */
const MIN_VALUE_COLUMN_EM = 4.2;

/** Leading grid columns that hold only labels (no value cell starts or spans into them). */
export function labelColumnCount(geo: GridGeometry): number {
  let first = geo.columnCount;
  for (const slot of geo.values) first = Math.min(first, slot.col);
  return first;
}

export interface ColumnLayout {
  /** How many leading columns are pinned (0: none). */
  readonly pinned: number;
  readonly table: CSSProperties;
  readonly columns: readonly CSSProperties[];
}

const em = (n: number) => `${n.toFixed(3)}em`;

export function columnLayout(geo: GridGeometry, widths: readonly number[]): ColumnLayout {
  const total = widths.reduce((a, b) => a + b, 0);
  const proportional = widths.map((w) => ({ width: `${String((w / total) * 100)}%` }));
  const labels = labelColumnCount(geo);
  const valueWidths = widths.slice(labels);
  if (labels === 0 || valueWidths.length < WIDE_TABLE_VALUE_COLUMNS) {
    return { pinned: 0, table: {}, columns: proportional };
  }
  // One width unit of the definition in em, so the narrowest value column is MIN_VALUE_COLUMN_EM.
  const unit = MIN_VALUE_COLUMN_EM / Math.min(...valueWidths);
  const vars: Record<string, string> = {};
  let left = 0;
  for (let c = 0; c < labels; c += 1) {
    vars[`--grid-pin-${String(c)}`] = em(left);
    left += (widths[c] ?? 0) * unit;
  }
  return {
    pinned: labels,
    // Value columns have no width: in a fixed layout they share what the pinned ones leave.
    table: { ...vars, minWidth: em(total * unit) },
    columns: widths.map((w, c) => (c < labels ? { width: em(w * unit) } : {})),
  };
}
