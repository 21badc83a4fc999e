import { definitionOf } from '../definition/editions';
import type { CheckContext } from './context';
import * as text from './messages';
import { cellSpec, perFormat } from './plan';
import { evaluateRelations, relation, term, type Relation } from './relation';
import type { Finding } from './types';

/** 表三 every row (（七）总计 too): 总计 = the six applicant columns. */
const rowTotalRelations = perFormat((format): readonly Relation[] => {
  const table = definitionOf(format).tables.applications;
  return table.rows.map((row) => {
    const total = cellSpec(format, 'applications', row.id, 'total');
    const parts = row.columns.filter((c) => c.computed !== true);
    return relation({
      part: 'applications',
      comparison: 'equal',
      left: [term(total)],
      right: parts.map((c) => term(cellSpec(format, 'applications', row.id, c.id))),
      describe: (actual, expected) =>
        text.rowTotal(table.shortName, row.label, total.columnDef.label, actual, expected),
    });
  });
});

/** 表三 every column (总计 too): （七）总计 = the disposition rows （一）…（六） of the edition. */
const handledTotalRelations = perFormat((format): readonly Relation[] => {
  const table = definitionOf(format).tables.applications;
  const dispositions = definitionOf(format).applicationsRoles.dispositions;
  return (table.rows[0]?.columns ?? []).map((column) => {
    const handled = cellSpec(format, 'applications', 'handledTotal', column.id);
    return relation({
      part: 'applications',
      comparison: 'equal',
      left: [term(handled)],
      right: dispositions.map((row) => term(cellSpec(format, 'applications', row, column.id))),
      describe: (actual, expected) =>
        text.handledTotal(table.shortName, column.label, handled.rowDef.label, actual, expected),
    });
  });
});

export function applicationsRowTotal(ctx: CheckContext): readonly Finding[] {
  return evaluateRelations('applications.rowTotal', rowTotalRelations(ctx.doc.format), ctx);
}

export function applicationsHandledTotal(ctx: CheckContext): readonly Finding[] {
  return evaluateRelations('applications.handledTotal', handledTotalRelations(ctx.doc.format), ctx);
}
