import { definitionOf } from '../definition/editions';
import type { CheckContext } from './context';
import * as text from './messages';
import { cellSpec, perFormat } from './plan';
import { evaluateRelations, relation, term, type Relation } from './relation';
import type { Finding } from './types';

/**
 * 表三 every column (总计 too): 一 + 二 = 三（七）总计 + 四, the 勾稽关系 printed in the table's
 * corner note. `actual` = 本年新收 + 上年结转, `expected` = （七）总计 + 结转下年度继续办理.
 */
const balanceRelations = perFormat((format): readonly Relation[] => {
  const table = definitionOf(format).tables.applications;
  return (table.rows[0]?.columns ?? []).map((column) => {
    const cell = (row: string) => term(cellSpec(format, 'applications', row, column.id));
    return relation({
      part: 'applications',
      comparison: 'equal',
      left: [cell('received'), cell('carriedOver')],
      right: [cell('handledTotal'), cell('carriedForward')],
      describe: (actual, expected) => text.balance(table.shortName, column.label, actual, expected),
    });
  });
});

export function applicationsBalance(ctx: CheckContext): readonly Finding[] {
  return evaluateRelations('applications.balance', balanceRelations(ctx.doc.format), ctx);
}
