import type { ImportProblem } from '../import/types';

/**
 * Problems of reading a workbook, as codes with params; the Chinese wording lives here only
 * (like restore's problemMessages), so callers and tests match on codes.
 */
export type XlsxProblemCode =
  | 'xlsx.unreadable'
  | 'xlsx.noTables'
  | 'xlsx.formatUnknown'
  | 'xlsx.notNumber'
  | 'xlsx.layoutChanged'
  | 'xlsx.tableNotFound';

export function xlsxProblem(
  code: XlsxProblemCode,
  severity: ImportProblem['severity'],
  params: ImportProblem['params'] = {},
  cell?: string,
): ImportProblem {
  return { code, severity, params, ...(cell === undefined ? {} : { cell }) };
}

const text = (p: ImportProblem, key: string): string => String(p.params[key] ?? '');

const MESSAGES: Readonly<Record<XlsxProblemCode, (p: ImportProblem) => string>> = {
  'xlsx.unreadable': (p) =>
    `无法读取这个 Excel 文件（${text(p, 'reason')}）。请确认它是 .xlsx 格式。`,
  'xlsx.noTables': () =>
    '文件中没有找到年度报告的表格：工作表中需要有表二、表三、表四的行名称和列名称（与国家格式的文字一致）。',
  'xlsx.formatUnknown': () =>
    '无法从表格的行列名称判断是 2019 年版还是 2021 年版格式，请在导入后核对格式版本。',
  'xlsx.notNumber': (p) =>
    `工作表“${text(p, 'sheet')}”${text(p, 'address')} 单元格（${text(p, 'label')}）的内容“${text(p, 'text')}”不是数字，已留空。`,
  'xlsx.layoutChanged': (p) =>
    `工作表“${text(p, 'sheet')}”的行或列已被移动，已按行列名称读取其中的数值。`,
  'xlsx.tableNotFound': (p) => `文件中没有找到${text(p, 'table')}，其中的单元格留空。`,
};

/** The problem in the user's words. Codes of other importers are not this module's. */
export function xlsxProblemMessage(problem: ImportProblem): string {
  const message = MESSAGES[problem.code as XlsxProblemCode] as
    ((p: ImportProblem) => string) | undefined;
  return message === undefined ? problem.code : message(problem);
}
