import { isAcknowledged, runChecks } from '../report/checks';
import { titleOf, type ReportDocument, type RestoredDocument } from '../report/document';
import type { Problem } from '../report/restore/problems';
import { restore } from '../report/restore/restore';
import type { ReportRow, SummaryRow } from './db';
import { rowMeta, type RowMeta } from './reportRow';

/**
 * The library line of one report, computed once when the report is written (not for every
 * report on every visit). Loaded on demand: it needs restore and the checks, which the
 * library's first screen does not.
 */

/** The linked previous-year report as the checks need it, with the revision it was read at. */
export interface PreviousForSummary {
  readonly revision: number | null;
  readonly document: ReportDocument | null;
}

export const NO_PREVIOUS: PreviousForSummary = { revision: null, document: null };

/** Summary of a readable report: title and counts of failing errors and warnings. */
export function summarizeDocument(
  meta: RowMeta,
  doc: RestoredDocument,
  problems: readonly Problem[],
  previous: PreviousForSummary,
): SummaryRow {
  const failing = runChecks(doc, { previous: previous.document }).filter(
    (f) => f.status === 'fail' && !isAcknowledged(f, doc),
  );
  return {
    ...meta,
    previousRevision: previous.revision,
    title: titleOf(doc),
    agency: doc.agency,
    year: doc.year,
    format: doc.format,
    readable: true,
    flagged: problems.some((p) => p.severity !== 'notice'),
    errors: failing.filter((f) => f.severity === 'error').length,
    warnings: failing.filter((f) => f.severity === 'warning').length,
  };
}

/** Summary of a stored row, read through restore like the editor reads it. */
export function summarizeRow(row: ReportRow, previous: PreviousForSummary): SummaryRow {
  const meta = rowMeta(row);
  const { document, problems } = restore(row.payload);
  if (document !== null) return summarizeDocument(meta, document, problems, previous);
  const agency = typeof row.agency === 'string' ? row.agency : '';
  return {
    ...meta,
    previousRevision: previous.revision,
    title: `${agency || '无法读取的报告'}（数据已损坏）`,
    agency,
    year: typeof row.year === 'number' ? row.year : null,
    format: null,
    readable: false,
    flagged: true,
    errors: null,
    warnings: null,
  };
}

/** The previous-year report of a stored row, for its previous.* checks. */
export function previousOf(row: ReportRow | undefined): PreviousForSummary {
  if (row === undefined) return NO_PREVIOUS;
  return { revision: rowMeta(row).revision, document: restore(row.payload).document };
}
