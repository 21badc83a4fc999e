import type { RestoredDocument } from '../../report/document';
import { exportFileName, type ExportMeta } from '../json/exportJson';

/** The office formats of `nianbao export --to …` and of the app's export menu. */
export const OFFICE_FORMATS = ['docx', 'xlsx', 'fragment', 'package'] as const;
export type OfficeFormat = (typeof OFFICE_FORMATS)[number];

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
  const base = exportBaseName(doc);
  switch (format) {
    case 'docx': {
      const { renderDocx } = await import('../docx/renderDocx');
      return {
        name: `${base}.docx`,
        type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        bytes: await renderDocx(doc, meta),
      };
    }
    case 'xlsx': {
      const { renderXlsx } = await import('../xlsx/writeXlsx');
      return {
        name: `${base}.xlsx`,
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        bytes: await renderXlsx(doc, meta),
      };
    }
    case 'fragment': {
      const { renderFragment } = await import('../fragment/renderFragment');
      return {
        name: `${base}（网页片段）.html`,
        type: 'text/html',
        bytes: new TextEncoder().encode(renderFragment(doc)),
      };
    }
    case 'package': {
      const { renderPackage } = await import('../package/renderPackage');
      return {
        name: `${base}（报送包）.zip`,
        type: 'application/zip',
        bytes: await renderPackage(doc, meta, base),
      };
    }
  }
}

/** The portal fragment for the clipboard: text/html and its plain-text twin. */
export async function fragmentForClipboard(
  doc: RestoredDocument,
): Promise<{ readonly html: string; readonly text: string }> {
  const { renderFragment, renderPlainText } = await import('../fragment/renderFragment');
  return { html: renderFragment(doc), text: renderPlainText(doc) };
}
