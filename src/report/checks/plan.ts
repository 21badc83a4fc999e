import { cellId, type CellId } from '../cells';
import { definitionOf, TABLE_IDS } from '../definition/editions';
import type {
  CellKind,
  CellRef,
  ColumnDef,
  Format,
  RowDef,
  TableDef,
  TableId,
} from '../definition/types';

/**
 * Everything a check needs to know about one cell of an edition, resolved once per format so
 * that running the checks on every keystroke reads values and nothing else.
 */
export interface CellSpec extends CellRef {
  readonly id: CellId;
  /** Position of the cell's value in a snapshot of a document of this edition (values.ts). */
  readonly index: number;
  readonly kind: CellKind;
  /** Derived by a formula (总计 column, （七）总计 row): never typed by the user. */
  readonly computed: boolean;
  readonly tableDef: TableDef;
  readonly rowDef: RowDef;
  readonly columnDef: ColumnDef;
}

/** The cells of one row, for reading a row object once and then its columns. */
export interface RowRead {
  readonly table: TableId;
  readonly row: string;
  readonly cells: readonly CellSpec[];
}

export interface CellPlan {
  /** Every cell of every table of the edition, in definition order (= `index` order). */
  readonly all: readonly CellSpec[];
  readonly rows: readonly RowRead[];
  readonly byTable: Readonly<Record<TableId, readonly CellSpec[]>>;
  /** The cells the user fills in (computed cells excluded), in definition order. */
  readonly inputsByTable: Readonly<Record<TableId, readonly CellSpec[]>>;
  readonly byId: ReadonlyMap<CellId, CellSpec>;
}

/** Memoises a per-edition build: module-level cache keyed by format, built on first use. */
export function perFormat<T>(build: (format: Format) => T): (format: Format) => T {
  const cache = new Map<Format, T>();
  return (format) => {
    let value = cache.get(format);
    if (value === undefined) {
      value = build(format);
      cache.set(format, value);
    }
    return value;
  };
}

function tableRows(table: TableDef, nextIndex: () => number): RowRead[] {
  return table.rows.map((rowDef) => ({
    table: table.id,
    row: rowDef.id,
    cells: rowDef.columns.map((columnDef): CellSpec => {
      const ref: CellRef = { table: table.id, row: rowDef.id, column: columnDef.id };
      return {
        ...ref,
        id: cellId(ref),
        index: nextIndex(),
        kind: columnDef.kind,
        computed: rowDef.computed === true || columnDef.computed === true,
        tableDef: table,
        rowDef,
        columnDef,
      };
    }),
  }));
}

export const cellPlan = perFormat((format): CellPlan => {
  const { tables } = definitionOf(format);
  let next = 0;
  const rows = TABLE_IDS.flatMap((id) => tableRows(tables[id], () => next++));
  const all = rows.flatMap((r) => r.cells);
  const cellsOf = (id: TableId) => all.filter((c) => c.table === id);
  const byTable: Record<TableId, readonly CellSpec[]> = {
    proactive: cellsOf('proactive'),
    applications: cellsOf('applications'),
    review: cellsOf('review'),
    disclosureStats: cellsOf('disclosureStats'),
  };
  const inputs = (id: TableId) => byTable[id].filter((c) => !c.computed);
  const inputsByTable: Record<TableId, readonly CellSpec[]> = {
    proactive: inputs('proactive'),
    applications: inputs('applications'),
    review: inputs('review'),
    disclosureStats: inputs('disclosureStats'),
  };
  return { all, rows, byTable, inputsByTable, byId: new Map(all.map((c) => [c.id, c])) };
});

/**
 * The spec of a cell the check catalogue names. Throws on an unknown cell: that is a mismatch
 * between a check and the definition, found when the plan is built (tests build every plan).
 */
export function cellSpec(format: Format, table: TableId, row: string, column: string): CellSpec {
  const spec = cellPlan(format).byId.get(`${table}.${row}.${column}`);
  if (spec === undefined) {
    throw new Error(`Check refers to ${table}.${row}.${column}, unknown in the ${format} edition`);
  }
  return spec;
}

/**
 * For each computed cell (by index), the input cells its formula reads, followed through other
 * computed cells down to cells the user fills in. A blank among them makes the total a blank
 * input of any relation that reads it (the contract's blank rule reaches through totals).
 */
export const leafInputs = perFormat((format): ReadonlyMap<number, readonly number[]> => {
  const plan = cellPlan(format);
  const formulas = Object.values(definitionOf(format).tables).flatMap((t) => t.formulas);
  const direct = new Map<number, number[]>();
  for (const f of formulas) {
    const target = plan.byId.get(cellId(f.target));
    if (target === undefined) continue;
    const terms = f.terms
      .map((t) => plan.byId.get(cellId(t))?.index)
      .filter((i): i is number => i !== undefined);
    direct.set(target.index, terms);
  }
  const leaves = new Map<number, readonly number[]>();
  const resolve = (index: number, seen: Set<number>): readonly number[] => {
    const known = leaves.get(index);
    if (known !== undefined) return known;
    const terms = direct.get(index);
    if (terms === undefined || seen.has(index)) return [index];
    seen.add(index);
    const out = [...new Set(terms.flatMap((t) => (direct.has(t) ? resolve(t, seen) : [t])))];
    leaves.set(index, out);
    return out;
  };
  for (const index of direct.keys()) resolve(index, new Set());
  return leaves;
});
