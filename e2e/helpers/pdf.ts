import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';

/**
 * Printing a page to PDF the way an officer's browser does, and reading the PDF back with
 * poppler-utils (pdfinfo, pdftotext; installed with chromium by scripts/ensure-system-deps.sh).
 */

export async function printHtmlToPdf(page: Page, html: string, path: string): Promise<void> {
  // The report must need nothing from outside: refuse every request so a slip shows up.
  await page.route('**/*', (route) => route.abort());
  await page.setContent(html, { waitUntil: 'load' });
  // Without preferCSSPageSize the PDF comes out US Letter whatever @page says.
  await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
}

export interface PdfInfo {
  readonly pages: number;
  /** e.g. `594.96 x 841.92 pts (A4)` */
  readonly pageSize: string;
}

export function pdfInfo(path: string): PdfInfo {
  const out = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const pages = /^Pages:\s+(\d+)$/m.exec(out)?.[1];
  const pageSize = /^Page size:\s+(.+)$/m.exec(out)?.[1];
  if (pages === undefined || pageSize === undefined) throw new Error(`pdfinfo said:\n${out}`);
  return { pages: Number(pages), pageSize: pageSize.trim() };
}

/** The text of each page (pdftotext separates pages with a form feed). */
export function pdfPageTexts(path: string): string[] {
  const out = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  const pages = out.split('\f');
  // pdftotext ends the last page with a form feed too.
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

/** Whitespace and line breaks removed: how printed text is compared with its source. */
export const squeeze = (text: string): string => text.replace(/\s+/gu, '');

export interface SequenceOptions {
  /** Shortest piece of the label that must appear unbroken (1 for a vertical label). */
  readonly minPiece: number;
  /** Most characters of other text allowed between two pieces. */
  readonly maxGap: number;
}

/**
 * Whether `label` appears in `text` as consecutive pieces, in order, each at least `minPiece`
 * characters long (the last may be shorter: a wrapped line can end with one character), with
 * at most `maxGap` characters of other text between pieces.
 *
 * Why: pdftotext reads a printed table line by line across all its cells. A label that wraps
 * inside its cell therefore comes out in pieces, each followed by what its neighbours print on
 * the same line (the row's values, the next header cell); a vertical group label comes out one
 * character per line between the row labels beside it; and a group that runs over a page
 * break has the page number and the repeated table header in between. Everything else is
 * compared unbroken. Runs in O(label × text × maxGap); memoised on (label index, position).
 */
export function findInPieces(text: string, label: string, options: SequenceOptions): boolean {
  const { minPiece, maxGap } = options;
  const failed = new Set<string>();
  // Can label[i…] be matched starting at or after `from` (within maxGap unless i = 0)?
  const rest = (i: number, from: number, first: boolean): boolean => {
    if (i === label.length) return true;
    const key = `${String(i)}@${String(from)}`;
    if (failed.has(key)) return false;
    const last = first ? text.length - 1 : Math.min(text.length - 1, from + maxGap);
    for (let q = from; q <= last; q += 1) {
      if (text[q] !== label[i]) continue;
      let run = 0;
      while (i + run < label.length && text[q + run] === label[i + run]) run += 1;
      for (let k = run; k >= 1; k -= 1) {
        const isLastPiece = i + k === label.length;
        if (k < minPiece && !isLastPiece) break;
        if (rest(i + k, q + k, false)) return true;
      }
    }
    failed.add(key);
    return false;
  };
  return rest(0, 0, true);
}
