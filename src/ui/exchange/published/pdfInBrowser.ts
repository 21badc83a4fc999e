import PdfWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs?worker';

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/**
 * pdf.js for the browser, with its worker bundled by Vite as a file of the app (so it is
 * served from the app's own origin and precached for offline use, never fetched from a CDN).
 * One worker serves every PDF of the page.
 */
export async function loadPdfjs(): Promise<Pdfjs> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  pdfjs.GlobalWorkerOptions.workerPort ??= new PdfWorker();
  return pdfjs;
}
