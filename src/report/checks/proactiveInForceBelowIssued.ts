import type { CheckEntry } from './context';
import { belowIssuedCells } from './inForceCells';
import { cellLabels, sides, withStatus } from './messages';
import { perFormat } from './plan';
import { evaluateRelations, relation, term, type Relation } from './relation';

/**
 * 现行有效件数 ≥ 本年制发件数 − 本年废止件数, because last year's 现行有效件数 is never negative.
 * `actual` = 现行有效件数, `expected` = 本年制发件数 − 本年废止件数 (the minimum).
 */
const relations = perFormat((format): readonly Relation[] =>
  belowIssuedCells(format).map(({ inForce, issued, repealed }) =>
    relation({
      part: 'proactive',
      comparison: 'atLeast',
      left: [term(inForce)],
      right: [term(issued), term(repealed, -1)],
    }),
  ),
);

export const proactiveInForceBelowIssued: CheckEntry = {
  id: 'proactive.inForceBelowIssued',
  severity: 'warning',
  appliesTo: (edition) => edition.checks['proactive.inForceBelowIssued'] !== undefined,
  run: (ctx) => evaluateRelations(relations(ctx.doc.format), ctx),
  describe(f, edition) {
    const [inForce, issued, repealed] = f.cells.map((id) => cellLabels(edition, id));
    if (inForce === undefined || issued === undefined || repealed === undefined) return '';
    const { actual, expected } = sides(f);
    return withStatus(
      f,
      `${inForce.table.shortName}「${inForce.row.label}」：${inForce.column.label}（${actual}）小于 ` +
        `${issued.column.label} − ${repealed.column.label}（${expected}），上年的现行有效件数不可能为负数`,
    );
  },
};
