import type { RestoredDocument } from '../report/document';
import type { Problem } from '../report/restore/problems';
import { restoreBytes } from '../report/restore/restoreBytes';
import type { CliIo } from './io';
import { readErrorReason } from './readErrors';

export type LoadedReport =
  | { readonly kind: 'unreadable'; readonly file: string; readonly reason: string }
  | {
      readonly kind: 'restored';
      readonly file: string;
      /** `null` when restore refused the file (see `problems`). */
      readonly document: RestoredDocument | null;
      readonly problems: readonly Problem[];
    };

/**
 * Reads a report file and sends its bytes through the one door (`restoreBytes`: UTF-8, or
 * GB18030 with a notice). Never throws.
 */
export async function loadReport(file: string, io: CliIo): Promise<LoadedReport> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readBytes(file);
  } catch (error: unknown) {
    return { kind: 'unreadable', file, reason: readErrorReason(error) };
  }
  const { document, problems } = restoreBytes(bytes);
  return { kind: 'restored', file, document, problems };
}
