import { SOURCE_EXTENSIONS } from '../../../io/import/adapters/registry';

/**
 * What the import dialog does with a chosen file: restore a JSON file, or read a published
 * report (the importer's registry picks the reader for its kind).
 */
export type FileRoute = 'json' | 'document';

/**
 * File name endings the import dialog accepts, by route. Lower case, with the dot. A report
 * file is JSON; every ending a published-report reader takes comes from the readers' registry.
 */
const BY_EXTENSION: Readonly<Record<string, FileRoute>> = Object.fromEntries([
  ['.json', 'json'],
  ...SOURCE_EXTENSIONS.map((e) => [e, 'document'] as const),
]);

/** The `accept` attribute of the file input. */
export const ACCEPTED_EXTENSIONS = Object.keys(BY_EXTENSION).join(',');

/**
 * Which route a file takes, by the ending of its name (browsers report no reliable MIME type
 * for .docx or .txt on every system). null: not a kind the app can read.
 */
export function routeOfFile(name: string): FileRoute | null {
  const dot = name.lastIndexOf('.');
  if (dot < 0) return null;
  return BY_EXTENSION[name.slice(dot).toLowerCase()] ?? null;
}

/** Old binary Office/WPS formats: the app cannot read them, but the user can convert them. */
const LEGACY: Readonly<Record<string, string>> = {
  '.doc': 'Word 97-2003 文档（.doc）',
  '.wps': 'WPS 文字文档（.wps）',
  '.xls': 'Excel 97-2003 工作簿（.xls）',
  '.et': 'WPS 表格（.et）',
};

/**
 * A published report can be a large PDF or a Word file with pictures; beyond this it is not a
 * report (and unpacking it could exhaust the tab). The readers bound what they unpack too.
 */
export const MAX_SOURCE_BYTES = 30 * 1024 * 1024;

/**
 * Why a file is refused before it is read, in Chinese, or null. Only files of a legacy format
 * or published reports past the size bound; JSON files keep their own checks.
 */
export function refusalOfSource(name: string, size: number): string | null {
  const dot = name.lastIndexOf('.');
  const ending = dot < 0 ? '' : name.slice(dot).toLowerCase();
  const legacy = LEGACY[ending];
  if (legacy !== undefined) {
    const target = ending === '.xls' || ending === '.et' ? '.xlsx' : '.docx';
    return `无法读取“${name}”：这是${legacy}，请在 Word、WPS 或 Excel 中另存为 ${target} 后再导入。`;
  }
  if (routeOfFile(name) === 'document' && size > MAX_SOURCE_BYTES) {
    const mb = (size / 1024 / 1024).toFixed(1);
    return `无法导入“${name}”：文件过大（${mb} MB），已发布的年报不会超过 ${String(MAX_SOURCE_BYTES / 1024 / 1024)} MB。`;
  }
  return null;
}
