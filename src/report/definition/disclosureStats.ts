import type { ColumnDef, LayoutCell, RowDef, TableDef } from './types';

const VALUE: readonly ColumnDef[] = [{ id: 'value', label: '统计数', kind: 'count' }];

interface StatSpec {
  readonly id: string;
  /** Label in messages and accessible names (contract wording). */
  readonly label: string;
  /** Printed label lines (the published table breaks the long ones). */
  readonly printLabel: string;
  readonly unit: string;
  readonly indent: number;
}

/** Heading rows （二）（四） carry no value; they print `——` in the unit column. */
interface HeadingSpec {
  readonly heading: string;
  readonly indent: number;
}

const ITEMS: readonly (StatSpec | HeadingSpec)[] = [
  {
    id: 'proactiveItems',
    label: '（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）',
    printLabel: '（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）',
    unit: '条',
    indent: 1,
  },
  { heading: '（二）通过不同渠道和方式公开政府信息的情况', indent: 1 },
  {
    id: 'viaGazette',
    label: '（二）1.政府公报公开政府信息数',
    printLabel: '1.政府公报公开政府信息数',
    unit: '条',
    indent: 2,
  },
  {
    id: 'viaWebsite',
    label: '（二）2.政府网站公开政府信息数',
    printLabel: '2.政府网站公开政府信息数',
    unit: '条',
    indent: 2,
  },
  {
    id: 'viaWeibo',
    label: '（二）3.政务微博公开政府信息数',
    printLabel: '3.政务微博公开政府信息数',
    unit: '条',
    indent: 2,
  },
  {
    id: 'viaWechat',
    label: '（二）4.政务微信公开政府信息数',
    printLabel: '4.政务微信公开政府信息数',
    unit: '条',
    indent: 2,
  },
  {
    id: 'viaOther',
    label: '（二）5.其他方式公开政府信息数',
    printLabel: '5.其他方式公开政府信息数',
    unit: '条',
    indent: 2,
  },
  {
    id: 'hotspotResponses',
    label: '（三）回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）',
    printLabel: '（三）回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）',
    unit: '次',
    indent: 1,
  },
  { heading: '（四）通过不同渠道和方式回应解读的情况', indent: 1 },
  {
    id: 'pressConferences',
    label: '（四）1.参加或举办新闻发布会总次数',
    printLabel: '1.参加或举办新闻发布会总次数',
    unit: '次',
    indent: 2,
  },
  {
    id: 'pressConferencesByHead',
    label: '其中：主要负责同志参加新闻发布会次数',
    printLabel: '其中：主要负责同志参加新闻发布会次数',
    unit: '次',
    indent: 3,
  },
  {
    id: 'onlineInterviews',
    label: '（四）2.政府网站在线访谈次数',
    printLabel: '2.政府网站在线访谈次数',
    unit: '次',
    indent: 2,
  },
  {
    id: 'onlineInterviewsByHead',
    label: '其中：主要负责同志参加政府网站在线访谈次数',
    printLabel: '其中：主要负责同志参加政府网站在线访谈次数',
    unit: '次',
    indent: 3,
  },
  {
    id: 'policyInterpretations',
    label: '（四）3.政策解读稿件发布数',
    printLabel: '3.政策解读稿件发布数',
    unit: '篇',
    indent: 2,
  },
  {
    id: 'socialMediaResponses',
    label: '（四）4.微博微信回应事件数',
    printLabel: '4.微博微信回应事件数',
    unit: '次',
    indent: 2,
  },
  {
    id: 'otherResponses',
    label: '（四）5.其他方式回应事件数',
    printLabel: '5.其他方式回应事件数',
    unit: '次',
    indent: 2,
  },
];

const isStat = (item: StatSpec | HeadingSpec): item is StatSpec => 'id' in item;

/** Pairs (child, parent) for `stats.subsetOfParent`: 其中 ≤ its parent. */
export const STATS_SUBSETS: readonly { readonly child: string; readonly parent: string }[] = [
  { child: 'pressConferencesByHead', parent: 'pressConferences' },
  { child: 'onlineInterviewsByHead', parent: 'onlineInterviews' },
];

/** The five channel rows that `proactiveItems` de-duplicates (`stats.dedupedAtMostChannels`). */
export const STATS_CHANNELS: readonly string[] = [
  'viaGazette',
  'viaWebsite',
  'viaWeibo',
  'viaWechat',
  'viaOther',
];

const text = (role: 'header' | 'label' | 'unit', value: string, indent?: number): LayoutCell => ({
  type: 'text',
  role,
  text: value,
  ...(indent === undefined ? {} : { indent }),
});

/** 公开及回应解读情况统计 — the optional supplementary table under 六 (same in both editions). */
export function disclosureStatsTable(): TableDef {
  const rows: RowDef[] = ITEMS.filter(isStat).map((s) => ({
    id: s.id,
    label: s.label,
    printLabel: s.printLabel,
    columns: VALUE,
    unit: s.unit,
  }));
  const body: LayoutCell[][] = ITEMS.map((item) =>
    isStat(item)
      ? [
          text('label', item.printLabel, item.indent),
          text('unit', item.unit),
          { type: 'value', row: item.id, column: 'value' },
        ]
      : [text('label', item.heading, item.indent), text('unit', '——'), text('unit', '')],
  );
  return {
    id: 'disclosureStats',
    title: '公开及回应解读情况统计',
    shortName: '公开及回应解读情况统计表',
    rows,
    formulas: [],
    optional: true,
    layout: {
      columnCount: 3,
      header: [[text('header', '统计指标'), text('header', '单位'), text('header', '统计数')]],
      body,
      columnWidths: [14, 2, 3],
    },
  };
}
