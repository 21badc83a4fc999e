import type { RestoredDocument } from '../../report/document';
import { exportFileName, type ExportMeta } from '../json/exportJson';

export interface OfficeFile {
  readonly name: string;
  /** MIME type for the browser's download. */
  readonly type: string;
  readonly bytes: Uint8Array;
}

/** `镇海区新闻中心2020年政府信息公开工作年度报告`: the JSON's name without `.json`. */
export function exportBaseName(doc: RestoredDocument): string {
  return exportFileName(doc).replace(/\.json$/u, '');
}

/** What the export menu shows for an office format, and how the file is written. */
interface OfficeExport {
  /** The name of `nianbao export --to <format>`. */
  readonly format: string;
  /** The menu item, e.g. 导出 Word 文件（.docx）. */
  readonly label: string;
  /** One line under it: what the file is for. */
  readonly hint: string;
  /** What is being made, for 正在生成…… / 生成…失败. */
  readonly noun: string;
  /** A clipboard twin shown right after it in the menu (the portal fragment). */
  readonly clipboard?: {
    readonly label: string;
    readonly hint: string;
    /** text/html with its plain-text twin; the renderer loads on demand. */
    readonly content: (doc: RestoredDocument) => Promise<ClipboardContent>;
  };
  /** Writes the file; its writer and library are imported here, on demand. */
  readonly write: (doc: RestoredDocument, meta: ExportMeta, base: string) => Promise<OfficeFile>;
}

/**
 * The office formats of `nianbao export --to …` and of the app's export menu, in menu order.
 * Adding a format is its writer's module and one entry here.
 */
export const OFFICE_EXPORTS = [
  {
    format: 'docx',
    label: '导出 Word 文件（.docx）',
    hint: '公文格式，可在 WPS/Word 中套红、盖章',
    noun: ' Word 文件',
    write: async (doc, meta, base) => {
      const { renderDocx } = await import('../docx/renderDocx');
      return {
        name: `${base}.docx`,
        type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        bytes: await renderDocx(doc, meta),
      };
    },
  },
  {
    format: 'xlsx',
    label: '导出 Excel 表格（.xlsx）',
    hint: '表二至表四，合计为公式，改后可再导入',
    noun: ' Excel 表格',
    write: async (doc, meta, base) => {
      const { renderXlsx } = await import('../xlsx/writeXlsx');
      return {
        name: `${base}.xlsx`,
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        bytes: await renderXlsx(doc, meta),
      };
    },
  },
  {
    format: 'fragment',
    label: '导出网页片段（.html）',
    hint: '供门户网站内容管理系统使用',
    noun: '网页片段',
    clipboard: {
      label: '复制网页片段到剪贴板',
      hint: '直接粘贴到门户网站的编辑器',
      content: (doc) => fragmentForClipboard(doc),
    },
    write: async (doc, _meta, base) => {
      const { renderFragment } = await import('../fragment/renderFragment');
      return {
        name: `${base}（网页片段）.html`,
        type: 'text/html',
        bytes: new TextEncoder().encode(renderFragment(doc)),
      };
    },
  },
  {
    format: 'package',
    label: '导出报送包（.zip）',
    hint: 'JSON、Word、Excel、HTML 和检查结果',
    noun: '报送包',
    write: async (doc, meta, base) => {
      const { renderPackage } = await import('../package/renderPackage');
      return {
        name: `${base}（报送包）.zip`,
        type: 'application/zip',
        bytes: await renderPackage(doc, meta, base),
      };
    },
  },
] as const satisfies readonly OfficeExport[];

export type OfficeFormat = (typeof OFFICE_EXPORTS)[number]['format'];
export const OFFICE_FORMATS: readonly OfficeFormat[] = OFFICE_EXPORTS.map((e) => e.format);

/**
 * One export in an office format: the app and the command line both call this, so they write
 * the same bytes for the same report and time. Each writer (and its library: docx, exceljs)
 * is loaded only when asked for, never with the first screen.
 */
export async function exportOffice(
  doc: RestoredDocument,
  format: OfficeFormat,
  meta: ExportMeta,
): Promise<OfficeFile> {
  const entry: OfficeExport | undefined = OFFICE_EXPORTS.find((e) => e.format === format);
  if (entry === undefined) throw new Error(`unknown office format ${format}`);
  return entry.write(doc, meta, exportBaseName(doc));
}

export interface ClipboardContent {
  readonly html: string;
  readonly text: string;
}

/** What a format puts on the clipboard (text/html and its plain-text twin). */
export function clipboardContent(
  doc: RestoredDocument,
  format: OfficeFormat,
): Promise<ClipboardContent> {
  const entry: OfficeExport | undefined = OFFICE_EXPORTS.find((e) => e.format === format);
  if (entry?.clipboard === undefined) throw new Error(`${format} has no clipboard form`);
  return entry.clipboard.content(doc);
}

/** The portal fragment for the clipboard: text/html and its plain-text twin. */
export async function fragmentForClipboard(doc: RestoredDocument): Promise<ClipboardContent> {
  const { renderFragment, renderPlainText } = await import('../fragment/renderFragment');
  return { html: renderFragment(doc), text: renderPlainText(doc) };
}
