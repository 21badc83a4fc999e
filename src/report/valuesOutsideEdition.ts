import { definitionOf, EDITIONS, TABLE_IDS } from './definition/editions';
import type { CellKind, Format, TableId } from './definition/types';
import type { RestoredDocument } from './document';

/** A filled-in cell that the document's edition does not have (kept after a switch or import). */
export interface ValueOutsideEdition {
  readonly table: TableId;
  readonly row: string;
  readonly column: string;
  /** Row label and column label in the words of the edition that has them, with table name. */
  readonly rowLabel: string;
  readonly columnLabel: string;
  /** How to show the value (money is stored in millionths); `null` when no edition knows it. */
  readonly kind: CellKind | null;
  readonly value: number;
}

function describe(format: Format, table: TableId, row: string, column: string) {
  for (const def of Object.values(EDITIONS)) {
    const tableDef = def.tables[table];
    const rowDef = tableDef.rows.find((r) => r.id === row);
    const columnDef = rowDef?.columns.find((c) => c.id === column);
    if (rowDef !== undefined && columnDef !== undefined) {
      return {
        rowLabel: `${tableDef.shortName} ${rowDef.label}`,
        columnLabel: columnDef.label,
        kind: columnDef.kind,
      };
    }
  }
  const shortName = definitionOf(format).tables[table].shortName;
  return { rowLabel: `${shortName} ${row}`, columnLabel: column, kind: null };
}

/**
 * Filled-in values that sit in rows or columns the document's edition lacks. Blank cells are not
 * listed: there is nothing to lose in them.
 */
export function valuesOutsideEdition(
  doc: Pick<RestoredDocument, 'format' | 'tables'>,
): ValueOutsideEdition[] {
  const out: ValueOutsideEdition[] = [];
  const def = definitionOf(doc.format);
  for (const table of TABLE_IDS) {
    const values = doc.tables[table];
    if (values === null) continue;
    for (const [row, cells] of Object.entries(values)) {
      const rowDef = def.tables[table].rows.find((r) => r.id === row);
      for (const [column, value] of Object.entries(cells)) {
        if (value === null) continue;
        if (rowDef?.columns.some((c) => c.id === column) === true) continue;
        out.push({ table, row, column, value, ...describe(doc.format, table, row, column) });
      }
    }
  }
  return out;
}
