import { definitionOf, newestFormat, PREFACE_NAME } from '../../report/definition/editions';
import type { Format, TableId } from '../../report/definition/types';
import type { ImportProblemCode } from './problemCodes';
import type { ImportProblem } from './types';

/**
 * All wording of import problems, in Chinese, in the form's own words (same style as
 * restore's problemMessages): what was found, where, and what was done about it.
 */

type Params = ImportProblem['params'];

const str = (params: Params, key: string): string => {
  const value = params[key];
  return value === undefined ? '' : String(value);
};
const quoted = (text: string): string => `“${text}”`;

const KIND_NAMES: Readonly<Record<string, string>> = {
  html: '网页',
  docx: 'Word 文件',
  pdf: 'PDF 文件',
  text: '文本',
  xlsx: 'Excel 文件',
};

const SECTION_NAMES: Readonly<Record<string, string>> = {
  overview: '“一、总体情况”',
  problems: '“五、存在的主要问题及改进情况”',
  other: '“六、其他需要报告的事项”',
};

function tableName(table: string, format: Format): string {
  const def = Object.values(definitionOf(format).tables).find((t) => t.id === table);
  return def === undefined ? `表格「${table}」` : `${def.shortName}（${def.title}）`;
}

/** `表三「（三）1.属于国家秘密」行「自然人」列` (or `…行` for a row) from a cell id. */
export function placeOf(cell: string, format: Format): string {
  const [table = '', row = '', column] = cell.split('.');
  const def = Object.values(definitionOf(format).tables).find((t) => t.id === (table as TableId));
  if (def === undefined) return cell;
  const rowDef = def.rows.find((r) => r.id === row);
  const rowText = rowDef === undefined ? '' : `「${rowDef.label}」行`;
  const columnDef = rowDef?.columns.find((c) => c.id === column);
  const columnText = columnDef === undefined ? '' : `「${columnDef.label}」列`;
  return `${def.shortName}${rowText}${columnText}`;
}

type Wording = (p: ImportProblem, format: Format) => string;

const where = (p: ImportProblem, format: Format): string =>
  p.cell === undefined ? '' : placeOf(p.cell, format);

const MESSAGES: Readonly<Record<ImportProblemCode, Wording>> = {
  'file.empty': () => '文件是空的，没有可导入的内容',
  'file.encodingUnknown': () =>
    '文件的文字编码无法识别：既不是 UTF-8，也不是 GB18030（GBK）；请在文本编辑器中另存为 UTF-8 后再导入',
  'file.encodingGb18030': () =>
    '文件不是 UTF-8 编码，已按 GB18030（GBK，Windows 中文系统的“ANSI”）读取；请核对文字是否正确',
  'file.replacementCharacters': (p) =>
    `文件中有 ${str(p.params, 'count')} 个无法显示的字符（�），原文可能已损坏；请核对相关文字`,
  'file.unknownKind': (p) =>
    `无法识别文件类型${str(p.params, 'name') === '' ? '' : `（${str(p.params, 'name')}）`}；请导入网页（.html/.htm）、Word（.docx）、Excel（.xlsx）、PDF 或文本（.txt）文件（旧版 .doc、.wps 文件请先另存为 .docx）`,
  'file.notReport': (p) =>
    `在这份${KIND_NAMES[str(p.params, 'kind')] ?? '文件'}中没有找到政府信息公开工作年度报告的章节或表格，无法导入`,
  'file.unexpected': (p) => `读取文件时出错（${str(p.params, 'detail')}），未导入任何内容`,
  'docx.invalid': () => '这不是有效的 Word（.docx）文件，或文件已损坏，无法导入',
  'docx.tooLarge': () => 'Word 文件解压后过大或包含的部件过多，可能是恶意构造的压缩包，已拒绝导入',
  'pdf.invalid': () => '这不是有效的 PDF 文件，或文件已损坏，无法导入',
  'pdf.encrypted': () =>
    'PDF 文件已加密（设有密码），无法读取其中的文字；请导出未加密的 PDF 或改用网页、Word 版本',
  'pdf.noText': () =>
    'PDF 中没有可读取的文字（可能是扫描件或图片），无法导入；请改用网页、Word 版本，或复制文字后粘贴',
  'xlsx.invalid': () => '这不是有效的 Excel（.xlsx）文件，或文件已损坏，无法导入',
  'meta.agencyNotFound': () => '没有从标题中识别出机关名称，请在“基本信息”中填写',
  'meta.yearNotFound': () => '没有从标题中识别出报告年度，请在“基本信息”中填写',
  'meta.yearFromPeriod': (p) =>
    `标题中没有报告年度，已按${PREFACE_NAME}中的统计期限取 ${str(p.params, 'year')} 年，请核对`,
  'format.notRecognised': (p) =>
    `没有从表格标签识别出报告格式，已按报告年度采用 ${str(p.params, 'format')} 年版格式，请核对`,
  'section.notFound': (p) =>
    `没有找到${SECTION_NAMES[str(p.params, 'section')] ?? '该部分'}的标题，该部分正文为空，请核对`,
  'table.notFound': (p, f) =>
    `没有找到${tableName(str(p.params, 'table'), f)}，该表各单元格为空（未找到），请核对`,
  'row.notFound': (p, f) => `没有找到${where(p, f)}，该行各单元格为空（未找到）`,
  'row.valueCount': (p, f) =>
    `${where(p, f) || tableName(str(p.params, 'table'), f)}应有 ${str(p.params, 'expected')} 个数，原文中找到 ${str(p.params, 'found')} 个（${quoted(str(p.params, 'source'))}），无法确定各数所属的列，该行未导入，请对照原文填写`,
  'cell.unreadable': (p, f) =>
    `${where(p, f)}的内容${quoted(str(p.params, 'source'))}不是数字，未导入，请对照原文填写`,
  'cell.none': (p, f) =>
    `${where(p, f)}原文为${quoted(str(p.params, 'source'))}，按空白导入（空白不等于 0）`,
  'money.converted': (p, f) =>
    `${where(p, f)}原文为${quoted(str(p.params, 'source'))}（单位：${str(p.params, 'unit')}），已换算为 ${str(p.params, 'value')} 万元`,
  'money.unitAssumed': (p, f) =>
    `${where(p, f)}原文${quoted(str(p.params, 'source'))}未注明单位，按万元导入，请核对`,
  'total.mismatch': (p, f) =>
    `${where(p, f)}原文印的合计为 ${str(p.params, 'printed')}，但各项相加为 ${str(p.params, 'sum')}；已按原文导入，请核对`,
  'xlsx.layoutChanged': (p) =>
    `工作表${quoted(str(p.params, 'sheet'))}中的行或列已被移动或插入，已按行列名称读取其中的数值，请核对`,
  'restore.problem': (p) => str(p.params, 'message'),
};

export function importProblemMessage(problem: ImportProblem, format: Format | null): string {
  const wording = MESSAGES[problem.code as ImportProblemCode] as Wording | undefined;
  return wording === undefined ? problem.code : wording(problem, format ?? newestFormat());
}
