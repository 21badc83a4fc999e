import type { CheckEntry } from './context';
import { cellLabels, sides, withStatus } from './messages';
import { cellSpec, perFormat } from './plan';
import { evaluateRelations, relation, term, type Relation } from './relation';
import { definitionOf } from '../definition/editions';

/** 表三 every row (（七）总计 too): 总计 = the applicant columns. */
const relations = perFormat((format): readonly Relation[] => {
  const { tables, checks } = definitionOf(format);
  const inputs = checks['applications.rowTotal'];
  if (inputs === undefined) return [];
  return tables.applications.rows.map((row) => {
    const parts = row.columns.filter((c) => c.id !== inputs.totalColumn);
    return relation({
      part: 'applications',
      comparison: 'equal',
      left: [term(cellSpec(format, 'applications', row.id, inputs.totalColumn))],
      right: parts.map((c) => term(cellSpec(format, 'applications', row.id, c.id))),
    });
  });
});

export const applicationsRowTotal: CheckEntry = {
  id: 'applications.rowTotal',
  severity: 'error',
  appliesTo: (edition) => edition.checks['applications.rowTotal'] !== undefined,
  run: (ctx) => evaluateRelations(relations(ctx.doc.format), ctx),
  describe(f, edition) {
    const { table, row, column } = cellLabels(edition, f.cells[0]);
    const partsName = edition.checks['applications.rowTotal']?.partsName ?? '';
    const { actual, expected } = sides(f);
    return withStatus(
      f,
      `${table.shortName}「${row.label}」行：${column.label}（${actual}）≠ ${partsName}（${expected}）`,
    );
  },
};
