import { decodeText as decodeReportText } from '../../../report/restore/decodeText';
import { ImportRefusal, importProblem } from '../problemCodes';
import type { ImportProblem } from '../types';

export interface DecodedSource {
  readonly text: string;
  /** A notice naming GB18030 when the file was not UTF-8; a warning for U+FFFD in it. */
  readonly problems: readonly ImportProblem[];
}

/**
 * Bytes of a text or HTML file as a string, decoded as every report file is (the restore
 * door's decoder): strict UTF-8 (with or without BOM), else strict GB18030 — what older
 * government sites and Windows Notepad ("ANSI") write — with a notice naming it. UTF-16 with a
 * byte-order mark is read as such. Bytes valid in none of these are refused, never turned into
 * replacement characters.
 */
export function decodeSource(bytes: Uint8Array): DecodedSource {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes), problems: [] };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes), problems: [] };
  }
  const decoded = decodeReportText(bytes);
  if (!decoded.ok) throw new ImportRefusal('file.encodingUnknown');
  const problems: ImportProblem[] = [];
  if (decoded.encoding === 'gb18030') {
    problems.push(importProblem('file.encodingGb18030', 'notice'));
  }
  const replaced = decoded.problems.find((p) => p.code === 'file.replacementCharacters');
  if (replaced !== undefined) {
    problems.push(importProblem('file.replacementCharacters', 'warning', replaced.params));
  }
  return { text: decoded.text, problems };
}
