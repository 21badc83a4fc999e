import type { ExtractedReport } from '../types';
import type { DecodedSource } from './decodeText';
import type { PdfOptions } from './pdf';

/**
 * The readers of each kind of file, tried in order: the first whose extension or content
 * matches reads it. Each loads its library on demand, so nothing here weighs on the first
 * screen. Adding a reader is one entry here (its kind, name and file endings are read by the
 * import dialog and the review screen too) plus the reader's own module.
 */
export interface ImportOptions {
  readonly pdf?: PdfOptions;
}

export interface Adapter {
  readonly kind: string;
  /** What the review screen calls such a file: 网页, Word 文件 … */
  readonly name: string;
  /** File name endings (lower case, no dot). */
  readonly extensions: readonly string[];
  /** Recognises the content when the name says nothing (a paste, a file without extension). */
  readonly sniff: (bytes: Uint8Array) => boolean;
  readonly read: (bytes: Uint8Array, options: ImportOptions) => Promise<ExtractedReport>;
}

const ascii = (bytes: Uint8Array, from: number, to: number): string =>
  String.fromCharCode(...bytes.subarray(from, Math.min(to, bytes.length)));

const isZip = (bytes: Uint8Array): boolean => ascii(bytes, 0, 4) === 'PK\u0003\u0004';

/** Whether a zip's directory names an entry starting with `prefix` (names are stored as is). */
function zipHas(bytes: Uint8Array, prefix: string): boolean {
  if (!isZip(bytes)) return false;
  const tail = bytes.subarray(Math.max(0, bytes.length - 256 * 1024));
  return new TextDecoder('latin1').decode(tail).includes(prefix);
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 4096)).toLowerCase();
  return /<(?:!doctype html|html|head|body|table|div|p)[\s>]/.test(head);
}

/** Lines from a document model → the shared recogniser. */
async function recognise(
  kind: 'pdf' | 'docx',
  toDocument: () => Promise<import('../model').SourceDocument>,
): Promise<ExtractedReport> {
  const [{ recogniseReport }, doc] = await Promise.all([import('../extract'), toDocument()]);
  return recogniseReport(doc, kind);
}

/** One entry per reader, tried in this order (text, which takes anything, stays last). */
export const ADAPTERS = [
  {
    kind: 'pdf',
    name: 'PDF 文件',
    extensions: ['pdf'],
    sniff: (bytes) => ascii(bytes, 0, 1024).includes('%PDF-'),
    read: (bytes, options) =>
      recognise('pdf', async () => (await import('./pdf')).pdfToDocument(bytes, options.pdf)),
  },
  {
    kind: 'xlsx',
    name: 'Excel 文件',
    extensions: ['xlsx'],
    sniff: (bytes) => zipHas(bytes, 'xl/'),
    read: async (bytes) => (await import('../../xlsx/readXlsx')).extractXlsx(bytes),
  },
  {
    kind: 'docx',
    name: 'Word 文件',
    extensions: ['docx'],
    sniff: (bytes) => zipHas(bytes, 'word/'),
    read: (bytes) => recognise('docx', async () => (await import('./docx')).docxToDocument(bytes)),
  },
  {
    kind: 'html',
    name: '网页',
    extensions: ['html', 'htm', 'shtml', 'xhtml'],
    sniff: looksLikeHtml,
    read: async (bytes) =>
      withDecoding(await decode(bytes), (await import('./readers')).extractFromHtml),
  },
  {
    kind: 'text',
    name: '文本',
    extensions: ['txt', 'text'],
    sniff: () => true,
    read: async (bytes) =>
      withDecoding(await decode(bytes), (await import('./readers')).extractFromText),
  },
] as const satisfies readonly Adapter[];

/** The kinds of source an importer reads, one per entry of `ADAPTERS`. */
export type SourceKind = (typeof ADAPTERS)[number]['kind'];

/** What the review screen calls a kind of file (网页, Word 文件 …). */
export function sourceKindName(kind: SourceKind): string {
  return ADAPTERS.find((a) => a.kind === kind)?.name ?? kind;
}

/** Every file name ending some reader takes (lower case, with the dot). */
export const SOURCE_EXTENSIONS: readonly string[] = ADAPTERS.flatMap((a) =>
  a.extensions.map((e) => `.${e}`),
);

async function decode(bytes: Uint8Array): Promise<DecodedSource> {
  const { decodeSource } = await import('./decodeText');
  return decodeSource(bytes);
}

/** Extracts from the decoded text; how it was decoded comes first in the problem list. */
function withDecoding(
  decoded: DecodedSource,
  extract: (text: string) => ExtractedReport,
): ExtractedReport {
  const extracted = extract(decoded.text);
  if (decoded.problems.length === 0) return extracted;
  return { ...extracted, problems: [...decoded.problems, ...extracted.problems] };
}

/** The reader for a file: by its name's ending first, then by its content. */
export function adapterFor(
  bytes: Uint8Array,
  fileName: string | undefined,
): (typeof ADAPTERS)[number] | null {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName ?? '')?.[1]?.toLowerCase();
  const byName =
    ext === undefined
      ? undefined
      : ADAPTERS.find((a) => a.extensions.some((e: string) => e === ext));
  if (byName !== undefined) return byName;
  if (ext !== undefined && isZip(bytes) && !zipHas(bytes, 'word/') && !zipHas(bytes, 'xl/'))
    return null;
  // An old binary Word/WPS file (.doc, .wps: OLE compound file) is no text; say so, not garble.
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return null;
  return ADAPTERS.find((a) => a.sniff(bytes)) ?? null;
}
