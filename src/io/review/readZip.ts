import { readJsonReport } from './readJson';
import { UnreadableFile, type ReadReport } from './types';

/** Bounds that keep a hostile or broken package from exhausting memory. */
export const ZIP_LIMITS = {
  /** The package itself. */
  maxBytes: 50 * 1024 * 1024,
  /** Entries read from one package. */
  maxEntries: 200,
  /** One JSON report inside it (as declared, and as actually inflated). */
  maxEntryBytes: 10 * 1024 * 1024,
} as const;

const MB = 1024 * 1024;

/**
 * A 报送包 (.zip): the report JSON files inside it, each through the one door. Other entries
 * (the DOCX, the HTML, attachments) are skipped without being inflated.
 */
export async function readSubmissionZip(
  bytes: Uint8Array,
  name: string,
): Promise<readonly ReadReport[]> {
  if (bytes.length > ZIP_LIMITS.maxBytes) {
    throw new UnreadableFile(`压缩包超过 ${String(ZIP_LIMITS.maxBytes / MB)} MB，未读取。`);
  }
  const { unzipSync } = await import('fflate');
  const seen: { tooBig: string | null } = { tooBig: null };
  let entries = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (!file.name.toLowerCase().endsWith('.json') || file.name.endsWith('/')) return false;
        entries++;
        if (file.originalSize > ZIP_LIMITS.maxEntryBytes) {
          seen.tooBig = file.name;
          return false;
        }
        return entries <= ZIP_LIMITS.maxEntries;
      },
    });
  } catch {
    throw new UnreadableFile('不是有效的 zip 压缩包（文件损坏或格式不对）。');
  }
  const reports: ReadReport[] = [];
  for (const [entry, data] of Object.entries(files)) {
    if (data.length > ZIP_LIMITS.maxEntryBytes) continue;
    for (const read of readJsonReport(data, `${name}/${entry}`)) {
      // A package may hold other JSON (a manifest): only files that are reports count.
      const wrongType = read.result.problems.some(
        (p) => p.code === 'file.wrongType' || p.code === 'file.notObject',
      );
      if (!wrongType) reports.push(read);
    }
  }
  if (reports.length === 0) {
    throw new UnreadableFile(
      seen.tooBig === null
        ? '压缩包中没有年度报告 JSON 文件。'
        : `压缩包中的“${seen.tooBig}”超过 ${String(ZIP_LIMITS.maxEntryBytes / MB)} MB，未读取。`,
    );
  }
  return reports;
}
