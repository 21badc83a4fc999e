import { formatAmount, formatDelta, formatPercent } from '../../../report/compare/format';
import type { Change, PreviousValue } from '../../../report/compare/previousCells';
import type { CellKind } from '../../../report/definition/types';
import type { CellValue } from '../../../report/document';

/** All wording of the comparison view, in Chinese, in one place. */

export const COMPARE_BUTTON = '与上年对比';
export const ABSENT_LAST_YEAR = '上年无此项';
export const BLANK_THIS_YEAR = '待填写';
export const BLANK_LAST_YEAR = '未填写';
/** A change that cannot be stated (a side blank, a row last year lacked, 0 → n in percent). */
export const NO_CHANGE = '—';

export const UNLINKED =
  '与上年对比：尚未关联上年报告。点页面上方的“参考上年”关联后，可在这里逐行对比上年和本年的数字。';

/** What the view says about itself: derived, read-only, not part of the report. */
export const VIEW_NOTE =
  '对比只供核对：随本年数字即时更新，不可编辑，不打印，也不导出。增减幅度以上年数为基数。';

export function previousText(previous: PreviousValue, kind: CellKind): string {
  if (previous.kind === 'absent') return ABSENT_LAST_YEAR;
  return previous.value === null ? BLANK_LAST_YEAR : formatAmount(previous.value, kind);
}

export function currentText(value: CellValue, kind: CellKind): string {
  return value === null ? BLANK_THIS_YEAR : formatAmount(value, kind);
}

export function deltaText(change: Change, kind: CellKind): string {
  return change.kind === 'value' ? formatDelta(change.delta, kind) : NO_CHANGE;
}

export function percentText(change: Change): string {
  return change.kind === 'value' && change.percent !== null
    ? formatPercent(change.percent)
    : NO_CHANGE;
}

/** `上年：甲局2021年度报告`, with a warning when it is not the year before. */
export function previousCaption(
  previous: { readonly agency: string; readonly year: number },
  year: number,
): string {
  const base = `上年：${previous.agency}${String(previous.year)}年度报告`;
  return previous.year === year - 1
    ? base
    : `${base}（不是${String(year - 1)}年度，请核对所关联的报告）`;
}
