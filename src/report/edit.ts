import type { CellRef } from './definition/types';
import { asRestored, type CellValue, type RestoredDocument } from './document';
import { recomputeAfter } from './totals';

/**
 * Sets one input cell and recomputes only the totals that depend on it. Returns the new
 * document and the derived cells that changed. The caller validates the value (see parseCellInput).
 */
export function setCell(
  doc: RestoredDocument,
  ref: CellRef,
  value: CellValue,
): { readonly doc: RestoredDocument; readonly changed: readonly CellRef[] } {
  const table = doc.tables[ref.table];
  if (table === null) return { doc, changed: [] };
  if ((table[ref.row]?.[ref.column] ?? null) === value) return { doc, changed: [] };
  const next = {
    ...doc,
    tables: {
      ...doc.tables,
      [ref.table]: { ...table, [ref.row]: { ...(table[ref.row] ?? {}), [ref.column]: value } },
    },
  };
  const result = recomputeAfter(next, ref);
  return { doc: asRestored(result.doc), changed: [ref, ...result.changed] };
}
