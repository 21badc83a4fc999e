import { definitionOf } from '../definition/editions';
import { NO_FINDINGS, type CheckEntry } from './context';
import { cellLabels, sides, withStatus } from './messages';
import { cellSpec, perFormat } from './plan';
import { evaluateRelations, relation, term, type Relation } from './relation';

/** 其中 ≤ its parent (主要负责同志参加 … ≤ the count it is part of). */
const relations = perFormat((format): readonly Relation[] => {
  const stats = definitionOf(format).checks['stats.subsetOfParent'];
  if (stats === undefined) return [];
  const stat = (row: string) => term(cellSpec(format, 'disclosureStats', row, stats.column));
  return stats.subsets.map(({ child, parent }) =>
    relation({
      part: 'disclosureStats',
      comparison: 'atMost',
      left: [stat(child)],
      right: [stat(parent)],
    }),
  );
});

export const statsSubsetOfParent: CheckEntry = {
  id: 'stats.subsetOfParent',
  severity: 'error',
  appliesTo: (edition) => edition.checks['stats.subsetOfParent'] !== undefined,
  run: (ctx) =>
    ctx.doc.tables.disclosureStats === null
      ? NO_FINDINGS
      : evaluateRelations(relations(ctx.doc.format), ctx),
  describe(f, edition) {
    const [child, parent] = f.cells.map((id) => cellLabels(edition, id));
    if (child === undefined || parent === undefined) return '';
    const { actual, expected } = sides(f);
    return withStatus(
      f,
      `${child.table.shortName}：「${child.row.label}」（${actual}）大于「${parent.row.label}」（${expected}），“其中”项不能多于总数`,
    );
  },
};
