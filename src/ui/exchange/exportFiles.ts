import { exportFileName, serializeReport } from '../../io/json/exportJson';
import type { RestoredDocument } from '../../report/document';
import { GENERATOR } from '../../io/generator';

/** A file the browser is asked to save: the same name and bytes whatever triggered it. */
export interface ExportFile {
  readonly name: string;
  readonly type: string;
  readonly text: string;
}

/** The contract JSON file (report-json.md), stamped with the time and this program's version. */
export function jsonExport(doc: RestoredDocument, now: Date): ExportFile {
  return {
    name: exportFileName(doc),
    type: 'application/json',
    text: serializeReport(doc, { exportedAt: now, generator: GENERATOR }),
  };
}

/**
 * The printable HTML file: exactly what the print preview shows, under the JSON's name. The
 * HTML renderer loads on first use, not with the editor.
 */
export async function htmlExport(doc: RestoredDocument): Promise<ExportFile> {
  const { renderReportHtml } = await import('../../io/html');
  return {
    name: exportFileName(doc).replace(/\.json$/, '.html'),
    type: 'text/html',
    text: renderReportHtml(doc),
  };
}
