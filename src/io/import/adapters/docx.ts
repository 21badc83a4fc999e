import { unzipSync } from 'fflate';
import { parseDocument } from 'htmlparser2';
import type { SourceDocument, SourceLine } from '../model';
import { ImportRefusal } from '../problemCodes';
import { isElement, isText, joinPieces, localName, type DomElement, type DomNode } from './domText';

/**
 * DOCX (Word, WPS) → lines. The zip is opened with fflate under hard bounds — entry count,
 * declared sizes, and an output buffer no larger than the declared size — so a zip bomb is
 * refused before it is inflated. Only word/document.xml is read (macros, images, external
 * links are never touched), parsed inertly by htmlparser2 in XML mode.
 */

export const DOCX_LIMITS = {
  /** Most entries a real report's package has is a few dozen. */
  maxEntries: 2000,
  /** Declared unpacked size of all entries together. */
  maxTotalBytes: 200 * 1024 * 1024,
  /** Declared unpacked size of word/document.xml. */
  maxDocumentBytes: 50 * 1024 * 1024,
} as const;

const DOCUMENT = 'word/document.xml';

function unpackDocument(bytes: Uint8Array): Uint8Array {
  let entries = 0;
  let total = 0;
  let documentSize = -1;
  try {
    // First pass reads the central directory only (the filter declines every entry).
    unzipSync(bytes, {
      filter: (file) => {
        entries += 1;
        total += file.originalSize;
        if (file.name === DOCUMENT) documentSize = file.originalSize;
        return false;
      },
    });
  } catch {
    throw new ImportRefusal('docx.invalid');
  }
  if (entries > DOCX_LIMITS.maxEntries || total > DOCX_LIMITS.maxTotalBytes) {
    throw new ImportRefusal('docx.tooLarge', { entries, bytes: total });
  }
  if (documentSize < 0) throw new ImportRefusal('docx.invalid');
  if (documentSize > DOCX_LIMITS.maxDocumentBytes) {
    throw new ImportRefusal('docx.tooLarge', { entries, bytes: documentSize });
  }
  try {
    // fflate inflates into a buffer of the declared size: a lying header cannot make it grow.
    const files = unzipSync(bytes, { filter: (file) => file.name === DOCUMENT });
    const doc = files[DOCUMENT];
    if (doc === undefined) throw new ImportRefusal('docx.invalid');
    return doc;
  } catch (error) {
    if (error instanceof ImportRefusal) throw error;
    throw new ImportRefusal('docx.invalid');
  }
}

const children = (node: DomElement): DomElement[] => node.children.filter(isElement);

/** The text of a paragraph or run container: w:t, tabs and breaks; deleted text skipped. */
function textOf(node: DomNode, pieces: string[]): void {
  if (!isElement(node)) return;
  const name = localName(node);
  // Deleted text, field codes, and the fallback copy of a text box (its choice is read) are
  // not printed text.
  if (name === 'del' || name === 'deltext' || name === 'instrtext' || name === 'fallback') return;
  if (name === 't') {
    for (const child of node.children) if (isText(child)) pieces.push(child.data);
    return;
  }
  if (name === 'tab') pieces.push('\t');
  if (name === 'br' || name === 'cr') pieces.push('\n');
  for (const child of node.children) textOf(child, pieces);
}

function paragraphText(p: DomElement): string {
  const pieces: string[] = [];
  textOf(p, pieces);
  return pieces.join('');
}

/** A cell continuing a vertical merge (w:vMerge without val="restart") prints nothing new. */
function isMergeContinuation(tc: DomElement): boolean {
  const props = children(tc).find((c) => localName(c) === 'tcpr');
  const vMerge =
    props === undefined ? undefined : children(props).find((c) => localName(c) === 'vmerge');
  if (vMerge === undefined) return false;
  const val = vMerge.attribs['w:val'] ?? vMerge.attribs.val;
  return val !== 'restart';
}

/** The paragraphs of a cell, also inside content controls (w:sdt), not in nested tables. */
function cellParagraphs(node: DomElement): DomElement[] {
  return children(node).flatMap((c) => {
    const name = localName(c);
    if (name === 'p') return [c];
    if (name === 'tbl' || name === 'tcpr') return [];
    return cellParagraphs(c);
  });
}

function cellText(tc: DomElement): string {
  const pieces = cellParagraphs(tc).map((p) => paragraphText(p).replace(/\s*\n\s*/g, ''));
  return joinPieces(pieces);
}

function containsTable(node: DomElement): boolean {
  return children(node).some((c) => localName(c) === 'tbl' || containsTable(c));
}

function walkBody(nodes: readonly DomElement[], out: SourceLine[]): void {
  for (const node of nodes) {
    const name = localName(node);
    if (name === 'p') {
      for (const line of paragraphText(node).split('\n')) {
        if (line.trim() !== '') out.push({ cells: [line.trim()], tabular: false });
      }
    } else if (name === 'tbl') {
      walkTable(node, out);
    } else if (name === 'sdt' || name === 'sdtcontent' || name === 'body' || name === 'customxml') {
      walkBody(children(node), out);
    }
  }
}

function walkTable(tbl: DomElement, out: SourceLine[]): void {
  for (const tr of children(tbl).filter((c) => localName(c) === 'tr')) {
    const cells = children(tr).filter((c) => localName(c) === 'tc');
    if (cells.length <= 1 || cells.some(containsTable)) {
      for (const cell of cells) walkBody(children(cell), out);
      continue;
    }
    out.push({ cells: cells.filter((c) => !isMergeContinuation(c)).map(cellText), tabular: true });
  }
}

export function docxToDocument(bytes: Uint8Array): SourceDocument {
  const xml = new TextDecoder('utf-8').decode(unpackDocument(bytes));
  const dom = parseDocument(xml, { xmlMode: true });
  const lines: SourceLine[] = [];
  const body = dom.children
    .filter(isElement)
    .flatMap((root) => children(root))
    .filter((c) => localName(c) === 'body');
  walkBody(body, lines);
  return { lines, wrapped: false };
}
