import { cellId, type CellId } from './cells';
import { definitionOf } from './definition/editions';
import type { CellRef, EditionDefinition, Format, Formula, TableId } from './definition/types';
import type { CellValue, ReportDocument, ReportTables } from './document';

/**
 * Derived cells form a small dependency graph: each formula's target is the sum of its terms.
 * Formulas are ordered so that a target is computed before any formula that reads it, and each
 * cell knows which formulas read it, so one edit recomputes only what depends on it.
 */
export interface TotalsGraph {
  /** All formulas of the edition, in evaluation order. */
  readonly ordered: readonly Formula[];
  /** For a cell id, the formulas (in evaluation order) that must be recomputed when it changes. */
  readonly dependents: ReadonlyMap<CellId, readonly Formula[]>;
  /** Ids of all computed cells. */
  readonly computed: ReadonlySet<CellId>;
}

function orderFormulas(formulas: readonly Formula[]): Formula[] {
  const byTarget = new Map(formulas.map((f) => [cellId(f.target), f]));
  const done = new Set<CellId>();
  const ordered: Formula[] = [];
  const visit = (f: Formula, stack: Set<CellId>): void => {
    const id = cellId(f.target);
    if (done.has(id)) return;
    if (stack.has(id)) throw new Error(`Cyclic formula at ${id}`);
    stack.add(id);
    for (const term of f.terms) {
      const dep = byTarget.get(cellId(term));
      if (dep !== undefined) visit(dep, stack);
    }
    stack.delete(id);
    done.add(id);
    ordered.push(f);
  };
  for (const f of formulas) visit(f, new Set());
  return ordered;
}

function buildGraph(def: EditionDefinition): TotalsGraph {
  const ordered = orderFormulas(Object.values(def.tables).flatMap((t) => t.formulas));
  const position = new Map(ordered.map((f, i) => [f, i]));
  const direct = new Map<CellId, Formula[]>();
  for (const f of ordered) {
    for (const term of f.terms) {
      const id = cellId(term);
      direct.set(id, [...(direct.get(id) ?? []), f]);
    }
  }
  // Transitive closure: a change to a term also reaches formulas that read the term's targets.
  const dependents = new Map<CellId, Formula[]>();
  for (const id of direct.keys()) {
    const reached = new Set<Formula>();
    const queue = [...(direct.get(id) ?? [])];
    while (queue.length > 0) {
      const f = queue.shift();
      if (f === undefined || reached.has(f)) continue;
      reached.add(f);
      queue.push(...(direct.get(cellId(f.target)) ?? []));
    }
    dependents.set(
      id,
      [...reached].sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0)),
    );
  }
  return { ordered, dependents, computed: new Set(ordered.map((f) => cellId(f.target))) };
}

const graphs = new Map<Format, TotalsGraph>();

export function totalsGraph(format: Format): TotalsGraph {
  let graph = graphs.get(format);
  if (graph === undefined) {
    graph = buildGraph(definitionOf(format));
    graphs.set(format, graph);
  }
  return graph;
}

type MutableTables = Record<TableId, Record<string, Record<string, CellValue>> | null>;

function read(tables: MutableTables, ref: CellRef): CellValue {
  return tables[ref.table]?.[ref.row]?.[ref.column] ?? null;
}

/** Sum of the terms; blank only when every term is blank (blank is not zero). */
export function sumTerms(values: readonly CellValue[]): CellValue {
  let sum: number | null = null;
  for (const v of values) if (v !== null) sum = (sum ?? 0) + v;
  return sum;
}

/** Copies only the tables and rows that formulas write; untouched rows stay shared. */
function evaluate(
  tables: ReportTables,
  formulas: readonly Formula[],
): { tables: ReportTables; changed: CellRef[] } {
  const next: MutableTables = { ...tables };
  const copiedTables = new Set<TableId>();
  const copiedRows = new Set<string>();
  const changed: CellRef[] = [];
  for (const f of formulas) {
    const { table: tableId, row: rowId, column } = f.target;
    const source = next[tableId];
    if (source === null) continue;
    const value = sumTerms(f.terms.map((t) => read(next, t)));
    if ((source[rowId]?.[column] ?? null) === value) continue;
    let table = source;
    if (!copiedTables.has(tableId)) {
      table = { ...source };
      next[tableId] = table;
      copiedTables.add(tableId);
    }
    const rowKey = `${tableId}.${rowId}`;
    let row = table[rowId] ?? {};
    if (!copiedRows.has(rowKey)) {
      row = { ...row };
      table[rowId] = row;
      copiedRows.add(rowKey);
    }
    row[column] = value;
    changed.push(f.target);
  }
  return { tables: next as ReportTables, changed };
}

/** Recomputes every derived cell of the document (used after restore and edition switches). */
export function recomputeAll(doc: ReportDocument): ReportDocument {
  const { tables, changed } = evaluate(doc.tables, totalsGraph(doc.format).ordered);
  return changed.length === 0 ? doc : { ...doc, tables };
}

/**
 * Recomputes only the derived cells that depend on `changed`. Returns the new document and the
 * derived cells whose value changed (so a UI can re-render exactly those).
 */
export function recomputeAfter(
  doc: ReportDocument,
  changed: CellRef,
): { readonly doc: ReportDocument; readonly changed: readonly CellRef[] } {
  const formulas = totalsGraph(doc.format).dependents.get(cellId(changed)) ?? [];
  if (formulas.length === 0) return { doc, changed: [] };
  const result = evaluate(doc.tables, formulas);
  return {
    doc: result.changed.length === 0 ? doc : { ...doc, tables: result.tables },
    changed: result.changed,
  };
}

/** Whether a cell is derived by a formula in the document's edition. */
export function isComputed(format: Format, ref: CellRef): boolean {
  return totalsGraph(format).computed.has(cellId(ref));
}
