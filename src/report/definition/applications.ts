import type { Formula, RowDef, TableDef, ColumnDef, LayoutCell } from './types';
import { labelColumnCount, layoutLabels, valueCells, type LabelNode } from './layoutBuilders';

/** 表三 columns, in printed order. */
export const APPLICANT_COLUMNS: readonly ColumnDef[] = [
  { id: 'naturalPerson', label: '自然人', kind: 'count' },
  { id: 'commercial', label: '商业企业', kind: 'count' },
  { id: 'research', label: '科研机构', kind: 'count' },
  { id: 'nonprofit', label: '社会公益组织', kind: 'count' },
  { id: 'legalService', label: '法律服务机构', kind: 'count' },
  { id: 'otherOrg', label: '其他', kind: 'count' },
  { id: 'total', label: '总计', kind: 'count', computed: true },
];

/** The six applicant columns that the 总计 column sums. */
export const APPLICANT_INPUT_COLUMNS = APPLICANT_COLUMNS.filter((c) => c.computed !== true);

export const APPLICATIONS_NOTE =
  '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

export interface RowSpec {
  readonly id: string;
  /** Group prefix used in the full label, e.g. `（三）`. */
  readonly prefix: string;
  readonly printLabel: string;
  readonly shortLabel?: string;
}

const leaf = (spec: RowSpec): LabelNode => ({ leaf: spec.id, printLabel: spec.printLabel });

const WITHHELD: readonly RowSpec[] = [
  ['withheldStateSecret', '1.属于国家秘密'],
  ['withheldLawProhibited', '2.其他法律行政法规禁止公开'],
  ['withheldSafetyStability', '3.危及“三安全一稳定”'],
  ['withheldThirdParty', '4.保护第三方合法权益'],
  ['withheldInternalAffairs', '5.属于三类内部事务信息'],
  ['withheldProcessInfo', '6.属于四类过程性信息'],
  ['withheldEnforcementFile', '7.属于行政执法案卷'],
  ['withheldAdminQuery', '8.属于行政查询事项'],
].map(([id, printLabel]) => ({ id: id ?? '', prefix: '（三）', printLabel: printLabel ?? '' }));

const UNAVAILABLE: readonly RowSpec[] = [
  ['unavailableNotHeld', '1.本机关不掌握相关政府信息'],
  ['unavailableNeedsCreation', '2.没有现成信息需要另行制作'],
  ['unavailableUnclear', '3.补正后申请内容仍不明确'],
].map(([id, printLabel]) => ({ id: id ?? '', prefix: '（四）', printLabel: printLabel ?? '' }));

const REJECTED: readonly RowSpec[] = [
  ['rejectedComplaint', '1.信访举报投诉类申请'],
  ['rejectedDuplicate', '2.重复申请'],
  ['rejectedPublication', '3.要求提供公开出版物'],
  ['rejectedExcessive', '4.无正当理由大量反复申请'],
  ['rejectedConfirmation', '5.要求行政机关确认或重新出具已获取信息'],
].map(([id, printLabel]) => ({ id: id ?? '', prefix: '（五）', printLabel: printLabel ?? '' }));

const single = (id: string, printLabel: string, shortLabel?: string): RowSpec => ({
  id,
  prefix: '',
  printLabel,
  ...(shortLabel === undefined ? {} : { shortLabel }),
});

/** The rows both editions share, in the words of the form. */
export const RECEIVED = single('received', '一、本年新收政府信息公开申请数量', '本年新收');
export const CARRIED_OVER = single('carriedOver', '二、上年结转政府信息公开申请数量', '上年结转');
const DISCLOSED = single('disclosed', '（一）予以公开');
const PARTIAL = single(
  'partiallyDisclosed',
  '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
);
export const HANDLED_TOTAL = single('handledTotal', '（七）总计', '办理结果总计');
export const CARRIED_FORWARD = single('carriedForward', '四、结转下年度继续办理', '结转下年度');

/** The （六）其他处理 part of an edition: one row, or a group of numbered rows. */
export type OtherDispositions =
  { readonly row: RowSpec } | { readonly group: string; readonly rows: readonly RowSpec[] };

/** Builds the numbered rows of a group: `（六）` + `1.…`. */
export function groupRows(prefix: string, rows: readonly (readonly [string, string])[]): RowSpec[] {
  return rows.map(([id, printLabel]) => ({ id, prefix, printLabel }));
}

