import { decodeText } from '../../report/restore/decodeText';
import { restore, restoreText, type RestoreResult } from '../../report/restore/restore';
import type { ReadReport } from './types';

/** `exportedAt` of the file envelope (restore does not keep it): tells two copies apart. */
function exportedAtOf(parsed: unknown): string | null {
  if (typeof parsed !== 'object' || parsed === null || !('exportedAt' in parsed)) return null;
  return typeof parsed.exportedAt === 'string' ? parsed.exportedAt : null;
}

/**
 * A contract JSON file through the one door, decoded as every report file is (UTF-8, else
 * GB18030 with a notice; a byte-order mark is ignored), keeping its `exportedAt`.
 */
export function readJsonReport(bytes: Uint8Array, name: string): readonly ReadReport[] {
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    return [{ name, result: { document: null, problems: decoded.problems }, exportedAt: null }];
  }
  const text = decoded.text.startsWith('\uFEFF') ? decoded.text.slice(1) : decoded.text;
  let parsed: unknown;
  let result: RestoreResult;
  try {
    parsed = JSON.parse(text);
    result = restore(parsed);
  } catch {
    // restoreText turns the syntax error into a located problem (line and column).
    result = restoreText(text);
  }
  return [
    {
      name,
      result: { document: result.document, problems: [...decoded.problems, ...result.problems] },
      exportedAt: exportedAtOf(parsed),
    },
  ];
}
