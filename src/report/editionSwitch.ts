import { definitionOf, TABLE_IDS } from './definition/editions';
import type { ColumnDef, Format, RowDef, TableId } from './definition/types';
import {
  asRestored,
  type CellValue,
  type ReportTables,
  type RestoredDocument,
  type RowValues,
  type TableValues,
} from './document';
import { recomputeAll } from './totals';

/** Which edition has a row or column that the other one lacks. */
export type EditionDifferenceKind = `onlyIn${Format}`;

export interface EditionDifference {
  readonly table: TableId;
  readonly row: string;
  /** Absent when the whole row exists in one edition only. */
  readonly column?: string;
  /** `表三 （六）其他处理`, or `表二 第二十条第（一）项 规章 · 本年新制作数量` for a column. */
  readonly label: string;
  /** The parts of `label`: `表二`, `第二十条第（一）项 规章`, `本年新制作数量`. */
  readonly tableName: string;
  readonly rowLabel: string;
  readonly columnLabel?: string;
  readonly kind: EditionDifferenceKind;
}

const onlyIn = (format: Format): EditionDifferenceKind => `onlyIn${format}`;

/**
 * Row ids of both editions in one print order: the rows of `a`, with each row only `b` has
 * placed after the row that precedes it in `b` (and after any rows only `a` has there), so
 * 其他对外管理服务事项 stays after 行政许可 and the （六） rows stay together.
 */
function mergedRowOrder(a: readonly RowDef[], b: readonly RowDef[]): string[] {
  const order = a.map((r) => r.id);
  const inA = new Set(order);
  let previous: string | null = null;
  for (const row of b) {
    if (!inA.has(row.id)) {
      let at = previous === null ? 0 : order.indexOf(previous) + 1;
      while (at < order.length && !b.some((r) => r.id === order[at])) at += 1;
      order.splice(at, 0, row.id);
    }
    previous = row.id;
  }
  return order;
}

/**
 * The rows and columns that exist in one edition but not in the other, in print order.
 * Computed from the two definitions, so a new edition needs no list here.
 */
export function editionDifferences(from: Format, to: Format): EditionDifference[] {
  if (from === to) return [];
  const out: EditionDifference[] = [];
  for (const table of TABLE_IDS) {
    const a = definitionOf(from).tables[table];
    const b = definitionOf(to).tables[table];
    const tableName = a.shortName;
    const whole = (row: RowDef, format: Format): EditionDifference => ({
      table,
      row: row.id,
      label: `${tableName} ${row.label}`,
      tableName,
      rowLabel: row.label,
      kind: onlyIn(format),
    });
    const column = (row: RowDef, c: ColumnDef, format: Format): EditionDifference => ({
      table,
      row: row.id,
      column: c.id,
      label: `${tableName} ${row.label} · ${c.label}`,
      tableName,
      rowLabel: row.label,
      columnLabel: c.label,
      kind: onlyIn(format),
    });
    for (const id of mergedRowOrder(a.rows, b.rows)) {
      const rowA = a.rows.find((r) => r.id === id);
      const rowB = b.rows.find((r) => r.id === id);
      if (rowB === undefined) {
        if (rowA !== undefined) out.push(whole(rowA, from));
      } else if (rowA === undefined) {
        out.push(whole(rowB, to));
      } else {
        for (const c of rowA.columns) {
          if (!rowB.columns.some((d) => d.id === c.id)) out.push(column(rowA, c, from));
        }
        for (const c of rowB.columns) {
          if (!rowA.columns.some((d) => d.id === c.id)) out.push(column(rowB, c, to));
        }
      }
    }
  }
  return out;
}

/** Adds blank cells for every row and column of `format` that the table lacks; keeps the rest. */
function withEditionCells(values: TableValues, format: Format, table: TableId): TableValues {
  let next: TableValues | null = null;
  for (const row of definitionOf(format).tables[table].rows) {
    const existing: RowValues | undefined = values[row.id];
    const missing = row.columns.filter((c) => existing === undefined || !(c.id in existing));
    if (missing.length === 0) continue;
    next ??= { ...values };
    next[row.id] = {
      ...existing,
      ...Object.fromEntries(missing.map((c): [string, CellValue] => [c.id, null])),
    };
  }
  return next ?? values;
}

/**
 * Switches a report to another edition. Nothing is deleted: values in rows or columns the new
 * edition lacks stay in the document (the editor lists them, checks and export report them),
 * so switching back restores the report exactly. The new edition's rows are added blank and
 * every total is recomputed with the new edition's formulas.
 */
export function switchEdition(
  doc: RestoredDocument,
  format: Format,
): { readonly doc: RestoredDocument; readonly differences: readonly EditionDifference[] } {
  if (doc.format === format) return { doc, differences: [] };
  const fill = (table: TableId, values: TableValues) => withEditionCells(values, format, table);
  const tables: ReportTables = {
    proactive: fill('proactive', doc.tables.proactive),
    applications: fill('applications', doc.tables.applications),
    review: fill('review', doc.tables.review),
    disclosureStats:
      doc.tables.disclosureStats === null
        ? null
        : fill('disclosureStats', doc.tables.disclosureStats),
  };
  return {
    doc: asRestored(recomputeAll({ ...doc, format, tables })),
    differences: editionDifferences(doc.format, format),
  };
}

// Kept values have a module of their own: the editor's notice lists them on every visit, the
// switch itself (and its comparison of the editions) loads only when a switch is asked for.
export { valuesOutsideEdition, type ValueOutsideEdition } from './valuesOutsideEdition';
