import { EDITIONS, PREFACE_NAME } from '../definition/editions';
import { FORMATS, type Format, type RowDef, type TableDef } from '../definition/types';
import type { Problem } from './problems';

/**
 * All wording of restore problems, in Chinese, in the form's own words. Callers and tests
 * match on codes; this module turns a code, its path and params into a sentence that says
 * what was found, where, and what was done about it.
 */

type Params = Problem['params'];

const str = (params: Params, key: string): string => {
  const value = params[key];
  return value === undefined ? '' : String(value);
};
const has = (params: Params, key: string): boolean => params[key] !== undefined;
const quoted = (text: string): string => `“${text}”`;

/** Editions to search for a label: the document's first, then the others. */
function editionsFor(format: Format | undefined): readonly Format[] {
  return format === undefined ? FORMATS : [format, ...FORMATS.filter((f) => f !== format)];
}

/** The table in one edition; ids come from outside data, so they are looked up, not indexed. */
const tableIn = (format: Format, tableId: string): TableDef | undefined =>
  Object.values(EDITIONS[format].tables).find((t) => t.id === tableId);

const tableDef = (tableId: string, format: Format | undefined): TableDef | undefined =>
  editionsFor(format)
    .map((f) => tableIn(f, tableId))
    .find((t) => t !== undefined);

const rowDef = (tableId: string, rowId: string, format: Format | undefined): RowDef | undefined =>
  editionsFor(format)
    .map((f) => tableIn(f, tableId)?.rows.find((r) => r.id === rowId))
    .find((r) => r !== undefined);

const tableName = (tableId: string, format: Format | undefined): string =>
  tableDef(tableId, format)?.shortName ?? `表格「${tableId}」`;

const rowLabel = (tableId: string, rowId: string, format: Format | undefined): string =>
  rowDef(tableId, rowId, format)?.label ?? rowId;

function columnLabel(
  tableId: string,
  rowId: string,
  columnId: string,
  format: Format | undefined,
): string {
  const own = rowDef(tableId, rowId, format)?.columns.find((c) => c.id === columnId);
  if (own !== undefined) return own.label;
  const anyRow = editionsFor(format)
    .flatMap((f) => tableIn(f, tableId)?.rows ?? [])
    .flatMap((r) => r.columns)
    .find((c) => c.id === columnId);
  return anyRow?.label ?? columnId;
}

/** `表三「（三）1.属于国家秘密」行「自然人」列` from a path ['tables', table, row, column]. */
function cellPlace(path: Problem['path'], format: Format | undefined): string {
  const [, table = '', row = '', column = ''] = path.map(String);
  return `${tableName(table, format)}「${rowLabel(table, row, format)}」行「${columnLabel(table, row, column, format)}」列`;
}

const editionName = (format: string): string => {
  const known = FORMATS.find((f) => f === format);
  return known === undefined
    ? `${format} 年版格式`
    : `${known} 年版格式（${EDITIONS[known].notice}）`;
};

const FIELD_NAMES: Readonly<Record<string, string>> = {
  type: '文件类型',
  version: '文件版本',
  format: '报告格式',
  agency: '机关名称',
  agencyLevel: '机关层级',
  year: '报告年度',
  title: '报告标题',
  preface: PREFACE_NAME,
  sections: '正文（一、五、六部分）',
  tables: '表格',
  acknowledged: '已确认的提示',
  publicationDate: '发布日期',
};

/** The field a path names: `报告标题`, `「一、总体情况」的正文`, or an unknown key `「foo」项`. */
function fieldName(path: Problem['path'], format: Format | undefined): string {
  const [first = '', second] = path.map(String);
  if (first === 'sections' && second !== undefined) {
    const section = editionsFor(format)
      .flatMap((f) => Object.values(EDITIONS[f].sections))
      .find((sec) => sec.key === second);
    return `「${section?.heading ?? second}」的正文`;
  }
  return FIELD_NAMES[first] ?? `「${first}」项`;
}

/** What was found in a cell: a number set off by a space, text in quotes. */
const cellValueText = (params: Params): string =>
  has(params, 'value') && !has(params, 'raw')
    ? `${str(params, 'value')} `
    : quoted(str(params, 'raw'));

const notJson = (params: Params): string => {
  if (has(params, 'line')) {
    return `文件不是有效的 JSON（第 ${str(params, 'line')} 行第 ${str(params, 'column')} 列附近）`;
  }
  const detail = str(params, 'detail');
  return detail === '' ? '文件不是有效的 JSON' : `文件不是有效的 JSON（${detail}）`;
};

const wrongType = (params: Params): string =>
  has(params, 'type')
    ? `这不是年报文件（文件类型为${quoted(str(params, 'type'))}，应为“nianbao/annual-report”），无法导入`
    : '这不是年报文件（缺少文件类型“nianbao/annual-report”），无法导入';

function invalidField(p: Problem, format: Format | undefined): string {
  const name = fieldName(p.path, format);
  const found = has(p.params, 'raw') ? `（${quoted(str(p.params, 'raw'))}）` : '';
  if (p.severity === 'error') return `${name}无效${found}，无法导入`;
  if (p.path.length === 1 && p.path[0] === 'tables') {
    return `表格的数据格式无效${found}，表二、表三、表四已按空表导入`;
  }
  return `${name}的内容无效${found}，已忽略`;
}

function missingTable(params: Params, format: Format | undefined): string {
  const table = str(params, 'table');
  const title = tableDef(table, format)?.title;
  return `文件缺少${tableName(table, format)}${title === undefined ? '' : `（${title}）`}，已按空表导入`;
}

