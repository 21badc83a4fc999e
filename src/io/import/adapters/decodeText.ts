/**
 * Bytes of a text or HTML file as a string. UTF-8 (with or without BOM) and UTF-16 with BOM
 * are read as such; anything that is not valid UTF-8 is read as GB18030 (a superset of GBK
 * and GB2312), which older government sites and Windows Notepad still produce.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
