import { recogniseReport } from '../extract';
import type { ExtractedReport } from '../types';
import { htmlToDocument } from './html';
import { textToDocument } from './text';

/** A page's HTML (a saved file or the clipboard's text/html) as an extracted report. */
export function extractFromHtml(html: string): ExtractedReport {
  return recogniseReport(htmlToDocument(html), 'html');
}

/** Plain text (copied from a browser, Word or a PDF viewer) as an extracted report. */
export function extractFromText(text: string): ExtractedReport {
  return recogniseReport(textToDocument(text), 'text');
}
