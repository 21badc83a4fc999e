import { blankTable, createBlankDocument } from '../blank';
import type { CellId } from '../cells';
import { asRestored, type AgencyLevel, type RestoredDocument } from '../document';
import { recomputeAll } from '../totals';
import type { ConsolidationProblem } from './problems';
import { inputCells, type UnitVector } from './unitVector';
import { definitionOf } from '../definition/editions';

/** One unit's report as consolidation needs it: identity and its input cells. */
export interface ConsolidationUnit {
  /** Who the unit is in the record (its agency; the file name when the agency is empty). */
  readonly name: string;
  readonly year: number;
  readonly agencyLevel: AgencyLevel | null;
  readonly vector: UnitVector;
}

/** Which units filled a cell in and which left it blank (indices into `units`). */
export interface CellContribution {
  readonly cell: CellId;
  readonly contributing: readonly number[];
  readonly blank: readonly number[];
}

export interface Consolidation {
  readonly document: RestoredDocument;
  readonly units: readonly string[];
  /** Every input cell, in definition order. */
  readonly cells: readonly CellContribution[];
  /** Cells that hold a sum although some units left them blank. */
  readonly incomplete: readonly CellId[];
}

export type ConsolidationResult =
  | { readonly ok: true; readonly value: Consolidation }
  | { readonly ok: false; readonly problem: ConsolidationProblem };

/** The key under which the cell-level record travels in the consolidated file (kept on import). */
export const CONSOLIDATION_KEY = 'consolidation';

function groupNames<K>(units: readonly ConsolidationUnit[], key: (u: ConsolidationUnit) => K) {
  const groups = new Map<K, string[]>();
  for (const u of units) groups.set(key(u), [...(groups.get(key(u)) ?? []), u.name]);
  return [...groups].map(([value, names]) => ({ value, names }));
}

function commonLevel(units: readonly ConsolidationUnit[]): AgencyLevel | null {
  const first = units[0]?.agencyLevel ?? null;
  return units.every((u) => u.agencyLevel === first) ? first : null;
}

/**
 * The sum of every input cell over units of one year and one edition, as an ordinary report:
 * totals derived as usual, so the checks run on it like on any report. Blank plus a number is
 * the number, and the cell is recorded as incomplete; a cell blank in every unit stays blank.
 * Money is summed exactly (integer millionths). Mixed years or editions are refused.
 */
export function consolidate(
  units: readonly ConsolidationUnit[],
  options: { readonly name?: string } = {},
): ConsolidationResult {
  const first = units[0];
  if (first === undefined) return { ok: false, problem: { code: 'empty' } };
  const years = groupNames(units, (u) => u.year);
  if (years.length > 1) {
    return { ok: false, problem: { code: 'mixedYears', groups: years.map((g) => ({ ...g })) } };
  }
  const formats = groupNames(units, (u) => u.vector.format);
  if (formats.length > 1) return { ok: false, problem: { code: 'mixedFormats', groups: formats } };

  const { format } = first.vector;
  const specs = inputCells(format);
  const withStats = units.some((u) => u.vector.hasDisclosureStats);
  const n = units.length;
  const agency = `${options.name ?? ''}（汇总，${String(n)}个单位）`;
  const blank = createBlankDocument({
    agency,
    year: first.year,
    format,
    agencyLevel: commonLevel(units),
  });
  const def = definitionOf(format);
  const tables = {
    proactive: structuredClone(blank.tables.proactive),
    applications: structuredClone(blank.tables.applications),
    review: structuredClone(blank.tables.review),
    disclosureStats: withStats ? blankTable(def.tables.disclosureStats) : null,
  };
  const cells: CellContribution[] = [];
  const incomplete: CellId[] = [];
  const blankByCell: Record<string, number[]> = {};
  for (const [i, spec] of specs.entries()) {
    if (spec.table === 'disclosureStats' && !withStats) continue;
    let sum: number | null = null;
    const contributing: number[] = [];
    const blanks: number[] = [];
    for (const [k, u] of units.entries()) {
      const v = u.vector.values[i] ?? Number.NaN;
      if (Number.isNaN(v)) blanks.push(k);
      else {
        sum = (sum ?? 0) + v;
        contributing.push(k);
      }
    }
    if (sum !== null && !Number.isSafeInteger(sum)) {
      return { ok: false, problem: { code: 'tooLarge', cell: spec.id } };
    }
    const row = tables[spec.table]?.[spec.row];
    if (row !== undefined) row[spec.column] = sum;
    cells.push({ cell: spec.id, contributing, blank: blanks });
    if (sum !== null && blanks.length > 0) {
      incomplete.push(spec.id);
      blankByCell[spec.id] = blanks;
    }
  }
  const names = units.map((u) => u.name);
  const document = asRestored(
    recomputeAll({
      ...blank,
      preface: prefaceOf(n, first.year, incomplete.length),
      tables,
      extra: { [CONSOLIDATION_KEY]: { units: names, blankByCell } },
    }),
  );
  return { ok: true, value: { document, units: names, cells, incomplete } };
}

function prefaceOf(n: number, year: number, incomplete: number): string {
  const tail =
    incomplete === 0
      ? '各单位均已填写全部数字。'
      : `其中${String(incomplete)}个单元格有单位未填写，汇总数只含已填写单位的数字。`;
  return `本报告由${String(n)}个单位的${String(year)}年政府信息公开工作年度报告汇总而成，表格中的数字为各单位数字之和；${tail}`;
}
