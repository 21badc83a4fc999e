import type { ExtractedReport } from '../../../io/import/types';
import type { RestoredDocument } from '../../../report/document';
import type { ProblemLine } from '../importFlow';
import type { ImportSource } from './importSource';

/** An import problem as listed: the dialog's line, and the cell it is about when there is one. */
export interface ReviewProblem extends ProblemLine {
  readonly cell?: string;
}

/** A document read and turned into a report, not yet stored. */
export interface BuiltImport {
  readonly extracted: ExtractedReport;
  /** The report as it would be stored; null when nothing usable was found. */
  readonly document: RestoredDocument | null;
  /** Every import problem, in the user's words (the import dialog's problem-list lines). */
  readonly problems: readonly ReviewProblem[];
}

/**
 * What the review needs from the importer. The app's engine (realEngine) loads the readers on
 * demand; tests hand the review a small one of their own.
 */
export interface ImportEngine {
  /** Rejects with an Error whose message says, in Chinese, why the source could not be read. */
  readonly run: (source: ImportSource) => Promise<BuiltImport>;
}
