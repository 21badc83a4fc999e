import type { CellRef, TableId } from './definition/types';
import type { CellValue, ReportDocument } from './document';

/** A cell id as in the contract: `table.row.column`, e.g. `applications.received.naturalPerson`. */
export type CellId = `${TableId}.${string}.${string}`;

export function cellId(ref: CellRef): CellId {
  return `${ref.table}.${ref.row}.${ref.column}`;
}

export function cellRef(table: TableId, row: string, column: string): CellRef {
  return { table, row, column };
}

const TABLES: readonly string[] = ['proactive', 'applications', 'review', 'disclosureStats'];

export function parseCellId(id: string): CellRef | null {
  const [table, row, column, ...rest] = id.split('.');
  if (table === undefined || row === undefined || column === undefined || rest.length > 0) {
    return null;
  }
  if (!TABLES.includes(table) || row === '' || column === '') return null;
  return { table: table as TableId, row, column };
}

export function readCell(doc: ReportDocument, ref: CellRef): CellValue {
  return doc.tables[ref.table]?.[ref.row]?.[ref.column] ?? null;
}
