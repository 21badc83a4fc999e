import { restore, restoreText } from '../../report/restore/restore';
import type { ReadReport } from './types';

const decoder = new TextDecoder('utf-8');

/** `exportedAt` of the file envelope (restore does not keep it): tells two copies apart. */
function exportedAtOf(parsed: unknown): string | null {
  if (typeof parsed !== 'object' || parsed === null || !('exportedAt' in parsed)) return null;
  return typeof parsed.exportedAt === 'string' ? parsed.exportedAt : null;
}

/** A contract JSON file (a byte-order mark is ignored) through the one door. */
export function readJsonReport(bytes: Uint8Array, name: string): readonly ReadReport[] {
  const text = decoder.decode(bytes);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    // restoreText turns the syntax error into a located problem (line and column).
    return [{ name, result: restoreText(text), exportedAt: null }];
  }
  return [{ name, result: restore(parsed), exportedAt: exportedAtOf(parsed) }];
}
