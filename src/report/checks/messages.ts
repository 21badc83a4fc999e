import { AGENCY_LEVEL_LABELS } from '../agencyLevels';
import type { CellKind } from '../definition/types';
import type { AgencyLevel } from '../document';

/**
 * All wording of the check findings, in Chinese. Labels of tables, rows and columns come from
 * the definitions (passed in by the checks); only connecting words and a few short forms live
 * here, so a label is never typed twice.
 */

const NOT_ASSESSABLE_SUFFIX = '（有未填写的单元格，待填写）';

/** A relation that fails only because of blank cells is shown as 待填写, not as an error. */
export function notAssessable(message: string): string {
  return message + NOT_ASSESSABLE_SUFFIX;
}

/** Short forms of 表三 rows used where the printed note states the 勾稽关系. */
const APPLICATIONS_SHORT = {
  received: '本年新收',
  carriedOver: '上年结转',
  handledTotal: '办理结果总计',
  carriedForward: '结转下年度',
} as const;

/** Agency levels as named in the form; an unnamed level is spoken of as 本机关. */
const AGENCY_LEVEL_NAMES: Readonly<Record<AgencyLevel, string>> = {
  ...AGENCY_LEVEL_LABELS,
  other: '本机关',
};

const VALID_VALUE: Readonly<Record<CellKind, string>> = {
  count: '应填非负整数',
  signed: '应填整数（减少用负数表示）',
  money: '应填非负金额，最多 6 位小数',
};

/** Strips a leading part numeral (`四、`) so a row label reads inside a sentence. */
function withoutNumeral(label: string): string {
  return label.replace(/^[一二三四五六七八九十]+、/, '');
}

export function cellInvalid(
  table: string,
  row: string,
  column: string,
  shown: string,
  kind: CellKind,
): string {
  return `${table}「${row}」行「${column}」：${shown} 不是有效的数值，${VALID_VALUE[kind]}`;
}

export function rowTotal(
  table: string,
  row: string,
  total: string,
  actual: number,
  expected: number,
): string {
  return `${table}「${row}」行：${total}（${actual}）≠ 各类申请人之和（${expected}）`;
}

export function handledTotal(
  table: string,
  column: string,
  handledRow: string,
  actual: number,
  expected: number,
): string {
  return `${table} ${column}列：${handledRow}（${actual}）≠ （一）至（六）各项之和（${expected}）`;
}

export function balance(table: string, column: string, actual: number, expected: number): string {
  const s = APPLICATIONS_SHORT;
  return (
    `${table} ${column}列：${s.received} + ${s.carriedOver}（${actual}）≠ ` +
    `${s.handledTotal} + ${s.carriedForward}（${expected}）`
  );
}

export function reviewTotal(
  table: string,
  row: string,
  total: string,
  parts: readonly string[],
  actual: number,
  expected: number,
): string {
  return `${table} ${row}：${total}（${actual}）≠ ${parts.join(' + ')}（${expected}）`;
}

export function subsetOfParent(
  table: string,
  child: string,
  parent: string,
  actual: number,
  expected: number,
): string {
  return `${table}：「${child}」（${actual}）大于「${parent}」（${expected}），“其中”项不能多于总数`;
}

export function dedupedAtMostChannels(
  table: string,
  items: string,
  actual: number,
  expected: number,
): string {
  return (
    `${table}：「${items}」（${actual}）大于各渠道公开政府信息数之和（${expected}），` +
    '同一信息在不同渠道公开只计1条，不应多于各渠道之和'
  );
}

export function previousCarriedOver(
  table: string,
  column: string,
  carriedForwardRow: string,
  actual: number,
  expected: number,
): string {
  const s = APPLICATIONS_SHORT;
  return (
    `${table} ${column}列：${s.carriedOver}（${actual}）≠ ` +
    `上年报告的${withoutNumeral(carriedForwardRow)}（${expected}）`
  );
}

export function previousInForce(
  table: string,
  row: string,
  columns: { readonly inForce: string; readonly issued: string; readonly repealed: string },
  actual: number,
  expected: number,
): string {
  const c = columns;
  return (
    `${table}「${row}」：${c.inForce}（${actual}）≠ ` +
    `上年报告的${c.inForce} + ${c.issued} − ${c.repealed}（${expected}）`
  );
}

export function previousLastYearItems(
  table: string,
  row: string,
  columns: { readonly lastYearItems: string; readonly change: string },
  actual: number,
  expected: number,
): string {
  const c = columns;
  return (
    `${table}「${row}」：${c.lastYearItems}（${actual}）≠ ` +
    `上年报告的${c.lastYearItems} + ${c.change}（${expected}）`
  );
}

export function rulesAuthority(
  table: string,
  row: string,
  filled: readonly { readonly column: string; readonly value: number }[],
  level: AgencyLevel,
): string {
  const values = filled.map((f) => `${f.column} ${f.value}`).join('、');
  return (
    `${table}「${row}」填有数据（${values}），但${AGENCY_LEVEL_NAMES[level]}不能制定规章` +
    '（规章由国务院部门、省级和设区的市级人民政府制定），请核实'
  );
}

export function inForceBelowIssued(
  table: string,
  row: string,
  columns: { readonly inForce: string; readonly issued: string; readonly repealed: string },
  actual: number,
  expected: number,
): string {
  const c = columns;
  return (
    `${table}「${row}」：${c.inForce}（${actual}）小于 ${c.issued} − ${c.repealed}（${expected}），` +
    '上年的现行有效件数不可能为负数'
  );
}

export function sectionEmpty(heading: string): string {
  return `「${heading}」还没有内容`;
}

export function feesNotStated(heading: string): string {
  return `「${heading}」没有提到信息处理费：请说明本年度是否收取信息处理费`;
}

export function blankCells(table: string, count: number): string {
  return `${table}还有 ${count} 个单元格未填写（需要填 0 的请填 0）`;
}

interface CalendarDate {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

const chineseDate = (date: CalendarDate): string => `${date.y}年${date.m}月${date.d}日`;

export function publishedLate(
  published: CalendarDate,
  deadline: CalendarDate,
  days: number,
): string {
  return `发布日期（${chineseDate(published)}）晚于法定发布时限（${chineseDate(deadline)}）${days} 天`;
}

export function deadlineNear(deadline: CalendarDate, days: number): string {
  return days === 0
    ? `今天是法定发布时限（${chineseDate(deadline)}）`
    : `距法定发布时限（${chineseDate(deadline)}）还有 ${days} 天`;
}

export function deadlinePassed(deadline: CalendarDate, days: number): string {
  return `已超过法定发布时限（${chineseDate(deadline)}）${days} 天，尚未填写发布日期`;
}

const QUANTITY_NAMES = {
  received: '表三“一、本年新收政府信息公开申请数量”总计',
  disclosed: '表三“（一）予以公开”总计',
  partiallyDisclosed: '表三“（二）部分公开”总计',
  carriedForward: '表三“四、结转下年度继续办理”总计',
  reconsideration: '表四行政复议总计',
  litigation: '表四行政诉讼（未经复议直接起诉 + 复议后起诉）总计',
} as const;

export function narrativeMismatch(
  heading: string,
  claim: string,
  quantity: keyof typeof QUANTITY_NAMES,
  tableValue: number | null,
): string {
  return `「${heading}」写有“${claim}”，但${QUANTITY_NAMES[quantity]}为 ${String(tableValue)}`;
}
