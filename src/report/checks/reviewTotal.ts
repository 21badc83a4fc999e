import { definitionOf } from '../definition/editions';
import type { CheckContext } from './context';
import * as text from './messages';
import { cellSpec, perFormat } from './plan';
import { evaluateRelations, relation, term, type Relation } from './relation';
import type { Finding } from './types';

/** 表四 each of the three groups: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
const reviewRelations = perFormat((format): readonly Relation[] => {
  const table = definitionOf(format).tables.review;
  return table.rows.map((row) => {
    const total = cellSpec(format, 'review', row.id, 'total');
    const parts = row.columns.filter((c) => c.computed !== true);
    const partLabels = parts.map((c) => c.label);
    return relation({
      part: 'review',
      comparison: 'equal',
      left: [term(total)],
      right: parts.map((c) => term(cellSpec(format, 'review', row.id, c.id))),
      describe: (actual, expected) =>
        text.reviewTotal(
          table.shortName,
          row.label,
          total.columnDef.label,
          partLabels,
          actual,
          expected,
        ),
    });
  });
});

export function reviewTotal(ctx: CheckContext): readonly Finding[] {
  return evaluateRelations('review.total', reviewRelations(ctx.doc.format), ctx);
}
