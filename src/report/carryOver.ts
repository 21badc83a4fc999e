import { blankTable, createBlankDocument } from './blank';
import { definitionOf } from './definition/editions';
import { shortLabelOf, withoutNumeral } from './definition/labels';
import type { CarryOverMap, EditionDefinition, TableId } from './definition/types';
import {
  asRestored,
  type ReportDocument,
  type RestoredDocument,
  type TableValues,
} from './document';
import { recomputeAll } from './totals';

export interface CarryOverResult {
  /** The new report for `year`, in the edition that year uses by default. */
  readonly document: RestoredDocument;
  /** What was deliberately not taken over from last year, in Chinese, for the user to read. */
  readonly notCarried: readonly string[];
}

/** A row of last year's report copied into this year's row, per input column. */
function carriedRow(
  previous: ReportDocument,
  target: TableValues,
  rule: CarryOverMap['rows'][number],
  columns: readonly string[],
): TableValues {
  const source = previous.tables[rule.table]?.[rule.previousRow] ?? {};
  const carried = { ...(target[rule.row] ?? {}) };
  for (const column of columns) carried[column] = source[column] ?? null;
  return { ...target, [rule.row]: carried };
}

/**
 * Within one edition: this year's column = the sum of last year's columns (2019 上一年项目数量 =
 * last year's 上一年项目数量 + 本年增/减). Only when all are filled in: a blank input stays blank.
 */
function carriedSum(
  previous: ReportDocument,
  target: TableValues,
  rule: CarryOverMap['sums'][number],
): TableValues {
  const next: Record<string, Record<string, number | null>> = { ...target };
  for (const row of rule.rows) {
    const last = previous.tables[rule.table]?.[row];
    const values = rule.previousColumns.map((c) => last?.[c] ?? null);
    if (values.some((v) => v === null)) continue;
    const sum = values.reduce<number>((a, v) => a + (v ?? 0), 0);
    next[row] = { ...(target[row] ?? {}), [rule.column]: sum };
  }
  return next;
}

/** The input columns of a row of the edition (computed totals are recomputed afterwards). */
function inputColumns(def: EditionDefinition, table: TableId, row: string): string[] {
  const rowDef = def.tables[table].rows.find((r) => r.id === row);
  return (rowDef?.columns ?? []).filter((c) => c.computed !== true).map((c) => c.id);
}

/**
 * "Start from last year": a new report for `year` (default: the year after `previous`) that
 * takes over only what means the same thing in both years — the agency, its level, and the
 * cells of the new edition's carry-over map (表三 二、上年结转 = last year's 四、结转下年度继续办理;
 * within one edition, e.g. 表二 上一年项目数量). Narrative text is not copied (it is shown beside the editor as
 * reference, copied only on request); numbers whose columns changed meaning between editions
 * are left blank and listed in `notCarried`.
 */
export function carryOver(
  previous: ReportDocument,
  year: number = previous.year + 1,
): CarryOverResult {
  const blank = createBlankDocument({
    agency: previous.agency,
    year,
    agencyLevel: previous.agencyLevel,
  });
  const sameEdition = blank.format === previous.format;
  const def = definitionOf(blank.format);
  const notCarried: string[] = [];

  const map = def.carryOver;
  const tables: Record<TableId, TableValues | null> = { ...blank.tables };
  for (const rule of map.rows) {
    const values = tables[rule.table];
    if (values === null) continue;
    tables[rule.table] = carriedRow(
      previous,
      values,
      rule,
      inputColumns(def, rule.table, rule.row),
    );
  }
  if (sameEdition) {
    for (const rule of map.sums) {
      const values = tables[rule.table];
      if (values !== null) tables[rule.table] = carriedSum(previous, values, rule);
    }
    notCarried.push(...map.sameEditionNotes);
  } else {
    for (const table of map.editionBound) {
      notCarried.push(
        `${def.tables[table].shortName}未带入：上年报告使用${definitionOf(previous.format).notice}格式，本年使用${def.notice}格式，两版栏目含义不同，上年数值只能参考，不能沿用。`,
      );
    }
  }
  if (previous.year !== year - 1) {
    for (const rule of map.rows) {
      const rows = def.tables[rule.table].rows;
      const row = rows.find((r) => r.id === rule.row);
      const from = rows.find((r) => r.id === rule.previousRow);
      const to = row === undefined ? rule.row : shortLabelOf(row);
      const source = from === undefined ? rule.previousRow : withoutNumeral(from.label);
      notCarried.push(
        `上年报告是${String(previous.year)}年度的，不是${String(year - 1)}年度；“${to}”仍按其“${source}”带入，请核对。`,
      );
    }
  }
  notCarried.push('一、五、六部分的文字未复制：编辑时可在“参考上年”中查看，并按需复制。');
  if (previous.acknowledged.length > 0) {
    notCarried.push(
      `上年已确认的${String(previous.acknowledged.length)}条提示未带入：确认只对当年的数字有效。`,
    );
  }
  if (previous.title !== null) {
    notCarried.push('上年自定的标题未带入：本年标题按机关名称和年度生成，可改。');
  }

  const withTables: ReportDocument = {
    ...blank,
    tables: {
      proactive: tables.proactive ?? blank.tables.proactive,
      applications: tables.applications ?? blank.tables.applications,
      review: tables.review ?? blank.tables.review,
      // The optional statistics table is a local requirement: keep it if last year had it.
      disclosureStats:
        previous.tables.disclosureStats === null ? null : blankTable(def.tables.disclosureStats),
    },
  };
  return { document: asRestored(recomputeAll(withTables)), notCarried };
}
