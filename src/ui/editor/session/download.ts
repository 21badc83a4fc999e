import { exportFileName, serializeReport } from '../../../io/json/exportJson';
import type { RestoredDocument } from '../../../report/document';
import { downloadText } from '../../common/download';
import { GENERATOR } from '../../../io/generator';

/** The report as its contract JSON file: the way to keep work safe when storage fails. */
export function downloadReport(doc: RestoredDocument): void {
  downloadText(
    exportFileName(doc),
    serializeReport(doc, { exportedAt: new Date(), generator: GENERATOR }),
  );
}
