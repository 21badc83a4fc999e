import type { TableId } from '../../report/definition/types';
import type { ReportDocument, TableValues } from '../../report/document';
import type { CellId } from '../../report/cells';
import { invalidEntries } from '../../report/invalidEntries';

const TABLE_IDS: readonly TableId[] = ['proactive', 'applications', 'review', 'disclosureStats'];

function diffTable(id: TableId, a: TableValues | null, b: TableValues | null, out: CellId[]): void {
  if (a === b) return;
  const rows = new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})]);
  for (const row of rows) {
    const ra = a?.[row];
    const rb = b?.[row];
    if (ra === rb) continue;
    const columns = new Set([...Object.keys(ra ?? {}), ...Object.keys(rb ?? {})]);
    for (const column of columns) {
      if ((ra?.[column] ?? null) !== (rb?.[column] ?? null)) out.push(`${id}.${row}.${column}`);
    }
  }
}

/**
 * The cells whose value (or kept invalid text) differs between two documents. Documents share unchanged rows, so
 * this only walks rows that were replaced: cheap enough for every undo/redo.
 */
export function diffCells(a: ReportDocument, b: ReportDocument): CellId[] {
  const out: CellId[] = [];
  if (a.tables !== b.tables)
    for (const id of TABLE_IDS) diffTable(id, a.tables[id], b.tables[id], out);
  // A cell whose kept invalid text changed is shown differently too.
  if (a.extra !== b.extra) {
    const before = new Map(invalidEntries(a));
    const after = new Map(invalidEntries(b));
    for (const id of new Set([...before.keys(), ...after.keys()])) {
      if (before.get(id) !== after.get(id) && !out.includes(id)) out.push(id);
    }
  }
  return out;
}
