import {
  applicationsTable,
  dispositionRowIds,
  singleRow,
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
import type { ColumnDef, EditionDefinition, ItemCountRoles } from '../types';

/**
 * The 2019 national edition (国办公开办函〔2019〕60号), for reports on 2019 and 2020: 表二 counts
 * items (上一年项目数量, 本年增/减) and 表三 （六） is one row.
 */

const ITEMS_2019: readonly ColumnDef[] = [
  count('lastYearItems', '上一年项目数量'),
  { id: 'change', label: '本年增/减', kind: 'signed' },
  count('decisions', '处理决定数量'),
];

const PROACTIVE_BLOCKS: readonly ProactiveBlock[] = [
  {
    caption: '第二十条第（一）项',
    columns: [
      count('made', '本年新制作数量'),
      count('published', '本年新公开数量'),
      count('totalPublished', '对外公开总数量'),
    ],
    rows: [
      { id: 'rules', label: '规章' },
      { id: 'normativeDocs', label: '规范性文件' },
    ],
  },
  {
    caption: '第二十条第（五）项',
    columns: ITEMS_2019,
    rows: [
      { id: 'licensing', label: '行政许可' },
      { id: 'otherServices', label: '其他对外管理服务事项' },
    ],
  },
  {
    caption: '第二十条第（六）项',
    columns: ITEMS_2019,
    rows: [
      { id: 'penalty', label: '行政处罚' },
      { id: 'enforcement', label: '行政强制' },
    ],
  },
  {
    caption: '第二十条第（八）项',
    columns: ITEMS_2019.slice(0, 2),
    rows: [{ id: 'fees', label: '行政事业性收费' }],
  },
  {
    caption: '第二十条第（九）项',
    columns: [count('items', '采购项目数量'), { id: 'amount', label: '采购总金额', kind: 'money' }],
    rows: [{ id: 'procurement', label: '政府集中采购' }],
  },
];

const OTHER_ROW = singleRow('other', '（六）其他处理');
const OTHER: OtherDispositions = { row: OTHER_ROW };

const TABLES = {
  proactive: proactiveTable(PROACTIVE_BLOCKS),
  applications: applicationsTable(OTHER),
  review: reviewTable(),
  disclosureStats: disclosureStatsTable(),
};

const ROLES = applicationsRoles(dispositionRowIds(OTHER));
/** （六）其他处理: one row in this edition. */
const OTHER_ROWS = [OTHER_ROW.id];

/** 上一年项目数量 follows from last year's report: last year's 上一年项目数量 + 本年增/减. */
const ITEM_COUNTS: ItemCountRoles = {
  rows: ['licensing', 'otherServices', 'penalty', 'enforcement', 'fees'],
  lastYearItems: 'lastYearItems',
  change: 'change',
};

export const EDITION_2019 = {
  format: '2019' as const,
  notice: '国办公开办函〔2019〕60号',
  years: { from: 2019, to: 2020 },
  prefaceName: PREFACE_NAME,
  sections: SECTIONS,
  tables: TABLES,
  parts: standardParts(TABLES),
  applicationsRoles: ROLES,
  checks: {
    ...commonChecks(ROLES, OTHER_ROWS),
    'previous.lastYearItems': ITEM_COUNTS,
  },
  carryOver: {
    rows: carriedApplications(ROLES),
    sums: [
      {
        table: 'proactive',
        rows: ITEM_COUNTS.rows,
        column: ITEM_COUNTS.lastYearItems,
        previousColumns: [ITEM_COUNTS.lastYearItems, ITEM_COUNTS.change],
      },
    ],
    editionBound: ['proactive'],
    sameEditionNotes: [],
  },
  tableNotes: {
    ...TABLE_NOTES,
    proactive: '“本年增/减”减少时填负数，如 -8；金额单位为万元，可填小数。',
  },
  outlines: OUTLINES,
} satisfies EditionDefinition;
