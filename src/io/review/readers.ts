import { readJsonReport } from './readJson';
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

export const REVIEW_READERS: readonly ReaderEntry[] = [
  { extensions: ['.json'], label: 'JSON', read: readJsonReport },
  { extensions: ['.zip'], label: '报送包（.zip）', read: readSubmissionZip },
];

export function readerFor(name: string): ReaderEntry | null {
  const lower = name.toLowerCase();
  return REVIEW_READERS.find((r) => r.extensions.some((e) => lower.endsWith(e))) ?? null;
}

/** For `<input accept>` and the hint under the drop zone. */
export const REVIEW_EXTENSIONS: readonly string[] = REVIEW_READERS.flatMap((r) => r.extensions);
