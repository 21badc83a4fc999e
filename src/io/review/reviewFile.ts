import { sectionSignatures, type SectionSignatures } from '../../report/aggregate/fingerprint';
import { summarizeUnit, type UnitSummary } from '../../report/aggregate/unitSummary';
import { unitVector, type UnitVector } from '../../report/aggregate/unitVector';
import { runChecks } from '../../report/checks';
import type { Finding } from '../../report/checks/types';
import type { RestoredDocument } from '../../report/document';
import { splitInvalidValues } from '../../report/restore/invalidValueFindings';
import { problemMessage } from '../../report/restore/problemMessages';
import { readerFor, REVIEW_READERS, type ReaderEntry } from './readers';
import { UnreadableFile, type ReadReport } from './types';

/** What the review keeps of one report: a few kilobytes, never the document. */
export interface ReviewedUnit {
  readonly kind: 'unit';
  readonly file: string;
  readonly summary: UnitSummary;
  readonly vector: UnitVector;
  readonly signatures: SectionSignatures;
}

export interface FailedFile {
  readonly kind: 'failed';
  readonly file: string;
  /** Why, in Chinese. */
  readonly reason: string;
}

export type ReviewedItem = ReviewedUnit | FailedFile;

/** A report as the review checks it: findings include values restore had to blank (cell.invalid). */
export interface CheckedReport {
  readonly name: string;
  readonly document: RestoredDocument;
  readonly findings: readonly Finding[];
  readonly exportedAt: string | null;
  readonly importProblems: number;
}

export function checkRead(read: ReadReport, today: Date): CheckedReport | FailedFile {
  const { document, problems } = read.result;
  if (document === null) {
    const reason = problems.map((p) => problemMessage(p)).join('；') || '文件被拒绝。';
    return { kind: 'failed', file: read.name, reason };
  }
  const split = splitInvalidValues(problems, document.format);
  return {
    name: read.name,
    document,
    findings: [...split.findings, ...runChecks(document, { today })],
    exportedAt: read.exportedAt,
    importProblems: split.problems.length,
  };
}

/** Reads one file with the reader for its kind; never throws. */
export async function readReviewFile(
  name: string,
  bytes: Uint8Array,
  readers: readonly ReaderEntry[] = REVIEW_READERS,
): Promise<readonly ReadReport[] | FailedFile> {
  const reader = readerFor(name, readers);
  if (reader === null) {
    const known = readers.flatMap((r) => r.extensions).join('、');
    return { kind: 'failed', file: name, reason: `不支持这种文件（可以读取：${known}）。` };
  }
  try {
    return await reader.read(bytes, name);
  } catch (error: unknown) {
    const reason = error instanceof UnreadableFile ? error.message : '读取时出错，文件可能已损坏。';
    return { kind: 'failed', file: name, reason };
  }
}

/** Reads, restores and checks one file; a 报送包 may give several units. Never throws. */
export async function reviewFile(
  name: string,
  bytes: Uint8Array,
  today: Date,
  readers: readonly ReaderEntry[] = REVIEW_READERS,
): Promise<readonly ReviewedItem[]> {
  const reads = await readReviewFile(name, bytes, readers);
  if ('kind' in reads) return [reads];
  return reads.map((read): ReviewedItem => {
    const checked = checkRead(read, today);
    if ('kind' in checked) return checked;
    const { document: doc } = checked;
    return {
      kind: 'unit',
      file: checked.name,
      summary: summarizeUnit({
        file: checked.name,
        doc,
        findings: checked.findings,
        exportedAt: checked.exportedAt,
        importProblems: checked.importProblems,
        today,
      }),
      vector: unitVector(doc),
      signatures: sectionSignatures(doc),
    };
  });
}
