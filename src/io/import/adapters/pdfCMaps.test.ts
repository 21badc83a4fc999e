import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chineseCMapFiles } from '../../../../build/pdfjsCMaps';
import {
  CID_PDF_AGENCY,
  CID_PDF_CARRIED_OVER,
  CID_PDF_RECEIVED,
  CID_PDF_TITLE,
  CID_PDF_YEAR,
  cidPdf,
} from '../../../../testing/cidPdf';
import { fixtureBytes } from '../../../../testing/testTruth';
import { extractReport } from '../importReport';
import { pdfToDocument } from './pdf';

/**
 * A PDF in a non-embedded CID font over the predefined CMap UniGB-UCS2-H (as iText writes
 * STSong-Light) has text only through pdf.js's CMaps: the CLI passes node_modules' copy, the
 * app the GB subset it serves (build/pdfjsCMaps.ts).
 */
const FILE = 'cid-unigb.pdf';
const ALL_CMAPS = `${join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps')}/`;

/** A directory holding only the CMaps the app serves, as the browser sees them. */
const served = mkdtempSync(join(tmpdir(), 'nianbao-cmaps-'));
for (const name of chineseCMapFiles(ALL_CMAPS))
  copyFileSync(join(ALL_CMAPS, name), join(served, name));
afterAll(() => {
  rmSync(served, { recursive: true, force: true });
});

const COLUMNS = [
  'naturalPerson',
  'commercial',
  'research',
  'nonprofit',
  'legalService',
  'otherOrg',
  'total',
];

async function readWith(bytes: Uint8Array, cMapUrl: string): Promise<void> {
  const outcome = await extractReport(bytes, FILE, { pdf: { cMapUrl } });
  if (!outcome.ok) throw new Error(`refused: ${outcome.problem.code}`);
  const { extracted } = outcome;
  expect(extracted.agency).toBe(CID_PDF_AGENCY);
  expect(extracted.year).toBe(CID_PDF_YEAR);
  const value = (id: string): unknown => extracted.cells.find((c) => c.cell === id)?.value;
  expect(COLUMNS.map((c) => value(`applications.received.${c}`))).toEqual([...CID_PDF_RECEIVED]);
  expect(COLUMNS.map((c) => value(`applications.carriedOver.${c}`))).toEqual([
    ...CID_PDF_CARRIED_OVER,
  ]);
}

describe('PDF text in a CID font over a predefined CMap (UniGB-UCS2-H, STSong-Light)', () => {
  it('the committed fixture is what testing/cidPdf.ts builds', () => {
    expect(Buffer.from(fixtureBytes(FILE)).equals(Buffer.from(cidPdf()))).toBe(true);
  });

  it('without CMaps pdf.js gets no text: the PDF is refused as having none', async () => {
    const outcome = await extractReport(fixtureBytes(FILE), FILE);
    expect(outcome).toMatchObject({ ok: false, problem: { code: 'pdf.noText' } });
  }, 60_000);

  it('with pdfjs-dist’s CMaps (as the CLI passes them) the title and 表三 are read', async () => {
    const document = await pdfToDocument(fixtureBytes(FILE), { cMapUrl: ALL_CMAPS });
    const text = document.lines.map((l) => l.cells.join('')).join('');
    expect(text).toContain(CID_PDF_TITLE);
    await readWith(fixtureBytes(FILE), ALL_CMAPS);
  }, 60_000);

  it('the GB CMaps the app serves are enough', async () => {
    await readWith(fixtureBytes(FILE), `${served}/`);
  }, 60_000);

  it('the same with /GBK-EUC-H (GBK codes, one byte for ASCII)', async () => {
    const gbk = cidPdf('GBK-EUC-H');
    await expect(extractReport(gbk, 'gbk.pdf')).resolves.toMatchObject({ ok: false });
    await readWith(gbk, `${served}/`);
  }, 60_000);
});
