import { makeProblem, type Problem } from './problems';

/** The text encodings a report file is read in: the contract's, and Chinese Windows' "ANSI". */
export type TextEncoding = 'utf-8' | 'gb18030';

export type DecodedText =
  | {
      readonly ok: true;
      readonly text: string;
      readonly encoding: TextEncoding;
      /** A notice naming GB18030 when the file was not UTF-8; a warning for U+FFFD in it. */
      readonly problems: readonly Problem[];
    }
  | { readonly ok: false; readonly problems: readonly Problem[] };

const REPLACEMENT = '\uFFFD';

/** Strict: invalid bytes throw instead of turning into U+FFFD. `null` when not this encoding. */
function decodeStrict(bytes: Uint8Array, encoding: TextEncoding): string | null {
  try {
    // The default `ignoreBOM: false` drops a leading byte-order mark.
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    // A RangeError (a runtime without GB18030) or a TypeError (bytes invalid in it).
    return null;
  }
}

function countReplacements(text: string): number {
  let count = 0;
  for (const ch of text) if (ch === REPLACEMENT) count += 1;
  return count;
}

/**
 * Decodes a file's bytes for the one door (restore): strictly as UTF-8 (with or without a BOM),
 * and when that fails as GB18030, the superset of GBK that Chinese Windows calls "ANSI", with
 * a notice that says so. Bytes valid in neither are refused with a message naming both. Never
 * invents replacement characters; one already in the text (damaged elsewhere) is reported.
 * Pure: TextDecoder exists in browsers and in Node (with full ICU, the default build).
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const problems: Problem[] = [];
  let encoding: TextEncoding = 'utf-8';
  let text = decodeStrict(bytes, 'utf-8');
  if (text === null) {
    text = decodeStrict(bytes, 'gb18030');
    if (text === null) {
      return { ok: false, problems: [makeProblem('file.encodingUnknown', 'error', [])] };
    }
    encoding = 'gb18030';
    problems.push(makeProblem('file.encodingGb18030', 'notice', [], { encoding }));
  }
  const replaced = countReplacements(text);
  if (replaced > 0) {
    problems.push(makeProblem('file.replacementCharacters', 'warning', [], { count: replaced }));
  }
  return { ok: true, text, encoding, problems };
}
