import type { RestoredDocument } from '../report/document';
import type { Problem } from '../report/restore/problems';
import { restoreBytes } from '../report/restore/restoreBytes';
import type { CliIo } from './io';

export type LoadedReport =
  | { readonly kind: 'unreadable'; readonly file: string; readonly reason: string }
  | {
      readonly kind: 'restored';
      readonly file: string;
      /** `null` when restore refused the file (see `problems`). */
      readonly document: RestoredDocument | null;
      readonly problems: readonly Problem[];
    };

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
