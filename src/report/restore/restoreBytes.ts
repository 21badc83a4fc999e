import { decodeText } from './decodeText';
import { restoreText, type RestoreResult } from './restore';

/**
 * A file's bytes through the one door: decoded (UTF-8, else GB18030 with a notice), then
 * parsed and restored. The decoding problems come first in the list, as the first thing that
 * happened to the file.
 */
export function restoreBytes(bytes: Uint8Array): RestoreResult {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { document: null, problems: decoded.problems };
  const { document, problems } = restoreText(decoded.text);
  return { document, problems: [...decoded.problems, ...problems] };
}
