import type { TableDef } from '../../report/definition/types';
import type { CellValue, RowValues, TableValues } from '../../report/document';
import { moneyToNumber } from '../../report/money';

export type FileRow = Record<string, number | null>;
export type FileTable = Record<string, FileRow>;

/** Rows or cells the definition does not know, kept from an imported file and written back raw. */
function unknownEntries<T>(
  values: Readonly<Record<string, T>>,
  known: ReadonlySet<string>,
): [string, T][] {
  return Object.entries(values).filter(([key]) => !known.has(key));
}

/**
 * One table as written to the file. Definition rows and columns come first, in printed order,
 * so the file reads like the form; every definition cell is written (blank as `null`) so a
 * consumer can read the file without Nianbao. Money leaves its internal millionths here.
 * Rows and columns kept from an import that the definition lacks follow, unchanged.
 * Entries are built with `Object.fromEntries` so a key such as `__proto__` stays plain data.
 */
export function tableToFile(def: TableDef, values: TableValues): FileTable {
  const knownRows = new Set(def.rows.map((r) => r.id));
  const rows: [string, FileRow][] = def.rows.map((row) => {
    const stored: RowValues = values[row.id] ?? {};
    const knownColumns = new Set(row.columns.map((c) => c.id));
    const cells: [string, CellValue][] = row.columns.map((column) => {
      const value = stored[column.id] ?? null;
      return [column.id, value !== null && column.kind === 'money' ? moneyToNumber(value) : value];
    });
    return [row.id, Object.fromEntries([...cells, ...unknownEntries(stored, knownColumns)])];
  });
  const extraRows = unknownEntries(values, knownRows).map(([id, row]): [string, FileRow] => [
    id,
    Object.fromEntries(Object.entries(row)),
  ]);
  return Object.fromEntries([...rows, ...extraRows]);
}
