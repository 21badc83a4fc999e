import type { EditionDifference } from '../../../report/editionSwitch';

/** Differences of one row: the whole row, or the listed columns. */
export interface RowChange {
  readonly label: string;
  readonly columns: readonly string[];
}

/**
 * Folds column differences of one row into one line (`规章：本年新制作数量、…`), keeping the
 * order of the definitions, so the confirmation reads like the form.
 */
export function rowChanges(differences: readonly EditionDifference[]): RowChange[] {
  const rows = new Map<string, { label: string; columns: string[] }>();
  for (const d of differences) {
    const key = `${d.table}.${d.row}`;
    let row = rows.get(key);
    if (row === undefined) {
      row = { label: `${d.tableName} ${d.rowLabel}`, columns: [] };
      rows.set(key, row);
    }
    if (d.columnLabel !== undefined) row.columns.push(d.columnLabel);
  }
  return [...rows.values()];
}
