import { checkRead, readReviewFile, type CheckedReport } from '../../io/review/reviewFile';
import type { SourceFile } from './protocol';

/** One unit's report, read again from its source file (the review keeps no documents). */
export async function loadUnit(source: SourceFile, unitFile: string): Promise<CheckedReport> {
  const bytes = new Uint8Array(await source.blob.arrayBuffer());
  const reads = await readReviewFile(source.name, bytes);
  if ('kind' in reads) throw new Error(reads.reason);
  const read = reads.find((r) => r.name === unitFile);
  if (read === undefined) throw new Error('文件已改变，找不到这份报告。');
  const checked = checkRead(read, new Date());
  if ('kind' in checked) throw new Error(checked.reason);
  return checked;
}
