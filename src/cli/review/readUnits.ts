import { readFile } from 'node:fs/promises';
import type { FailedFile, ReviewedUnit } from '../../io/review/reviewFile';
import { reviewFile } from '../../io/review/reviewFile';
import { readErrorReason } from '../readErrors';

export interface ReadUnits {
  readonly units: ReviewedUnit[];
  readonly failed: FailedFile[];
}

/**
 * Reads and checks the files one after another, keeping only each unit's compact record (a few
 * kilobytes), never the documents: 10,000 files stay well within memory.
 */
export async function readUnits(files: readonly string[], today: Date): Promise<ReadUnits> {
  const units: ReviewedUnit[] = [];
  const failed: FailedFile[] = [];
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file);
    } catch (error: unknown) {
      failed.push({ kind: 'failed', file, reason: readErrorReason(error) });
      continue;
    }
    for (const item of await reviewFile(file, bytes, today)) {
      if (item.kind === 'unit') units.push(item);
      else failed.push(item);
    }
  }
  return { units, failed };
}