export function singleRow(id: string, printLabel: string): RowSpec {
  return single(id, printLabel);
}

/** The disposition rows （一）…（六） of an edition, whose per-column sum is （七）总计. */
function dispositionRows(other: OtherDispositions): readonly RowSpec[] {
  const others = 'row' in other ? [other.row] : other.rows;
  return [DISCLOSED, PARTIAL, ...WITHHELD, ...UNAVAILABLE, ...REJECTED, ...others];
}

function labelTree(other: OtherDispositions): readonly LabelNode[] {
  const otherNode: LabelNode =
    'row' in other ? leaf(other.row) : { group: other.group, children: other.rows.map(leaf) };
  return [
    leaf(RECEIVED),
    leaf(CARRIED_OVER),
    {
      group: '三、本年度办理结果',
      children: [
        leaf(DISCLOSED),
        leaf(PARTIAL),
        { group: '（三）不予公开', children: WITHHELD.map(leaf) },
        { group: '（四）无法提供', children: UNAVAILABLE.map(leaf) },
        { group: '（五）不予处理', children: REJECTED.map(leaf) },
        otherNode,
        leaf(HANDLED_TOTAL),
      ],
    },
    leaf(CARRIED_FORWARD),
  ];
}

/** Row ids whose per-column sum is （七）总计, for an edition's （六）. */
export function dispositionRowIds(other: OtherDispositions): readonly string[] {
  return dispositionRows(other).map((r) => r.id);
}

function formulas(rowIds: readonly string[], dispositions: readonly string[]): Formula[] {
  const cell = (row: string, column: string) => ({ table: 'applications' as const, row, column });
  const rowTotals = rowIds.map((row) => ({
    target: cell(row, 'total'),
    terms: APPLICANT_INPUT_COLUMNS.map((c) => cell(row, c.id)),
  }));
  const handled = APPLICANT_INPUT_COLUMNS.map((c) => ({
    target: cell(HANDLED_TOTAL.id, c.id),
    terms: dispositions.map((row) => cell(row, c.id)),
  }));
  return [...rowTotals, ...handled];
}

export function applicationsTable(other: OtherDispositions): TableDef {
  const specs = [RECEIVED, CARRIED_OVER, ...dispositionRows(other), HANDLED_TOTAL, CARRIED_FORWARD];
  const rows: RowDef[] = specs.map((s) => ({
    id: s.id,
    label: s.prefix + s.printLabel,
    printLabel: s.printLabel,
    ...(s.shortLabel === undefined ? {} : { shortLabel: s.shortLabel }),
    columns: APPLICANT_COLUMNS,
    ...(s === HANDLED_TOTAL ? { computed: true } : {}),
  }));
  const tree = labelTree(other);
  const labelColumns = labelColumnCount(tree);
  const dataColumns = APPLICANT_COLUMNS.length;
  const header: LayoutCell[][] = [
    [
      { type: 'text', role: 'corner', text: APPLICATIONS_NOTE, colSpan: labelColumns, rowSpan: 3 },
      { type: 'text', role: 'header', text: '申请人情况', colSpan: dataColumns },
    ],
    [
      { type: 'text', role: 'header', text: '自然人', rowSpan: 2 },
      { type: 'text', role: 'header', text: '法人或其他组织', colSpan: 5 },
      { type: 'text', role: 'header', text: '总计', rowSpan: 2 },
    ],
    APPLICANT_COLUMNS.slice(1, 6).map((c) => ({ type: 'text', role: 'header', text: c.label })),
  ];
  const columnIds = APPLICANT_COLUMNS.map((c) => c.id);
  const body = layoutLabels(tree, labelColumns).map(({ rowId, cells }) => [
    ...cells,
    ...valueCells(rowId, columnIds),
  ]);
  return {
    id: 'applications',
    title: '三、收到和处理政府信息公开申请情况',
    shortName: '表三',
    rows,
    formulas: formulas(
      rows.map((r) => r.id),
      dispositionRowIds(other),
    ),
    layout: {
      columnCount: labelColumns + dataColumns,
      header,
      body,
      columnWidths: [4, 5, 16, 7, 7, 7, 7, 7, 7, 7],
    },
  };
}
