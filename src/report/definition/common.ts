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

/** Connectors of a phrase that names two quantities (予以公开及部分公开, 不予公开和无法提供). */
const AND = '(?:及|和|与|或|、)';
/** 予以公开 as reports write it (同意公开, 全部公开), never the tail of 部分公开. */
const DISCLOSED = '(?<!部分)(?:予以公开|同意公开|全部公开)';

const WITHHELD_ROWS = [
  'withheldStateSecret',
  'withheldLawProhibited',
  'withheldSafetyStability',
  'withheldThirdParty',
  'withheldInternalAffairs',
  'withheldProcessInfo',
  'withheldEnforcementFile',
  'withheldAdminQuery',
];
const UNAVAILABLE_ROWS = ['unavailableNotHeld', 'unavailableNeedsCreation', 'unavailableUnclear'];
const REJECTED_ROWS = [
  'rejectedComplaint',
  'rejectedDuplicate',
  'rejectedPublication',
  'rejectedExcessive',
  'rejectedConfirmation',
];

const applicationsTotal = (
  id: string,
  rows: readonly string[],
  name: string,
  phrases: readonly string[],
): NarrativeQuantity => ({ id, table: 'applications', rows, column: 'total', name, phrases });

/**
 * The quantities that 一、总体情况 states in published reports, with their phrasings (quoted from
 * 上海市人民政府办公厅 2019 and 淮安市人民政府 2024 in shared/samples, and the connectors other
 * reports use). A phrase naming two rows or a group heading claims their sum. Longer phrases
 * win where they overlap (予以公开及部分公开 over 部分公开). `otherRows` are the edition's （六）.
 */
export function narrativeQuantities(otherRows: readonly string[]): readonly NarrativeQuantity[] {
  return [
    {
      ...applicationsTotal(
        'received',
        [RECEIVED.id],
        '表三“一、本年新收政府信息公开申请数量”总计',
        [
          // 共受理政府信息公开申请859件, 共收到申请85件
          `(?:新收|收到|受理)${GAP}{0,12}?申请${GAP}{0,6}?`,
        ],
      ),
      optionalAddends: [CARRIED_OVER.id],
    },
    // 答复 3050 件（含上年度结转申请 34 件）: the disposed total, carried-over ones included.
    applicationsTotal('handledTotal', [HANDLED_TOTAL.id], '表三“（七）总计”', [
      '答复(?:政府信息公开申请)?',
    ]),
    applicationsTotal(
      'disclosedAndPartially',
      ['disclosed', 'partiallyDisclosed'],
      '表三“（一）予以公开”与“（二）部分公开”总计之和',
      [`${DISCLOSED}${AND}部分公开`],
    ),
    applicationsTotal('disclosed', ['disclosed'], '表三“（一）予以公开”总计', [DISCLOSED]),
    applicationsTotal('partiallyDisclosed', ['partiallyDisclosed'], '表三“（二）部分公开”总计', [
      '部分公开',
    ]),
    applicationsTotal(
      'withheldAndUnavailable',
      [...WITHHELD_ROWS, ...UNAVAILABLE_ROWS],
      '表三“（三）不予公开”与“（四）无法提供”各项总计之和',
      [`不予公开${AND}无法提供`],
    ),
    applicationsTotal('withheld', WITHHELD_ROWS, '表三“（三）不予公开”各项总计之和', ['不予公开']),
    // 因本机关不掌握等原因无法提供265件
    applicationsTotal('unavailable', UNAVAILABLE_ROWS, '表三“（四）无法提供”各项总计之和', [
      '无法提供',
    ]),
    applicationsTotal('rejected', REJECTED_ROWS, '表三“（五）不予处理”各项总计之和', ['不予处理']),
    applicationsTotal('otherHandling', otherRows, '表三“（六）其他处理”各项总计之和', ['其他处理']),
    applicationsTotal('carriedForward', [CARRIED_FORWARD.id], '表三“四、结转下年度继续办理”总计', [
      '结转(?:至)?下(?:一)?年度(?:继续办理)?',
    ]),
    {
      id: 'reconsideration',
      table: 'review',
      rows: ['reconsideration'],
      column: 'total',
      name: '表四行政复议总计',
      // 政府信息公开行政复议 351件, 信息公开类行政复议7件
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
}

/** The checks and their inputs that both editions share. */
export function commonChecks(
  roles: ApplicationsRoles,
  otherRows: readonly string[],
): EditionChecks {
  return {
    'applications.rowTotal': { totalColumn: roles.totalColumn, partsName: '各类申请人之和' },
    'applications.handledTotal': {
      row: roles.handledTotal,
      parts: roles.dispositions,
      partsName: '（一）至（六）各项之和',
    },
    'applications.balance': {
      left: [roles.received, roles.carriedOver],
      right: [roles.handledTotal, roles.carriedForward],
    },
    'review.total': { totalColumn: 'total' },
    'stats.subsetOfParent': STATS,
    'stats.dedupedAtMostChannels': STATS,
    'previous.carriedOver': { row: roles.carriedOver, previousRow: roles.carriedForward },
    'proactive.rulesAuthority': { row: 'rules' },
    'narrative.numberMismatch': {
      section: 'overview',
      quantities: narrativeQuantities(otherRows),
    },
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
