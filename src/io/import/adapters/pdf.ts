import type { SourceDocument } from '../model';
import { ImportRefusal } from '../problemCodes';
import { displayWidth } from '../normalize';
import { foldRadicals } from './radicals';
import { textToDocument } from './text';

/**
 * PDF with a text layer → laid-out text lines, like `pdftotext -layout`, then the text path.
 * pdf.js is loaded only here (dynamic import), runs without eval, without installing fonts
 * and fetches nothing but the CMaps under `cMapUrl` (for CID fonts over a predefined CMap);
 * an encrypted or image-only PDF is refused with a reason.
 */

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

export interface PdfOptions {
  /** Loads pdf.js; the browser passes one whose worker is served from the app's own origin. */
  readonly loadPdfjs?: () => Promise<Pdfjs>;
  /** Same-origin URL of pdf.worker.mjs (browser). In Node pdf.js runs its worker in-process. */
  readonly workerSrc?: string;
  /** Where the CMaps are (a path in Node, a same-origin URL in the browser), for CID fonts. */
  readonly cMapUrl?: string;
  /**
   * How pdf.js reads a CMap from `cMapUrl`, when its default cannot: in a Web Worker, pdf.js's
   * own browser reader fails (it reads `document.baseURI`). Node's default reads the files.
   */
  readonly CMapReaderFactory?: CMapReaderFactory;
}

/** pdf.js's contract for `getDocument({ CMapReaderFactory })` (packed CMaps only). */
export type CMapReaderFactory = new (options: {
  readonly baseUrl: string | null;
  readonly isCompressed: boolean;
}) => {
  fetch(request: { readonly name: string }): Promise<{
    readonly cMapData: Uint8Array;
    readonly isCompressed: boolean;
  }>;
};

interface Item {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly size: number;
}

/** Lines closer than this share a line (fraction of the font size). */
const SAME_LINE = 0.5;
/** Text in this top/bottom share of a page that is only a page number is page furniture. */
const MARGIN_SHARE = 0.08;

interface TextItem {
  readonly str: string;
  readonly transform: readonly number[];
  readonly width: number;
  readonly height: number;
}

function isTextItem(item: object): item is TextItem {
  return 'str' in item && 'transform' in item;
}

/** One page's items as laid-out text lines: grouped by baseline, ordered by x, gaps as spaces. */
function layoutPage(items: readonly Item[], pageHeight: number): string[] {
  if (items.length === 0) return [];
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Item[][] = [];
  for (const item of sorted) {
    const row = rows[rows.length - 1];
    const first = row?.[0];
    if (
      row !== undefined &&
      first !== undefined &&
      Math.abs(first.y - item.y) <= first.size * SAME_LINE
    ) {
      row.push(item);
    } else rows.push([item]);
  }
  const sizes = items.map((i) => i.size).sort((a, b) => a - b);
  const body = sizes[Math.floor(sizes.length / 2)] ?? 10;
  const column = body / 2; // one half-width character
  const left = Math.min(...items.map((i) => i.x));
  const lines: string[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let line = '';
    let cursor = 0;
    let end = Number.NEGATIVE_INFINITY;
    for (const item of row) {
      const col = Math.round((item.x - left) / column);
      const gap = item.x - end;
      if (line === '') line = ' '.repeat(Math.max(0, col));
      // A wide gap is a cell boundary: pad to the item's column (at least two spaces).
      else if (gap >= column * 2) line += ' '.repeat(Math.max(2, col - cursor));
      // A narrow gap is a space between words; touching runs (2019 + 年) join.
      else if (gap >= column * 0.4) line += ' ';
      line += item.text;
      cursor = displayWidth(line);
      end = item.x + item.width;
    }
    const y = row[0]?.y ?? 0;
    const inMargin = y < pageHeight * MARGIN_SHARE || y > pageHeight * (1 - MARGIN_SHARE);
    if (inMargin && /^\s*[-—–]?\s*(?:第\s*)?\d+\s*(?:页)?\s*[-—–]?\s*$/.test(line)) continue;
    lines.push(line.trimEnd());
  }
  return lines;
}

async function loadDefault(): Promise<Pdfjs> {
  return import('pdfjs-dist/legacy/build/pdf.mjs');
}

export async function pdfToDocument(
  bytes: Uint8Array,
  options: PdfOptions = {},
): Promise<SourceDocument> {
  const pdfjs = await (options.loadPdfjs ?? loadDefault)();
  if (options.workerSrc !== undefined) pdfjs.GlobalWorkerOptions.workerSrc = options.workerSrc;
  const task = pdfjs.getDocument({
    // pdf.js may transfer (detach) the buffer it is given; keep the caller's bytes intact.
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: 0,
    ...(options.cMapUrl === undefined ? {} : { cMapUrl: options.cMapUrl, cMapPacked: true }),
    ...(options.CMapReaderFactory === undefined
      ? {}
      : { CMapReaderFactory: options.CMapReaderFactory }),
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') throw new ImportRefusal('pdf.encrypted');
    throw new ImportRefusal('pdf.invalid', { detail: error instanceof Error ? error.message : '' });
  }
  try {
    const pages: string[] = [];
    let characters = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [, , , pageHeight = 842] = page.view;
      const content = await page.getTextContent();
      const items: Item[] = content.items.flatMap((raw) => {
        if (!isTextItem(raw)) return [];
        const item = raw;
        const transform: readonly unknown[] = item.transform;
        const [a, b, , , x, y] = transform.map((v) => (typeof v === 'number' ? v : 0));
        const text = foldRadicals(item.str);
        if (text.trim() === '') return [];
        characters += text.trim().length;
        const size = Math.hypot(a ?? 0, b ?? 0) || item.height || 10;
        return [{ text, x: x ?? 0, y: y ?? 0, width: item.width, size }];
      });
      pages.push(layoutPage(items, pageHeight).join('\n'));
      page.cleanup();
    }
    if (characters < 20) throw new ImportRefusal('pdf.noText', { pages: doc.numPages });
    return textToDocument(pages.join('\f'), { layout: true });
  } finally {
    await doc.destroy();
  }
}
