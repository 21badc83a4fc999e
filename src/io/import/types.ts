/**
 * The contract every importer adapter (HTML, DOCX, PDF text, plain text, XLSX) shares: an
 * adapter turns a source document into an `ExtractedReport` (meta, narrative, located cells,
 * problems); one shared step (`buildImportedReport`) turns that into a report document through
 * the same restore door as a JSON file. Pure types: no DOM, no Node APIs.
 */
import type { Format, SectionKey } from '../../report/definition/types';
import type { SourceKind } from './adapters/registry';

/** Where a value came from. */
export type CellStatus =
  /** Read from the source; `source` holds the text it was read from. */
  | 'read'
  /** Not printed but derived from what was (say how in `how`), e.g. a blank row of a split table. */
  | 'inferred'
  /** Not found in the source; the cell is left blank (null), never guessed. */
  | 'notFound';

export interface LocatedCell {
  /** Contract cell id `table.row.column`, e.g. `applications.received.naturalPerson`. */
  readonly cell: string;
  /**
   * The value in contract units: an integer for counts, a decimal number of 万元 for money
   * (already converted when the source printed 元), or null for blank / not found.
   */
  readonly value: number | null;
  readonly status: CellStatus;
  /** The source text the value was read from (as printed, e.g. "1,816件", "—", "25.1万元"). */
  readonly source?: string;
  /** For `inferred`: how, in Chinese (shown in the review screen). */
  readonly how?: string;
}

/** The kinds of source an importer reads: one per reader in `adapters/registry.ts`. */
export type { SourceKind };

export type ImportProblemSeverity = 'error' | 'warning' | 'notice';

/**
 * One problem found while importing: a code with params. All wording lives in one Chinese
 * messages module (like restore's problemMessages), so callers and tests match on codes.
 */
export interface ImportProblem {
  readonly code: string;
  readonly severity: ImportProblemSeverity;
  /** Contract cell id or a section/meta key the problem is about, when there is one. */
  readonly cell?: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** What an adapter extracts before anything becomes a document. */
export interface ExtractedReport {
  readonly sourceKind: SourceKind;
  /** The edition recognised from the table labels; null when it could not be told. */
  readonly format: Format | null;
  readonly agency: string | null;
  readonly year: number | null;
  readonly title: string | null;
  readonly preface: string | null;
  readonly sections: Readonly<Partial<Record<SectionKey, string>>>;
  readonly publicationDate: string | null;
  /** Every input cell of every table found, with its status. */
  readonly cells: readonly LocatedCell[];
  /** Whether the optional 公开及回应解读情况统计 table was found. */
  readonly hasDisclosureStats: boolean;
  readonly problems: readonly ImportProblem[];
}
