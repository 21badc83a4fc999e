import { definitionOf } from '../definition/editions';
import type { CheckEntry } from './context';
import { cellLabels, sides, withStatus } from './messages';
import { cellSpec, perFormat } from './plan';
import { evaluateRelations, relation, term, type Relation } from './relation';

/** 表四 each of the three groups: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
const relations = perFormat((format): readonly Relation[] => {
  const edition = definitionOf(format);
  const inputs = edition.checks['review.total'];
  if (inputs === undefined) return [];
  return edition.tables.review.rows.map((row) => {
    const parts = row.columns.filter((c) => c.computed !== true);
    return relation({
      part: 'review',
      comparison: 'equal',
      left: [term(cellSpec(format, 'review', row.id, inputs.totalColumn))],
      right: parts.map((c) => term(cellSpec(format, 'review', row.id, c.id))),
    });
  });
});

export const reviewTotal: CheckEntry = {
  id: 'review.total',
  severity: 'error',
  appliesTo: (edition) => edition.checks['review.total'] !== undefined,
  run: (ctx) => evaluateRelations(relations(ctx.doc.format), ctx),
  describe(f, edition) {
    const [total, ...parts] = f.cells.map((id) => cellLabels(edition, id));
    if (total === undefined) return '';
    const { actual, expected } = sides(f);
    return withStatus(
      f,
      `${total.table.shortName} ${total.row.label}：${total.column.label}（${actual}）≠ ` +
        `${parts.map((p) => p.column.label).join(' + ')}（${expected}）`,
    );
  },
};
