import { definitionOf } from '../definition/editions';
import type { ReportDocument } from '../document';
import { NO_FINDINGS, type CheckContext } from './context';
import { inForceCells } from './inForceCells';
import * as text from './messages';
import { cellSpec, perFormat } from './plan';
import { evaluateRelations, relation, term, type Relation } from './relation';
import type { Finding } from './types';

/**
 * Continuity with last year's report. Each check runs only when `previous` is the report of
 * the year just before; a gap of years or a later report has no arithmetic link. The finding
 * lists only this year's cells: last year's cells live in another document.
 */
function lastYear(ctx: CheckContext): ReportDocument | null {
  const { previous } = ctx;
  return previous !== null && previous.year === ctx.doc.year - 1 ? previous : null;
}

/**
 * 表三 per column (总计 too): 上年结转 = last year's 结转下年度继续办理. Both rows and all columns
 * are the same in the two editions, so this also runs across the 2020 → 2021 format change.
 */
const carriedOverRelations = perFormat((format): readonly Relation[] => {
  const table = definitionOf(format).tables.applications;
  return (table.rows[0]?.columns ?? []).map((column) => {
    const carriedOver = cellSpec(format, 'applications', 'carriedOver', column.id);
    const carriedForward = cellSpec(format, 'applications', 'carriedForward', column.id);
    return relation({
      part: 'applications',
      comparison: 'equal',
      left: [term(carriedOver)],
      right: [term(carriedForward, 1, 'previous')],
      describe: (actual, expected) =>
        text.previousCarriedOver(
          table.shortName,
          column.label,
          carriedForward.rowDef.label,
          actual,
          expected,
        ),
    });
  });
});

/** 2021 表二 （一）: 现行有效件数 = last year's 现行有效件数 + 本年制发件数 − 本年废止件数. */
const inForceRelations = perFormat((format): readonly Relation[] => {
  const table = definitionOf(format).tables.proactive;
  return inForceCells(format).map(({ inForce, issued, repealed, labels }) =>
    relation({
      part: 'proactive',
      comparison: 'equal',
      left: [term(inForce)],
      right: [term(inForce, 1, 'previous'), term(issued), term(repealed, -1)],
      describe: (actual, expected) =>
        text.previousInForce(table.shortName, inForce.rowDef.label, labels, actual, expected),
    }),
  );
});

/** 2019 表二 （五）（六）（八）: 上一年项目数量 = last year's 上一年项目数量 + last year's 本年增/减. */
const lastYearItemsRelations = perFormat((format): readonly Relation[] => {
  const table = definitionOf(format).tables.proactive;
  const rows = table.rows.filter(
    (r) =>
      r.columns.some((c) => c.id === 'lastYearItems') && r.columns.some((c) => c.id === 'change'),
  );
  return rows.map((row) => {
    const items = cellSpec(format, 'proactive', row.id, 'lastYearItems');
    const change = cellSpec(format, 'proactive', row.id, 'change');
    const labels = { lastYearItems: items.columnDef.label, change: change.columnDef.label };
    return relation({
      part: 'proactive',
      comparison: 'equal',
      left: [term(items)],
      right: [term(items, 1, 'previous'), term(change, 1, 'previous')],
      describe: (actual, expected) =>
        text.previousLastYearItems(table.shortName, row.label, labels, actual, expected),
    });
  });
});

export function previousCarriedOver(ctx: CheckContext): readonly Finding[] {
  if (lastYear(ctx) === null) return NO_FINDINGS;
  return evaluateRelations('previous.carriedOver', carriedOverRelations(ctx.doc.format), ctx);
}

/** Only 2021 → 2021: across the format change 表二 （一） changed meaning (format spec §4.3 #11). */
export function previousInForce(ctx: CheckContext): readonly Finding[] {
  const previous = lastYear(ctx);
  if (previous === null || ctx.doc.format !== '2021' || previous.format !== '2021') {
    return NO_FINDINGS;
  }
  return evaluateRelations('previous.inForce', inForceRelations(ctx.doc.format), ctx);
}

/** Only 2019 → 2019: the 2021 edition has no 上一年项目数量. */
export function previousLastYearItems(ctx: CheckContext): readonly Finding[] {
  const previous = lastYear(ctx);
  if (previous === null || ctx.doc.format !== '2019' || previous.format !== '2019') {
    return NO_FINDINGS;
  }
  return evaluateRelations('previous.lastYearItems', lastYearItemsRelations(ctx.doc.format), ctx);
}
