import {
  applicationsTable,
  dispositionRowIds,
  groupRows,
  type OtherDispositions,
} from '../applications';
import {
  applicationsRoles,
  carriedApplications,
  commonChecks,
  OUTLINES,
  PREFACE_NAME,
  SECTIONS,
  standardParts,
  TABLE_NOTES,
} from '../common';
import { disclosureStatsTable } from '../disclosureStats';
import { count, proactiveTable, type ProactiveBlock } from '../proactive';
import { reviewTable } from '../review';
import type { EditionDefinition, InForceRoles } from '../types';

/**
 * The 2021 national edition (国办公开办函〔2021〕30号), for reports on 2021 and later: 表二 counts
 * 规章 and 行政规范性文件 as issued / repealed / in force, and 表三 （六） has three rows.
 */

const PROACTIVE_BLOCKS: readonly ProactiveBlock[] = [
  {
    caption: '第二十条第（一）项',
    columns: [
      count('issued', '本年制发件数'),
      count('repealed', '本年废止件数'),
      count('inForce', '现行有效件数'),
    ],
    rows: [
      { id: 'rules', label: '规章' },
      { id: 'normativeDocs', label: '行政规范性文件' },
    ],
  },
  {
    caption: '第二十条第（五）项',
    columns: [count('decisions', '本年处理决定数量')],
    rows: [{ id: 'licensing', label: '行政许可' }],
  },
  {
    caption: '第二十条第（六）项',
    columns: [count('decisions', '本年处理决定数量')],
    rows: [
      { id: 'penalty', label: '行政处罚' },
      { id: 'enforcement', label: '行政强制' },
    ],
  },
  {
    caption: '第二十条第（八）项',
    columns: [{ id: 'amount', label: '本年收费金额（单位：万元）', kind: 'money' }],
    rows: [{ id: 'fees', label: '行政事业性收费' }],
  },
];

const OTHER_GROUP = groupRows('（六）', [
  ['otherNoCorrection', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
  ['otherUnpaidFee', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
  ['otherOther', '3.其他'],
]);
const OTHER: OtherDispositions = { group: '（六）其他处理', rows: OTHER_GROUP };

const TABLES = {
  proactive: proactiveTable(PROACTIVE_BLOCKS),
  applications: applicationsTable(OTHER),
  review: reviewTable(),
  disclosureStats: disclosureStatsTable(),
};

const ROLES = applicationsRoles(dispositionRowIds(OTHER));
/** （六）其他处理: three rows in this edition. */
const OTHER_ROWS = OTHER_GROUP.map((r) => r.id);

/** 现行有效件数 is a running count: last year's + 本年制发件数 − 本年废止件数. */
const IN_FORCE: InForceRoles = {
  rows: ['rules', 'normativeDocs'],
  inForce: 'inForce',
  issued: 'issued',
  repealed: 'repealed',
};

export const EDITION_2021 = {
  format: '2021' as const,
  notice: '国办公开办函〔2021〕30号',
  years: { from: 2021 },
  prefaceName: PREFACE_NAME,
  sections: SECTIONS,
  tables: TABLES,
  parts: standardParts(TABLES),
  applicationsRoles: ROLES,
  checks: {
    ...commonChecks(ROLES, OTHER_ROWS),
    'previous.inForce': IN_FORCE,
    'proactive.inForceBelowIssued': IN_FORCE,
    // 国办函〔2020〕109号: reports say under 六 whether 信息处理费 was charged.
    'section.feesNotStated': { section: 'other', phrase: '信息处理费' },
  },
  carryOver: {
    rows: carriedApplications(ROLES),
    sums: [],
    editionBound: ['proactive'],
    sameEditionNotes: [
      '表二“现行有效件数”未带入：它等于上年现行有效件数加本年制发件数、减本年废止件数，请填写本年数字后核对（系统会按上年报告提示）。',
    ],
  },
  tableNotes: {
    ...TABLE_NOTES,
    proactive: '“本年收费金额”单位为万元，可填小数（最多 6 位）。',
  },
  outlines: OUTLINES,
} satisfies EditionDefinition;
