import type { SourceKind } from '../../io/import/types';

/**
 * A document the user handed over to be imported: a chosen or dropped file (its bytes), or
 * what was pasted from the clipboard (its text). Nothing of it is stored until the user
 * confirms the review.
 */
export interface ImportSource {
  readonly kind: SourceKind;
  /** The file name, or 粘贴的内容 for a paste; shown in the review. */
  readonly name: string;
  readonly data: Uint8Array | string;
}

/** The name a paste is shown under. */
export const PASTE_NAME = '粘贴的内容';

/**
 * The text of a web page or text file. Government sites still publish pages in GBK/GB2312 and
 * Windows 记事本 saves ANSI (GBK) text: a byte-order mark wins, then strict UTF-8, and what is
 * not UTF-8 is read as GB18030 (a superset of GBK and GB2312).
 */
export function decodeText(data: Uint8Array | string): string {
  if (typeof data === 'string') return data;
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data);
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data);
  try {
    // The decoder drops a UTF-8 byte-order mark by itself.
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return new TextDecoder('gb18030').decode(data);
  }
}

/** The bytes of a file source (a paste is text only, so it never reaches a binary reader). */
export function bytesOf(data: Uint8Array | string): Uint8Array {
  return typeof data === 'string' ? new TextEncoder().encode(data) : data;
}
