import { readFile } from 'node:fs/promises';
import type { FailedFile, ReviewedUnit } from '../../io/review/reviewFile';
import { reviewFile } from '../../io/review/reviewFile';

/** Node's error codes for a file that cannot be opened, in the user's words. */
const READ_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: '文件不存在',
  EISDIR: '这是一个文件夹，不是文件',
  EACCES: '没有读取该文件的权限',
  EPERM: '没有读取该文件的权限',
};

function readErrorReason(error: unknown): string {
  const code =
    typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  return READ_ERRORS[code] ?? `读取失败${code === '' ? '' : `（${code}）`}`;
}

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