function invalidTable(params: Params, format: Format | undefined): string {
  const table = str(params, 'table');
  if (!has(params, 'row')) return `${tableName(table, format)}的数据格式无效，已按空表导入`;
  const row = rowLabel(table, str(params, 'row'), format);
  return `${tableName(table, format)}「${row}」行的数据格式无效，该行数据已忽略`;
}

/** A row or column the document's edition lacks; `（属于 2019 年版格式）` when the other has it. */
function unknownPart(params: Params, format: Format | undefined): string {
  const table = str(params, 'table');
  const row = rowLabel(table, str(params, 'row'), format);
  const edition = format === undefined ? '本格式' : ` ${format} 年版格式`;
  const belongs = has(params, 'otherEdition')
    ? `（属于 ${str(params, 'otherEdition')} 年版格式）`
    : '';
  if (!has(params, 'column')) {
    return `${tableName(table, format)}中有${edition}没有的行「${row}」${belongs}，已原样保留`;
  }
  const column = columnLabel(table, str(params, 'row'), str(params, 'column'), format);
  return `${tableName(table, format)}「${row}」行中有${edition}没有的列「${column}」${belongs}，已原样保留`;
}

function normalisedCell(p: Problem, format: Format | undefined): string {
  const raw = quoted(str(p.params, 'raw'));
  const value = has(p.params, 'value') ? ` ${str(p.params, 'value')} ` : '空白';
  return `${cellPlace(p.path, format)}：${raw}已按${value}读取`;
}

const cellMessage = (p: Problem, format: Format | undefined, what: string): string =>
  `${cellPlace(p.path, format)}：${what}，已留空`;

/**
 * The Chinese message for a problem. Pass the document's format so rows and columns are named
 * with that edition's labels (labels of the other edition are used for its own rows).
 */
export function problemMessage(p: Problem, format?: Format): string {
  const { params, path } = p;
  switch (p.code) {
    case 'file.notJson':
      return notJson(params);
    case 'file.notObject':
      return '文件内容不是一份年报（应为 JSON 对象），无法导入';
    case 'file.wrongType':
      return wrongType(params);
    case 'file.versionMissing':
      return '文件缺少版本号（version），无法导入';
    case 'file.versionInvalid':
      return `文件版本号${quoted(str(params, 'version'))}无效（应为正整数），无法导入`;
    case 'file.versionTooNew':
      return `文件版本 ${str(params, 'version')} 比本程序支持的版本 ${str(params, 'supported')} 新，请升级年报后再导入`;
    case 'file.migrationFailed':
      return `无法将文件从版本 ${str(params, 'from')} 转换为版本 ${str(params, 'to')}，无法导入`;
    case 'file.encodingGb18030':
      return '文件不是 UTF-8 编码，已按 GB18030（GBK，即中文 Windows 的“ANSI”）编码读取，请核对文字是否正确';
    case 'file.encodingUnknown':
      return '文件既不是 UTF-8 编码，也不是 GB18030（GBK）编码，无法读取；请用记事本等程序另存为 UTF-8 编码后再导入';
    case 'file.replacementCharacters':
      return `文件中有 ${str(params, 'count')} 个无法识别的字符（显示为“\uFFFD”），文字可能已在其他程序中损坏，请核对`;
    case 'file.unexpected':
      return str(params, 'detail') === ''
        ? '导入时发生意外错误，无法导入'
        : `导入时发生意外错误（${str(params, 'detail')}），无法导入`;
    case 'field.missing':
      return `文件缺少${fieldName(path, format)}，${p.severity === 'error' ? '无法导入' : '已按空白处理'}`;
    case 'field.invalid':
      return invalidField(p, format);
    case 'field.unknown':
      return `${FIELD_NAMES[String(path[0])] ?? ''}中有无法识别的项「${String(path[1] ?? '')}」，已忽略`;
    case 'format.unknown':
      return `报告格式${quoted(str(params, 'format'))}无法识别（应为 ${FORMATS.join(' 或 ')}），无法导入`;
    case 'format.defaulted':
      return `文件未注明报告格式，已按报告年度 ${str(params, 'year')} 年采用 ${editionName(str(params, 'format'))}`;
    case 'format.normalised':
      return `报告格式写作${quoted(str(params, 'raw'))}，已按 ${editionName(str(params, 'format'))}读取`;
    case 'year.outOfRange':
      return `报告年度 ${str(params, 'year')} 超出可处理的范围（${str(params, 'min')}—${str(params, 'max')} 年），无法导入`;
    case 'agencyLevel.unknown':
      return `机关层级${quoted(str(params, 'value'))}无法识别，已留空`;
    case 'table.missing':
      return missingTable(params, format);
    case 'table.invalid':
      return invalidTable(params, format);
    case 'table.unknownRow':
    case 'table.unknownColumn':
      return unknownPart(params, format);
    case 'cell.negative':
      return cellMessage(p, format, `${cellValueText(params)}是负数，本栏不能为负`);
    case 'cell.notInteger':
      return cellMessage(p, format, `${cellValueText(params)}不是整数`);
    case 'cell.tooLarge':
      return cellMessage(p, format, `${cellValueText(params)}数值过大`);
    case 'cell.tooManyDecimals':
      return cellMessage(p, format, `${cellValueText(params)}的小数超过 6 位`);
    case 'cell.notNumber':
      return cellMessage(p, format, `${quoted(str(params, 'raw'))}不是数字`);
    case 'cell.normalised':
      return normalisedCell(p, format);
    case 'acknowledged.invalid':
      return `第 ${String(Number(params.index ?? path[1] ?? 0) + 1)} 条已确认的提示格式不正确，已忽略`;
  }
}
