import { blankTable } from '../blank';
import { definitionOf, FORMATS } from '../definition/editions';
import type { ColumnDef, Format, RowDef, TableDef, TableId } from '../definition/types';
import type { CellValue, ReportTables, RowValues, TableValues } from '../document';
import { makeProblem, type Problem } from './problems';
import { restoreCell, restoreLooseCell } from './restoreCell';
import { defineOwn, isSafeObject, own, type SafeObject, type SafeValue } from './safeCopy';

const REQUIRED_TABLES = ['proactive', 'applications', 'review'] as const;
const ALL_TABLES: readonly string[] = [...REQUIRED_TABLES, 'disclosureStats'];

/** The same table in every other registered edition: rows/columns found there keep their kind. */
function otherTables(format: Format, id: TableId): readonly OtherTable[] {
  return FORMATS.filter((f) => f !== format).map((f) => ({
    format: f,
    table: definitionOf(f).tables[id],
  }));
}

interface OtherTable {
  readonly format: Format;
  readonly table: TableDef;
}

/** The first other edition that has the row (and the column, when given). */
function findElsewhere(
  others: readonly OtherTable[],
  rowId: string,
  columnId?: string,
): { readonly format: Format; readonly row: RowDef; readonly column?: ColumnDef } | null {
  for (const other of others) {
    const row = other.table.rows.find((r) => r.id === rowId);
    if (row === undefined) continue;
    if (columnId === undefined) return { format: other.format, row };
    const column = row.columns.find((c) => c.id === columnId);
    if (column !== undefined) return { format: other.format, row, column };
  }
  return null;
}

function blankRow(row: RowDef): RowValues {
  const values: RowValues = {};
  for (const column of row.columns) defineOwn<CellValue>(values, column.id, null);
  return values;
}

interface TableContext {
  readonly table: TableDef;
  /** The same table in the other editions: rows/columns found there keep their kind. */
  readonly others: readonly OtherTable[];
  readonly problems: Problem[];
}

function restoreKnownRow(raw: SafeObject, row: RowDef, ctx: TableContext): RowValues {
  const tableId = ctx.table.id;
  const values: RowValues = {};
  for (const column of row.columns) {
    const path = ['tables', tableId, row.id, column.id];
    const outcome = restoreCell(own(raw, column.id), column.kind, path);
    if (outcome.problem !== null) ctx.problems.push(outcome.problem);
    defineOwn(values, column.id, outcome.value);
  }
  for (const key of Object.keys(raw)) {
    if (row.columns.some((c) => c.id === key)) continue;
    const elsewhere = findElsewhere(ctx.others, row.id, key);
    const otherColumn = elsewhere?.column;
    const path = ['tables', tableId, row.id, key];
    ctx.problems.push(
      makeProblem('table.unknownColumn', 'warning', path, {
        table: tableId,
        row: row.id,
        column: key,
        ...(elsewhere === null ? {} : { otherEdition: elsewhere.format }),
      }),
    );
    const outcome =
      otherColumn === undefined
        ? restoreLooseCell(own(raw, key), path)
        : restoreCell(own(raw, key), otherColumn.kind, path);
    if (outcome.problem !== null) ctx.problems.push(outcome.problem);
    defineOwn(values, key, outcome.value);
  }
  return values;
}

/** A row the edition lacks: kept (never silently dropped) and reported. */
function restoreUnknownRow(raw: SafeObject, rowId: string, ctx: TableContext): RowValues {
  const tableId = ctx.table.id;
  const elsewhere = findElsewhere(ctx.others, rowId);
  const otherRow = elsewhere?.row;
  ctx.problems.push(
    makeProblem('table.unknownRow', 'warning', ['tables', tableId, rowId], {
      table: tableId,
      row: rowId,
      ...(elsewhere === null ? {} : { otherEdition: elsewhere.format }),
    }),
  );
  const values: RowValues = {};
  for (const key of Object.keys(raw)) {
    const path = ['tables', tableId, rowId, key];
    const column = otherRow?.columns.find((c) => c.id === key);
    const outcome =
      column === undefined
        ? restoreLooseCell(own(raw, key), path)
        : restoreCell(own(raw, key), column.kind, path);
    if (outcome.problem !== null) ctx.problems.push(outcome.problem);
    defineOwn(values, key, outcome.value);
  }
  return values;
}

function restoreTable(raw: SafeObject, ctx: TableContext): TableValues {
  const tableId = ctx.table.id;
  const values: TableValues = {};
  const invalidRow = (rowId: string): void => {
    ctx.problems.push(
      makeProblem('table.invalid', 'warning', ['tables', tableId, rowId], {
        table: tableId,
        row: rowId,
      }),
    );
  };
  for (const row of ctx.table.rows) {
    const rawRow = own(raw, row.id);
    if (isSafeObject(rawRow)) {
      defineOwn(values, row.id, restoreKnownRow(rawRow, row, ctx));
      continue;
    }
    // A missing row is blank, like a missing cell; a row that is not an object is blanked.
    if (rawRow !== undefined && rawRow !== null) invalidRow(row.id);
    defineOwn(values, row.id, blankRow(row));
  }
  for (const key of Object.keys(raw)) {
    if (ctx.table.rows.some((r) => r.id === key)) continue;
    const rawRow = own(raw, key);
    if (isSafeObject(rawRow) || rawRow === null) {
      defineOwn(values, key, restoreUnknownRow(rawRow ?? {}, key, ctx));
    } else {
      invalidRow(key);
    }
  }
  return values;
}

/**
 * The tables of a file: required tables (表二、表三、表四) fall back to blank with a problem;
 * the optional statistics table is null when absent. Every known row of the edition is present
 * with every column; rows and columns the edition lacks are kept and reported.
 */
export function restoreTables(
  raw: SafeValue | undefined,
  format: Format,
  problems: Problem[],
): ReportTables {
  const def = definitionOf(format);
  const absent = raw === undefined || raw === null;
  const source = isSafeObject(raw) ? raw : null;
  if (!absent && source === null)
    problems.push(makeProblem('field.invalid', 'warning', ['tables']));

  /** The table's values, or `undefined` when the file has none (missing or unusable). */
  const read = (id: TableId, required: boolean): TableValues | undefined => {
    if (source === null) {
      // `tables` itself is missing: each required table is reported as missing.
      if (absent && required)
        problems.push(makeProblem('table.missing', 'warning', ['tables', id], { table: id }));
      return undefined;
    }
    const value = own(source, id);
    if (value === undefined || value === null) {
      if (required)
        problems.push(makeProblem('table.missing', 'warning', ['tables', id], { table: id }));
      return undefined;
    }
    if (!isSafeObject(value)) {
      problems.push(makeProblem('table.invalid', 'warning', ['tables', id], { table: id }));
      return undefined;
    }
    return restoreTable(value, {
      table: def.tables[id],
      others: otherTables(format, id),
      problems,
    });
  };

  const tables: ReportTables = {
    proactive: read('proactive', true) ?? blankTable(def.tables.proactive),
    applications: read('applications', true) ?? blankTable(def.tables.applications),
    review: read('review', true) ?? blankTable(def.tables.review),
    disclosureStats: read('disclosureStats', false) ?? null,
  };
  for (const key of source === null ? [] : Object.keys(source)) {
    if (!ALL_TABLES.includes(key))
      problems.push(makeProblem('field.unknown', 'warning', ['tables', key]));
  }
  return tables;
}
