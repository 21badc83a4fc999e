import { definitionOf } from '../definition/editions';
import { NO_FINDINGS, type CheckEntry } from './context';
import { cellLabels, sides, withStatus } from './messages';
import { cellSpec, perFormat } from './plan';
import { evaluateRelations, relation, term, type Relation } from './relation';

/** 主动公开政府信息数 counts one item once however many channels carried it: ≤ channel sum. */
const relations = perFormat((format): readonly Relation[] => {
  const stats = definitionOf(format).checks['stats.dedupedAtMostChannels'];
  if (stats === undefined) return [];
  const stat = (row: string) => term(cellSpec(format, 'disclosureStats', row, stats.column));
  return [
    relation({
      part: 'disclosureStats',
      comparison: 'atMost',
      left: [stat(stats.items)],
      right: stats.channels.map(stat),
    }),
  ];
});

export const statsDedupedAtMostChannels: CheckEntry = {
  id: 'stats.dedupedAtMostChannels',
  severity: 'warning',
  appliesTo: (edition) => edition.checks['stats.dedupedAtMostChannels'] !== undefined,
  run: (ctx) =>
    ctx.doc.tables.disclosureStats === null
      ? NO_FINDINGS
      : evaluateRelations(relations(ctx.doc.format), ctx),
  describe(f, edition) {
    const items = cellLabels(edition, f.cells[0]);
    const { actual, expected } = sides(f);
    return withStatus(
      f,
      `${items.table.shortName}：「${items.row.label}」（${actual}）大于各渠道公开政府信息数之和（${expected}），` +
        '同一信息在不同渠道公开只计1条，不应多于各渠道之和',
    );
  },
};
