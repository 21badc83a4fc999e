import type { CellKind } from '../../report/definition/types';
import type { CellValue } from '../../report/document';
import type { CellInputError } from '../../report/input/parseNumberInput';
import { formatMoney } from '../../report/money';
import type { PasteProblem } from './pastePlan';

/** All wording of the grid, in Chinese, in one place. */

/** A cell value as shown on screen: blank stays blank, money in 万元 without trailing zeros. */
export function formatCellValue(value: CellValue, kind: CellKind): string {
  if (value === null) return '';
  return kind === 'money' ? formatMoney(value) : String(value);
}

/** A value inside a sentence: blank is named, not shown as nothing. */
export function describeValue(value: CellValue, kind: CellKind): string {
  return value === null ? '空白' : formatCellValue(value, kind);
}

const EXPECTED: Readonly<Record<CellKind, string>> = {
  count: '请输入非负整数',
  signed: '请输入整数（减少用负数表示）',
  money: '请输入金额（万元），如 12.5',
};

const DETAIL: Readonly<Record<CellInputError, string>> = {
  notNumber: '',
  negative: '，不能为负数',
  notInteger: '，不能有小数',
  tooLarge: '，数值过大',
  tooManyDecimals: '，最多 6 位小数',
};

/** The inline message of a cell whose typed text is not a valid value. */
export function inputErrorMessage(reason: CellInputError, kind: CellKind): string {
  return EXPECTED[kind] + DETAIL[reason];
}

const REASON_SHORT: Readonly<Record<CellInputError, string>> = {
  notNumber: '不是数字',
  negative: '不能为负数',
  notInteger: '不能有小数',
  tooLarge: '数值过大',
  tooManyDecimals: '小数位数过多',
};

/** Why a paste cannot be applied, naming the line, the value and the cell. */
export function pasteProblemMessage(p: PasteProblem): string {
  switch (p.code) {
    case 'rowsPastEdge':
      return `粘贴内容有 ${p.lines} 行，但从当前单元格到表格底部只有 ${p.available} 行。`;
    case 'columnsPastEdge':
      return `第 ${p.line} 行有 ${p.tokens} 个值，但「${p.rowLabel}」行从当前列向右只有 ${p.available} 个单元格。`;
    case 'invalidToken':
      return `第 ${p.line} 行第 ${p.position} 个值“${p.token}”${REASON_SHORT[p.reason]}，无法填入「${p.cell}」。`;
    case 'noCellsInRow':
      return `第 ${p.line} 行第 ${p.position} 个值“${p.token}”落在“${p.rowText}”标题行，该行没有可填写的单元格。`;
  }
}

export const TEXT = {
  fillZero: '填零',
  fillZeroHint: '将本表所有空白输入单元格填为 0',
  fillZeroUndo: '填零',
  pasteHint: '可直接粘贴从 Excel、WPS 复制的数据',
  pasteUndo: '粘贴',
  clearUndo: '清除单元格',
  pasteTitle: '粘贴预览',
  pasteRefusedTitle: '无法粘贴',
  pasteConfirm: '确定粘贴',
  pasteCancel: '取消',
  pasteClose: '关闭',
  pasteRefusedNote: '表格内容未作任何更改。',
  computedNote: '合计单元格由系统计算，不会写入。',
  tableAbsent: '本报告未包含此表。',
  editUndo: (label: string) => `修改「${label}」`,
} as const;

/** Wording of the paste preview. */
export const PASTE_TEXT = {
  range: (lines: number, width: number, first: string, last: string, cells: number) =>
    `将粘贴 ${lines} 行 × ${width} 列，填入「${first}」至「${last}」，共 ${cells} 个单元格。`,
  noOverwrite: '不会覆盖已填写的数值。',
  overwriteIntro: (count: number) => `将覆盖 ${count} 个已填写数值的单元格：`,
  overwriteItem: (cell: string, before: string, after: string) =>
    `「${cell}」：${before} → ${after}`,
  moreCells: (count: number) => `等共 ${count} 个单元格`,
  mismatchIntro: '以下合计与粘贴的各项之和不一致，请核对原始数据：',
  mismatchItem: (cell: string, pasted: string, computed: string) =>
    `「${cell}」：粘贴的值为 ${pasted}，按各项计算为 ${computed}`,
  moreProblems: (count: number) => `等共 ${count} 处问题`,
  noneIntro: (count: number) =>
    `有 ${count} 个单元格粘贴的是“-”“—”“/”“无”等符号，公开的年报常用它们表示 0 或“不适用”：`,
  noneListLabel: '粘贴的符号',
  noneItem: (cell: string, token: string) => `「${cell}」：“${token}”`,
  noneLegend: '这些符号读作',
  noneAsBlank: '空白（留待填写）',
  noneAsZero: '0',
} as const;
