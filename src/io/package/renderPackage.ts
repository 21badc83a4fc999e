import { strToU8, zipSync, type Zippable } from 'fflate';
import { runChecks } from '../../report/checks';
import type { RestoredDocument } from '../../report/document';
import { renderDocx } from '../docx/renderDocx';
import { renderReportHtml } from '../html/renderReport';
import { serializeReport, type ExportMeta } from '../json/exportJson';
import { renderXlsx } from '../xlsx/writeXlsx';
import { renderCheckReport } from './checkReport';

/** The name every file of the package shares: `2020年镇海区新闻中心政府信息公开工作年度报告`. */
export interface PackageFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export const CHECK_REPORT_NAME = '检查结果.html';

/** The five files of a 报送包, in the order a reviewer opens them. */
export async function packageFiles(
  doc: RestoredDocument,
  meta: ExportMeta,
  baseName: string,
): Promise<PackageFile[]> {
  const [docx, xlsx] = await Promise.all([renderDocx(doc, meta), renderXlsx(doc, meta)]);
  return [
    { name: `${baseName}.docx`, bytes: docx },
    { name: `${baseName}.xlsx`, bytes: xlsx },
    { name: `${baseName}.html`, bytes: strToU8(renderReportHtml(doc)) },
    { name: `${baseName}.json`, bytes: strToU8(serializeReport(doc, meta)) },
    {
      name: CHECK_REPORT_NAME,
      bytes: strToU8(
        renderCheckReport(doc, runChecks(doc, { today: meta.exportedAt }), meta.exportedAt),
      ),
    },
  ];
}

/**
 * 报送包: one .zip for the 主管部门 with the report as Word, Excel, printable HTML and the
 * contract JSON, and the 检查结果 page. Entries carry the export time, so the same report
 * exported at the same time gives the same bytes (app and command line alike).
 */
export async function renderPackage(
  doc: RestoredDocument,
  meta: ExportMeta,
  baseName: string,
): Promise<Uint8Array> {
  const files: Zippable = {};
  for (const file of await packageFiles(doc, meta, baseName)) {
    files[file.name] = [file.bytes, { mtime: meta.exportedAt }];
  }
  return zipSync(files, { level: 6 });
}
