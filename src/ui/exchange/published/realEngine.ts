import { buildImportedReport } from '../../../io/import/buildImportedReport';
import { importProblemMessage } from '../../../io/import/importProblemMessages';
import { extractPaste, extractReport, type ImportOptions } from '../../../io/import/importReport';
import type { ImportProblem } from '../../../io/import/types';
import type { Format } from '../../../report/definition/types';
import { SEVERITY_TEXT } from '../importFlow';
import type { ImportEngine, ReviewProblem } from './engine';

/** pdf.js in the browser: its worker comes from the app's own origin (see pdfInBrowser). */
const OPTIONS: ImportOptions = {
  pdf: { loadPdfjs: () => import('./pdfInBrowser').then((m) => m.loadPdfjs()) },
};

function line(problem: ImportProblem, format: Format | null): ReviewProblem {
  return {
    severity: problem.severity,
    severityText: SEVERITY_TEXT[problem.severity],
    message: importProblemMessage(problem, format),
    ...(problem.cell === undefined ? {} : { cell: problem.cell }),
  };
}

/**
 * The app's importer: the reader for the source's kind (the importer's registry picks it by
 * the name's ending, then by content, and loads it on demand), then the shared step that
 * turns located cells into a report through restore. This module is itself loaded only when
 * the user imports something other than a JSON file.
 */
export const realEngine: ImportEngine = {
  run: async (source) => {
    const outcome =
      source.origin === 'file'
        ? await extractReport(source.bytes, source.name, OPTIONS)
        : await extractPaste({ html: source.html, text: source.text });
    if (!outcome.ok) throw new Error(importProblemMessage(outcome.problem, null));
    const imported = buildImportedReport(outcome.extracted);
    const format = imported.document?.format ?? outcome.extracted.format;
    return {
      extracted: imported.extracted,
      document: imported.document,
      problems: imported.problems.map((p) => line(p, format)),
    };
  },
};
