import { definitionOf } from '../definition/editions';
import type { CheckEntry } from './context';
import { cellLabels, sides, withStatus } from './messages';
import { cellSpec, perFormat } from './plan';
import { evaluateRelations, relation, term, type Relation } from './relation';

/** 表三 every column (总计 too): （七）总计 = the edition's disposition rows （一）…（六）. */
const relations = perFormat((format): readonly Relation[] => {
  const { tables, checks } = definitionOf(format);
  const inputs = checks['applications.handledTotal'];
  if (inputs === undefined) return [];
  return (tables.applications.rows[0]?.columns ?? []).map((column) =>
    relation({
      part: 'applications',
      comparison: 'equal',
      left: [term(cellSpec(format, 'applications', inputs.row, column.id))],
      right: inputs.parts.map((row) => term(cellSpec(format, 'applications', row, column.id))),
    }),
  );
});

export const applicationsHandledTotal: CheckEntry = {
  id: 'applications.handledTotal',
  severity: 'error',
  appliesTo: (edition) => edition.checks['applications.handledTotal'] !== undefined,
  run: (ctx) => evaluateRelations(relations(ctx.doc.format), ctx),
  describe(f, edition) {
    const { table, row, column } = cellLabels(edition, f.cells[0]);
    const partsName = edition.checks['applications.handledTotal']?.partsName ?? '';
    const { actual, expected } = sides(f);
    return withStatus(
      f,
      `${table.shortName} ${column.label}列：${row.label}（${actual}）≠ ${partsName}（${expected}）`,
    );
  },
};
