import { definitionOf } from '../definition/editions';
import type { Format } from '../definition/types';
import { STATS_CHANNELS, STATS_SUBSETS } from '../definition/disclosureStats';
import { NO_FINDINGS, type CheckContext } from './context';
import * as text from './messages';
import { cellSpec, perFormat } from './plan';
import { evaluateRelations, relation, term, type Relation } from './relation';
import type { Finding } from './types';

const stat = (format: Format, row: string) => cellSpec(format, 'disclosureStats', row, 'value');

/** 其中 ≤ its parent (主要负责同志参加 … ≤ the count it is part of). */
const subsetRelations = perFormat((format): readonly Relation[] => {
  const table = definitionOf(format).tables.disclosureStats;
  return STATS_SUBSETS.map(({ child, parent }) => {
    const childCell = stat(format, child);
    const parentCell = stat(format, parent);
    return relation({
      part: 'disclosureStats',
      comparison: 'atMost',
      left: [term(childCell)],
      right: [term(parentCell)],
      describe: (actual, expected) =>
        text.subsetOfParent(
          table.shortName,
          childCell.rowDef.label,
          parentCell.rowDef.label,
          actual,
          expected,
        ),
    });
  });
});

/** 主动公开政府信息数 counts one item once however many channels carried it: ≤ channel sum. */
const dedupedRelations = perFormat((format): readonly Relation[] => {
  const table = definitionOf(format).tables.disclosureStats;
  const items = stat(format, 'proactiveItems');
  return [
    relation({
      part: 'disclosureStats',
      comparison: 'atMost',
      left: [term(items)],
      right: STATS_CHANNELS.map((row) => term(stat(format, row))),
      describe: (actual, expected) =>
        text.dedupedAtMostChannels(table.shortName, items.rowDef.label, actual, expected),
    }),
  ];
});

export function statsSubsetOfParent(ctx: CheckContext): readonly Finding[] {
  if (ctx.doc.tables.disclosureStats === null) return NO_FINDINGS;
  return evaluateRelations('stats.subsetOfParent', subsetRelations(ctx.doc.format), ctx);
}

export function statsDedupedAtMostChannels(ctx: CheckContext): readonly Finding[] {
  if (ctx.doc.tables.disclosureStats === null) return NO_FINDINGS;
  return evaluateRelations('stats.dedupedAtMostChannels', dedupedRelations(ctx.doc.format), ctx);
}
