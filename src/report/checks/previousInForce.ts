import { NO_FINDINGS, type CheckEntry } from './context';
import { previousInForceCells } from './inForceCells';
import { cellLabels, sides, withStatus } from './messages';
import { perFormat } from './plan';
import { lastYearSameEdition } from './previousYear';
import { evaluateRelations, relation, term, type Relation } from './relation';

/** 现行有效件数 = last year's 现行有效件数 + 本年制发件数 − 本年废止件数. */
const relations = perFormat((format): readonly Relation[] =>
  previousInForceCells(format).map(({ inForce, issued, repealed }) =>
    relation({
      part: 'proactive',
      comparison: 'equal',
      left: [term(inForce)],
      right: [term(inForce, 1, 'previous'), term(issued), term(repealed, -1)],
    }),
  ),
);

/** Only within one edition: across a change of edition the columns changed meaning. */
export const previousInForce: CheckEntry = {
  id: 'previous.inForce',
  severity: 'warning',
  appliesTo: (edition) => edition.checks['previous.inForce'] !== undefined,
  run: (ctx) =>
    lastYearSameEdition(ctx) === null
      ? NO_FINDINGS
      : evaluateRelations(relations(ctx.doc.format), ctx),
  describe(f, edition) {
    const [inForce, issued, repealed] = f.cells.map((id) => cellLabels(edition, id));
    if (inForce === undefined || issued === undefined || repealed === undefined) return '';
    const { actual, expected } = sides(f);
    return withStatus(
      f,
      `${inForce.table.shortName}「${inForce.row.label}」：${inForce.column.label}（${actual}）≠ ` +
        `上年报告的${inForce.column.label} + ${issued.column.label} − ${repealed.column.label}（${expected}）`,
    );
  },
};
