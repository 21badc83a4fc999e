import { cellId } from './cells';
import type { CellRef } from './definition/types';
import { asRestored, type CellValue, type RestoredDocument } from './document';
import { invalidEntry, withInvalidEntry } from './invalidEntries';
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
  // A value written into the cell replaces any invalid text kept for it.
  const hadEntry = invalidEntry(doc, cellId(ref)) !== null;
  if ((table[ref.row]?.[ref.column] ?? null) === value) {
    return hadEntry
      ? { doc: asRestored(withInvalidEntry(doc, ref, null)), changed: [ref] }
      : { doc, changed: [] };
  }
  const next = {
    ...withInvalidEntry(doc, ref, null),
    tables: {
      ...doc.tables,
      [ref.table]: { ...table, [ref.row]: { ...(table[ref.row] ?? {}), [ref.column]: value } },
    },
  };
  const result = recomputeAfter(next, ref);
  return { doc: asRestored(result.doc), changed: [ref, ...result.changed] };
}

/**
 * What a failed entry leaves (text that is not a valid value): the cell blank, and the text
 * kept as its invalid entry, so `cell.invalid` shows it until it is fixed or undone.
 */
export function setInvalidCell(
  doc: RestoredDocument,
  ref: CellRef,
  text: string,
): { readonly doc: RestoredDocument; readonly changed: readonly CellRef[] } {
  const blanked = setCell(doc, ref, null);
  return { doc: asRestored(withInvalidEntry(blanked.doc, ref, text)), changed: blanked.changed };
}
