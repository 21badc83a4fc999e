import { restore } from '../../report/restore/restore';
import type { ImportOptions } from '../import/importReport';
import { UnreadableFile, type ReadReport, type ReviewReader } from './types';

/**
 * A published report (web page, Word, PDF, text, Excel) through the importer, then through the
 * one door like a JSON file. The importer's own notes (cells not found, totals printed wrong)
 * are for the import review screen; here a cell not found is blank, so it counts as 待填写.
 * The importer and its libraries load only when such a file is met.
 */
export function publishedReportReader(options: ImportOptions = {}): ReviewReader {
  return async (bytes, name): Promise<readonly ReadReport[]> => {
    const [{ extractReport }, { toContractFile }, { importProblemMessage }] = await Promise.all([
      import('../import/importReport'),
      import('../import/buildImportedReport'),
      import('../import/importProblemMessages'),
    ]);
    const outcome = await extractReport(bytes, name, options);
    if (!outcome.ok) throw new UnreadableFile(importProblemMessage(outcome.problem, null));
    return [{ name, result: restore(toContractFile(outcome.extracted)), exportedAt: null }];
  };
}
