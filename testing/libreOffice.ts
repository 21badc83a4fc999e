/**
 * Test helpers that open office files the way a user's office suite does: LibreOffice converts
 * them to PDF (one launch for all files, a private profile so parallel runs never share one),
 * poppler reads the PDF back. scripts/ensure-system-deps.sh installs both; a missing `soffice`
 * fails the test rather than skipping it.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface PdfWord {
  readonly page: number;
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

export interface ConvertedPdf {
  readonly path: string;
  /** Page sizes in points. */
  readonly pages: readonly { readonly width: number; readonly height: number }[];
  /** Text of each page, in the order the PDF draws it. */
  readonly pageTexts: readonly string[];
  readonly words: readonly PdfWord[];
}

/** Converts each file to PDF with one `soffice` run; returns the PDFs in the same order. */
export async function convertWithLibreOffice(
  files: readonly { readonly name: string; readonly bytes: Uint8Array }[],
): Promise<ConvertedPdf[]> {
  const dir = await mkdtemp(join(tmpdir(), 'nianbao-lo-'));
  const paths = files.map((f) => join(dir, f.name));
  await Promise.all(files.map((f, i) => writeFile(paths[i] ?? '', f.bytes)));
  await run(
    'soffice',
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      ...paths,
    ],
    { timeout: 150_000 },
  );
  return Promise.all(paths.map((p) => readPdf(p.replace(/\.[^.]+$/, '.pdf'))));
}

const WORD =
  /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
const PAGE = /<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g;

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

export async function readPdf(path: string): Promise<ConvertedPdf> {
  await readFile(path); // fails clearly when the conversion produced nothing
  const [{ stdout: bbox }, { stdout: text }] = await Promise.all([
    run('pdftotext', ['-bbox', path, '-'], { maxBuffer: 64 * 1024 * 1024 }),
    // -raw: the order the PDF draws its text, i.e. cell by cell, row by row, for a table.
    run('pdftotext', ['-raw', path, '-'], { maxBuffer: 64 * 1024 * 1024 }),
  ]);
  const pages: { width: number; height: number }[] = [];
  const words: PdfWord[] = [];
  for (const page of bbox.matchAll(PAGE)) {
    pages.push({ width: Number(page[1]), height: Number(page[2]) });
    for (const w of (page[3] ?? '').matchAll(WORD)) {
      words.push({
        page: pages.length,
        xMin: Number(w[1]),
        yMin: Number(w[2]),
        xMax: Number(w[3]),
        yMax: Number(w[4]),
        text: decode(w[5] ?? ''),
      });
    }
  }
  // pdftotext separates pages with a form feed.
  const pageTexts = text.split('\f').slice(0, pages.length);
  return { path, pages, pageTexts, words };
}
