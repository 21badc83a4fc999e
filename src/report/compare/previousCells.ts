import { readCell } from '../cells';
import { definitionOf } from '../definition/editions';
import type { CellKind, CellRef, EditionDefinition, TableId } from '../definition/types';
import type { CellValue, ReportDocument } from '../document';

/**
 * How last year's report lines up with this year's, cell by cell. Rows and columns are matched
 * through the two editions' definitions: a cell of this year is compared with the cell of last
 * year's edition that has the same table, row and column; a table the edition declares
 * `editionBound` (its columns mean something else in the other edition) is not compared across
 * editions at all, exactly as carry-over does not take it over.
 */

/** Last year's value of a cell: a value (`null` = left blank last year), or no such cell. */
export type PreviousValue =
  { readonly kind: 'value'; readonly value: CellValue } | { readonly kind: 'absent' };

export type TableComparability =
  | { readonly comparable: true; readonly sameEdition: boolean }
  | { readonly comparable: false; readonly reason: string };

/** Whether a table of this year's report can be compared with last year's, and why not. */
export function tableComparability(
  current: Pick<ReportDocument, 'format'>,
  previous: Pick<ReportDocument, 'format' | 'tables'>,
  table: TableId,
): TableComparability {
  const def = definitionOf(current.format);
  const sameEdition = current.format === previous.format;
  const name = def.tables[table].shortName;
  if (!sameEdition && def.carryOver.editionBound.includes(table)) {
    return {
      comparable: false,
      reason: `上年报告使用${definitionOf(previous.format).notice}格式，本年使用${def.notice}格式，${name}两版栏目含义不同，不作逐项对比。`,
    };
  }
  if (previous.tables[table] === null) {
    return { comparable: false, reason: `上年报告没有${name}，无从对比。` };
  }
  return { comparable: true, sameEdition };
}

/** Whether last year's edition has this cell (same table, row and column). */
function hasCell(def: EditionDefinition, ref: CellRef): boolean {
  const row = def.tables[ref.table].rows.find((r) => r.id === ref.row);
  return row?.columns.some((c) => c.id === ref.column) ?? false;
}

/** Last year's value of this year's cell (call only for a comparable table). */
export function previousValueOf(previous: ReportDocument, ref: CellRef): PreviousValue {
  if (previous.tables[ref.table] === null || !hasCell(definitionOf(previous.format), ref)) {
    return { kind: 'absent' };
  }
  return { kind: 'value', value: readCell(previous, ref) };
}

/** The change from last year to this year, when both are filled in. */
export type Change =
  | { readonly kind: 'absent' }
  | { readonly kind: 'blank' }
  | {
      readonly kind: 'value';
      readonly previous: number;
      readonly current: number;
      readonly delta: number;
      /**
       * delta / previous × 100, or `null` where a percentage means nothing: last year 0 (any
       * growth is infinite), or a signed column (2019 本年增/减 is itself a change).
       */
      readonly percent: number | null;
    };

export function changeOf(previous: PreviousValue, current: CellValue, kind: CellKind): Change {
  if (previous.kind === 'absent') return { kind: 'absent' };
  if (previous.value === null || current === null) return { kind: 'blank' };
  const delta = current - previous.value;
  const percent = kind === 'signed' || previous.value <= 0 ? null : (delta * 100) / previous.value;
  return { kind: 'value', previous: previous.value, current, delta, percent };
}
