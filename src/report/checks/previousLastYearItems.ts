import { definitionOf } from '../definition/editions';
import { NO_FINDINGS, type CheckEntry } from './context';
import { cellLabels, sides, str, withStatus } from './messages';
import { cellSpec, perFormat } from './plan';
import { lastYearSameEdition } from './previousYear';
import { evaluateRelations, relation, term, type Relation } from './relation';

/** 上一年项目数量 = last year's 上一年项目数量 + last year's 本年增/减. */
const relations = perFormat((format): readonly Relation[] => {
  const roles = definitionOf(format).checks['previous.lastYearItems'];
  if (roles === undefined) return [];
  return roles.rows.map((row) => {
    const items = cellSpec(format, 'proactive', row, roles.lastYearItems);
    const change = cellSpec(format, 'proactive', row, roles.change);
    return relation({
      part: 'proactive',
      comparison: 'equal',
      left: [term(items)],
      right: [term(items, 1, 'previous'), term(change, 1, 'previous')],
      params: { change: roles.change },
    });
  });
});

/** Only within one edition: another edition may have no 上一年项目数量. */
export const previousLastYearItems: CheckEntry = {
  id: 'previous.lastYearItems',
  severity: 'warning',
  appliesTo: (edition) => edition.checks['previous.lastYearItems'] !== undefined,
  run: (ctx) =>
    lastYearSameEdition(ctx) === null
      ? NO_FINDINGS
      : evaluateRelations(relations(ctx.doc.format), ctx),
  describe(f, edition) {
    const items = cellLabels(edition, f.cells[0]);
    const change = items.row.columns.find((c) => c.id === str(f.params, 'change'));
    const { actual, expected } = sides(f);
    return withStatus(
      f,
      `${items.table.shortName}「${items.row.label}」：${items.column.label}（${actual}）≠ ` +
        `上年报告的${items.column.label} + ${change?.label ?? ''}（${expected}）`,
    );
  },
};
