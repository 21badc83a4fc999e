import { definitionOf } from '../definition/editions';
import { withoutNumeral } from '../definition/labels';
import { NO_FINDINGS, type CheckEntry } from './context';
import { cellLabels, sides, str, withStatus } from './messages';
import { cellSpec, perFormat } from './plan';
import { lastYear } from './previousYear';
import { evaluateRelations, relation, term, type Relation } from './relation';

/**
 * 表三 per column (总计 too): this year's row = last year's row, as the edition names them
 * (上年结转 = last year's 结转下年度继续办理). Last year's row is read by id, so this also runs
 * across a change of edition when both editions have it.
 */
const relations = perFormat((format): readonly Relation[] => {
  const edition = definitionOf(format);
  const inputs = edition.checks['previous.carriedOver'];
  if (inputs === undefined) return [];
  return (edition.tables.applications.rows[0]?.columns ?? []).map((column) =>
    relation({
      part: 'applications',
      comparison: 'equal',
      left: [term(cellSpec(format, 'applications', inputs.row, column.id))],
      right: [term(cellSpec(format, 'applications', inputs.previousRow, column.id), 1, 'previous')],
      params: { previousRow: inputs.previousRow },
    }),
  );
});

export const previousCarriedOver: CheckEntry = {
  id: 'previous.carriedOver',
  severity: 'warning',
  appliesTo: (edition) => edition.checks['previous.carriedOver'] !== undefined,
  run: (ctx) =>
    lastYear(ctx) === null ? NO_FINDINGS : evaluateRelations(relations(ctx.doc.format), ctx),
  describe(f, edition) {
    const { table, column, rowShort } = cellLabels(edition, f.cells[0]);
    const previousRow = str(f.params, 'previousRow');
    const source = table.rows.find((r) => r.id === previousRow)?.label ?? previousRow;
    const { actual, expected } = sides(f);
    return withStatus(
      f,
      `${table.shortName} ${column.label}列：${rowShort}（${actual}）≠ ` +
        `上年报告的${withoutNumeral(source)}（${expected}）`,
    );
  },
};
