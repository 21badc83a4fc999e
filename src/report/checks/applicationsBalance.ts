import { definitionOf } from '../definition/editions';
import type { CheckEntry } from './context';
import { cellLabels, sides, withStatus } from './messages';
import { cellSpec, perFormat } from './plan';
import { evaluateRelations, relation, term, type Relation } from './relation';

/**
 * 表三 every column (总计 too): the 勾稽关系 printed in the table's corner note, with the rows the
 * edition names (一 + 二 = 三（七）总计 + 四). `actual` = the left sum, `expected` = the right sum.
 */
const relations = perFormat((format): readonly Relation[] => {
  const edition = definitionOf(format);
  const inputs = edition.checks['applications.balance'];
  if (inputs === undefined) return [];
  return (edition.tables.applications.rows[0]?.columns ?? []).map((column) => {
    const cell = (row: string) => term(cellSpec(format, 'applications', row, column.id));
    return relation({
      part: 'applications',
      comparison: 'equal',
      left: inputs.left.map(cell),
      right: inputs.right.map(cell),
      params: { leftCount: inputs.left.length },
    });
  });
});

export const applicationsBalance: CheckEntry = {
  id: 'applications.balance',
  severity: 'error',
  appliesTo: (edition) => edition.checks['applications.balance'] !== undefined,
  run: (ctx) => evaluateRelations(relations(ctx.doc.format), ctx),
  describe(f, edition) {
    const cells = f.cells.map((id) => cellLabels(edition, id));
    const first = cells[0];
    if (first === undefined) return '';
    const leftCount = typeof f.params.leftCount === 'number' ? f.params.leftCount : 1;
    const names = (list: typeof cells) => list.map((c) => c.rowShort).join(' + ');
    const { actual, expected } = sides(f);
    return withStatus(
      f,
      `${first.table.shortName} ${first.column.label}列：${names(cells.slice(0, leftCount))}（${actual}）≠ ` +
        `${names(cells.slice(leftCount))}（${expected}）`,
    );
  },
};
