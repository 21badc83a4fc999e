import type { PdfOptions } from '../../../io/import/adapters/pdf';
import { FetchCMapReader } from './cMapReader';

/**
 * How the app's importers reach pdf.js, in the page (import dialog) and in the review's Web
 * Worker alike: pdf.js and its worker load on demand from the app's own origin
 * (pdfInBrowser), and so do the Chinese CMaps (build/pdfjsCMaps.ts serves them under
 * CMAP_DIR, the service worker precaches them), read by a reader that works in a worker
 * (cMapReader). Without them, a PDF whose text is in a non-embedded CID font over a
 * predefined CMap (iText's STSong-Light with /UniGB-UCS2-H, common in PDFs written by
 * government systems) gives no text at all.
 */

/** Same as CMAP_DIR in build/pdfjsCMaps.ts. */
const CMAP_DIR = 'pdfjs/cmaps/';

/**
 * An absolute URL (pdf.js fetches `${cMapUrl}${name}.bcmap`). Resolved against the current
 * location, which in a worker is the worker script's URL: hence the base, not a relative path.
 */
export function browserCMapUrl(): string {
  return new URL(`${import.meta.env.BASE_URL}${CMAP_DIR}`, self.location.href).href;
}

export function browserPdfOptions(): PdfOptions {
  return {
    loadPdfjs: () => import('./pdfInBrowser').then((m) => m.loadPdfjs()),
    cMapUrl: browserCMapUrl(),
    CMapReaderFactory: FetchCMapReader,
  };
}
