import {
  APPLICANT_COLUMNS,
  CARRIED_FORWARD,
  CARRIED_OVER,
  HANDLED_TOTAL,
  RECEIVED,
} from './applications';
import { STATS_CHANNELS, STATS_SUBSETS } from './disclosureStats';
import type {
  ApplicationsRoles,
  CarryOverMap,
  EditionChecks,
  EditionDefinition,
  NarrativeQuantity,
  SectionDef,
  SectionKey,
  StatsRoles,
  TableDef,
  TableId,
} from './types';

/**
 * What the national editions have in common, written once and used by each edition module. An
 * edition that differs declares its own value instead of the common one.
 */

/** The text between the title and 一: one name everywhere (form, messages, file schema). */
export const PREFACE_NAME = '引言';

export const SECTIONS: Readonly<Record<SectionKey, SectionDef>> = {
  overview: { key: 'overview', heading: '一、总体情况', numeral: '一' },
  problems: { key: 'problems', heading: '五、存在的主要问题及改进情况', numeral: '五' },
  other: { key: 'other', heading: '六、其他需要报告的事项', numeral: '六' },
};

/** The six parts in print order: 一 text, 二 三 四 tables, 五 text, 六 text and statistics. */
export function standardParts(
  tables: Readonly<Record<TableId, TableDef>>,
): EditionDefinition['parts'] {
  return [
    {
      numeral: '一',
      heading: SECTIONS.overview.heading,
      content: [{ kind: 'section', key: 'overview' }],
    },
    {
      numeral: '二',
      heading: tables.proactive.title,
      content: [{ kind: 'table', id: 'proactive' }],
    },
    {
      numeral: '三',
      heading: tables.applications.title,
      content: [{ kind: 'table', id: 'applications' }],
    },
    { numeral: '四', heading: tables.review.title, content: [{ kind: 'table', id: 'review' }] },
    {
      numeral: '五',
      heading: SECTIONS.problems.heading,
      content: [{ kind: 'section', key: 'problems' }],
    },
    {
      numeral: '六',
      heading: SECTIONS.other.heading,
      content: [
        { kind: 'section', key: 'other' },
        { kind: 'table', id: 'disclosureStats' },
      ],
    },
  ];
}

/** 表三 roles, given the edition's disposition rows （一）…（六）. */
export function applicationsRoles(dispositions: readonly string[]): ApplicationsRoles {
  return {
    received: RECEIVED.id,
    carriedOver: CARRIED_OVER.id,
    dispositions,
    handledTotal: HANDLED_TOTAL.id,
    carriedForward: CARRIED_FORWARD.id,
    totalColumn: APPLICANT_COLUMNS.find((c) => c.computed === true)?.id ?? '',
  };
}

const STATS: StatsRoles = {
  column: 'value',
  subsets: STATS_SUBSETS,
  items: 'proactiveItems',
  channels: STATS_CHANNELS,
};

/** Characters that end a clause: a claim's phrase and its number stand in one clause. */
const GAP = '[^。；;，,、：:（）()\\n\\d]';

/**
 * The quantities that 一、总体情况 states in published reports, with their phrasings. The same
 * in both editions: 表三's rows （一）（二） and 表四 did not change.
 */
export const NARRATIVE_QUANTITIES: readonly NarrativeQuantity[] = [
  {
    id: 'received',
    table: 'applications',
    rows: [RECEIVED.id],
    column: 'total',
    name: '表三“一、本年新收政府信息公开申请数量”总计',
    phrases: [`(?:新收|收到|受理)${GAP}{0,12}?申请${GAP}{0,6}?`],
    optionalAddends: [CARRIED_OVER.id],
  },
  {
    id: 'disclosed',
    table: 'applications',
    rows: ['disclosed'],
    column: 'total',
    name: '表三“（一）予以公开”总计',
    phrases: ['(?<!部分)予以公开'],
  },
  {
    id: 'partiallyDisclosed',
    table: 'applications',
    rows: ['partiallyDisclosed'],
    column: 'total',
    name: '表三“（二）部分公开”总计',
    phrases: ['部分公开'],
  },
  {
    id: 'carriedForward',
    table: 'applications',
    rows: [CARRIED_FORWARD.id],
    column: 'total',
    name: '表三“四、结转下年度继续办理”总计',
    phrases: ['结转(?:至)?下(?:一)?年度(?:继续办理)?'],
  },
  {
    id: 'reconsideration',
    table: 'review',
    rows: ['reconsideration'],
    column: 'total',
    name: '表四行政复议总计',
    phrases: ['(?:被申请|申请|发生|涉及)?行政复议(?:案件)?'],
  },
  {
    id: 'litigation',
    table: 'review',
    rows: ['litigationDirect', 'litigationAfterReconsideration'],
    column: 'total',
    name: '表四行政诉讼（未经复议直接起诉 + 复议后起诉）总计',
    phrases: ['(?:被提起|提起|发生|涉及)?行政诉讼(?:案件)?'],
  },
];

/** The checks and their inputs that both editions share. */
export function commonChecks(roles: ApplicationsRoles): EditionChecks {
  return {
    'applications.rowTotal': { partsName: '各类申请人之和' },
    'applications.handledTotal': { partsName: '（一）至（六）各项之和' },
    'applications.balance': {
      left: [roles.received, roles.carriedOver],
      right: [roles.handledTotal, roles.carriedForward],
    },
    'review.total': { totalColumn: 'total' },
    'stats.subsetOfParent': STATS,
    'stats.dedupedAtMostChannels': STATS,
    'previous.carriedOver': { row: roles.carriedOver, previousRow: roles.carriedForward },
    'proactive.rulesAuthority': { row: 'rules' },
    'narrative.numberMismatch': { section: 'overview', quantities: NARRATIVE_QUANTITIES },
  };
}

/** 表三 二、上年结转 = last year's 四、结转下年度继续办理, in every edition. */
export function carriedApplications(roles: ApplicationsRoles): CarryOverMap['rows'] {
  return [{ table: 'applications', row: roles.carriedOver, previousRow: roles.carriedForward }];
}

/** Starter outlines (report-format.md §2.2): the same in both editions so far. */
export const OUTLINES: Readonly<Record<SectionKey, readonly string[]>> = {
  overview: [
    '（一）主动公开',
    '（二）依申请公开',
    '（三）政府信息管理',
    '（四）政府信息公开平台建设',
    '（五）监督保障',
  ],
  problems: ['（一）存在的主要问题', '（二）改进情况'],
  other: [
    '（一）收取信息处理费的情况',
    '（二）落实上级年度政务公开工作要点情况',
    '（三）人大代表建议和政协提案办理结果公开情况',
    '（四）年度政务公开工作创新情况',
  ],
};

/** Editor notes under 表三 and 表四 (表二's differs by edition). */
export const TABLE_NOTES: Readonly<Partial<Record<TableId, string>>> = {
  applications: '总计列与（七）总计行自动计算。',
  review: '行政复议和两类行政诉讼的“总计”自动计算。',
};
