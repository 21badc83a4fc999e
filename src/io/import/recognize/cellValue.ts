import { MONEY_UNITS } from '../../../report/definition/importVocabulary';
import type { ColumnDef } from '../../../report/definition/types';
import { importProblem } from '../problemCodes';
import type { ImportProblem, LocatedCell } from '../types';
import { shiftDecimal, type CellReading } from '../values';

/** A value slot of a row as found: a reading with its source text, or text that is no value. */
export type Slot =
  | {
      readonly kind: 'value';
      readonly reading: CellReading;
      readonly source: string;
      /** Layout text: the value's centre column. */
      readonly x?: number;
    }
  | { readonly kind: 'unreadable'; readonly source: string }
  /** A column left empty in laid-out text, found by the header's column positions. */
  | { readonly kind: 'gap' };

export interface CellOutcome {
  readonly cell: LocatedCell;
  readonly problems: readonly ImportProblem[];
}

/** Money unit printed in a column header (`（单位：万元）`), when there is one. */
export type HeaderUnit = string | null;

function moneyValue(
  digits: string,
  cellUnit: string | null,
  headerUnit: HeaderUnit,
  id: string,
  source: string,
): CellOutcome {
  const unit = [cellUnit, headerUnit].find(
    (u): u is string => u !== null && MONEY_UNITS.some((m) => m.unit === u),
  );
  const shift = MONEY_UNITS.find((m) => m.unit === unit)?.wanShift ?? 0;
  const value = Number(shiftDecimal(digits, shift));
  const problems: ImportProblem[] = [];
  if (unit === undefined) {
    problems.push(importProblem('money.unitAssumed', 'notice', { source }, id));
  } else if (shift !== 0) {
    problems.push(
      importProblem('money.converted', 'notice', { source, unit, value: String(value) }, id),
    );
  }
  return { cell: { cell: id, value, status: 'read', source }, problems };
}

/** The located cell of one slot under one column. */
export function cellFromSlot(
  id: string,
  column: ColumnDef,
  slot: Slot,
  headerUnit: HeaderUnit,
): CellOutcome {
  if (slot.kind === 'gap') {
    return {
      cell: {
        cell: id,
        value: null,
        status: 'inferred',
        how: '原文此格为空（按表头的列位置判断）',
      },
      problems: [],
    };
  }
  if (slot.kind === 'unreadable') {
    return {
      cell: { cell: id, value: null, status: 'notFound', source: slot.source },
      problems: [importProblem('cell.unreadable', 'warning', { source: slot.source }, id)],
    };
  }
  const { reading, source } = slot;
  if (reading.kind === 'blank') {
    return { cell: { cell: id, value: null, status: 'read', source }, problems: [] };
  }
  if (reading.kind === 'none') {
    return {
      cell: { cell: id, value: null, status: 'read', source },
      problems: [importProblem('cell.none', 'notice', { source }, id)],
    };
  }
  if (column.kind === 'money')
    return moneyValue(reading.digits, reading.unit, headerUnit, id, source);
  return {
    cell: { cell: id, value: Number(reading.digits), status: 'read', source },
    problems: [],
  };
}

export function notFoundCell(id: string): LocatedCell {
  return { cell: id, value: null, status: 'notFound' };
}
