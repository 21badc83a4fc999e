import type { ImportOptions } from '../import/importReport';
import { readJsonReport } from './readJson';
import { publishedReportReader } from './readPublished';
import { readSubmissionZip } from './readZip';
import type { ReviewReader } from './types';

/**
 * The one place where the review (browser workspace and `nianbao summary`/`consolidate`)
 * learns to read a kind of file. The importers (HTML, DOCX, PDF → report) plug in here: add an
 * entry whose `read` runs the importer and returns its RestoreResult — heavy libraries loaded
 * inside `read` with `import()`, so the review only pays for the kinds it meets.
 */
export interface ReaderEntry {
  /** Lower-case file name endings, with the dot. */
  readonly extensions: readonly string[];
  /** What the user calls it, for the file picker's hint. */
  readonly label: string;
  readonly read: ReviewReader;
}

/** The readers, given how the importer reaches pdf.js here (the browser passes its loader). */
export function reviewReaders(options: ImportOptions = {}): readonly ReaderEntry[] {
  return [
    { extensions: ['.json'], label: 'JSON', read: readJsonReport },
    { extensions: ['.zip'], label: '报送包（.zip）', read: readSubmissionZip },
    {
      extensions: ['.html', '.htm', '.docx', '.pdf', '.txt', '.xlsx'],
      label: '已发布的年报（网页、Word、PDF、文本、Excel）',
      read: publishedReportReader(options),
    },
  ];
}

export const REVIEW_READERS: readonly ReaderEntry[] = reviewReaders();

export function readerFor(
  name: string,
  readers: readonly ReaderEntry[] = REVIEW_READERS,
): ReaderEntry | null {
  const lower = name.toLowerCase();
  return readers.find((r) => r.extensions.some((e) => lower.endsWith(e))) ?? null;
}

