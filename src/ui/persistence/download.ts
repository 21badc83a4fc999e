import { exportFileName, serializeReport } from '../../io/json/exportJson';
import type { RestoredDocument } from '../../report/document';
import { GENERATOR } from './generator';

/** Saves text as a file through the browser's download (no server involved). */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the URL after click() returns.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}

/** The report as its contract JSON file: the way to keep work safe when storage fails. */
export function downloadReport(doc: RestoredDocument): void {
  downloadText(
    exportFileName(doc),
    serializeReport(doc, { exportedAt: new Date(), generator: GENERATOR }),
  );
}
