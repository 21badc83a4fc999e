/**
 * The DOCX as an office suite shows it: each document is converted to PDF by LibreOffice
 * (headless, one launch for all) and read back with poppler. Checks the page size, the 版心
 * margins, every table label and value in print order, the page numbers "— n —" (odd pages
 * right, even pages left) and the official font names in the file itself.
 */
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RestoredDocument } from '../../report/document';
import { printedTable } from '../model/printedTable';
import { reportBlocks } from '../model/reportBlocks';
import { convertWithLibreOffice, type ConvertedPdf } from '../../../testing/libreOffice';
import { distinctReport, fixtureReport } from '../../../testing/reports';
import { renderDocx } from './renderDocx';

const META = { exportedAt: new Date('2026-01-20T09:30:00Z'), generator: 'nianbao test' };
const PT_PER_MM = 72 / 25.4;
const A4 = { width: 210 * PT_PER_MM, height: 297 * PT_PER_MM };
const TEXT_BOX = {
  left: 28 * PT_PER_MM,
  right: (210 - 26) * PT_PER_MM,
  top: 37 * PT_PER_MM,
  bottom: (297 - 35) * PT_PER_MM,
};
// LibreOffice (like Word) lets a closing CJK punctuation mark hang into the right margin.
const HANGING = /[，。、；：！？”’）》」]$/u;

interface Case {
  readonly name: string;
  readonly doc: RestoredDocument;
  docx?: Uint8Array;
  pdf?: ConvertedPdf;
}

const CASES: Case[] = [
  { name: 'zhenhai-2020', doc: fixtureReport('zhenhai-2020') },
  { name: 'sample-2021', doc: fixtureReport('sample-2021') },
  { name: 'distinct-2021', doc: distinctReport('2021') },
  { name: 'distinct-2019', doc: distinctReport('2019') },
];

beforeAll(async () => {
  for (const c of CASES) c.docx = await renderDocx(c.doc, META);
  const pdfs = await convertWithLibreOffice(
    CASES.map((c) => ({ name: `${c.name}.docx`, bytes: c.docx ?? new Uint8Array() })),
  );
  CASES.forEach((c, i) => {
    c.pdf = pdfs[i];
  });
}, 180_000);

function pdfOf(c: Case): ConvertedPdf {
  if (c.pdf === undefined) throw new Error(`${c.name} was not converted`);
  return c.pdf;
}

/**
 * Compared without white space and without the punctuation that may hang in the margin (the
 * PDF draws a hanging mark apart from its line, so it is not where the text has it).
 */
const strip = (text: string): string => text.replace(/[\s，。、；：]+/gu, '');

/** The document's text without the page numbers (a paragraph may run on across a page). */
function bodyText(pdf: ConvertedPdf): string {
  return strip(pdf.pageTexts.map((t) => t.replace(/—\s*\d+\s*—\s*$/u, '')).join(''));
}

describe.each(CASES)('DOCX of $name opened in LibreOffice', (c) => {
  it('has A4 pages', () => {
    const { pages } = pdfOf(c);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      expect(page.width).toBeCloseTo(A4.width, 0);
      expect(page.height).toBeCloseTo(A4.height, 0);
    }
  });

  it('keeps the text inside the 版心 (37/35/28/26 mm) and fills its width', () => {
    const body = pdfOf(c).words.filter((w) => w.yMin < TEXT_BOX.bottom);
    for (const w of body) {
      expect(w.xMin, w.text).toBeGreaterThanOrEqual(TEXT_BOX.left - 1.5);
      expect(w.yMin, w.text).toBeGreaterThanOrEqual(TEXT_BOX.top - 1.5);
      expect(w.yMax, w.text).toBeLessThanOrEqual(TEXT_BOX.bottom + 1.5);
      const hang = HANGING.test(w.text) ? 17 : 1.5;
      expect(w.xMax, w.text).toBeLessThanOrEqual(TEXT_BOX.right + hang);
    }
    // Table text sits one cell margin (1 mm) in from the 版心's edge.
    expect(Math.min(...body.map((w) => w.xMin))).toBeLessThan(TEXT_BOX.left + 4);
    const unhung = body.filter((w) => !HANGING.test(w.text)).map((w) => w.xMax);
    expect(Math.max(...unhung)).toBeGreaterThan(TEXT_BOX.right - 12);
    const firstPage = body.filter((w) => w.page === 1).map((w) => w.yMin);
    expect(Math.min(...firstPage)).toBeLessThan(TEXT_BOX.top + 20);
  });

  it('prints "— n —" under the 版心: odd pages right, even pages left', () => {
    const { pages, words } = pdfOf(c);
    pages.forEach((page, i) => {
      const n = i + 1;
      const footer = words.filter((w) => w.page === n && w.yMin > TEXT_BOX.bottom);
      expect(footer.map((w) => w.text).join(' ')).toBe(`— ${String(n)} —`);
      const top = Math.min(...footer.map((w) => w.yMin));
      expect(top - TEXT_BOX.bottom).toBeGreaterThan(3 * PT_PER_MM);
      expect(top - TEXT_BOX.bottom).toBeLessThan(10 * PT_PER_MM);
      const left = Math.min(...footer.map((w) => w.xMin));
      const right = Math.max(...footer.map((w) => w.xMax));
      if (n % 2 === 1) {
        expect(left).toBeGreaterThan(page.width / 2);
        // 居右空一字: one 4号 character (14 pt) in from the right edge of the 版心.
        expect(right).toBeCloseTo(TEXT_BOX.right - 14, -1);
      } else {
        expect(right).toBeLessThan(page.width / 2);
        expect(left).toBeCloseTo(TEXT_BOX.left + 14, -1);
      }
    });
  });

  it('prints the title, every heading and paragraph, every table label and value in order', () => {
    const text = bodyText(pdfOf(c));
    let cursor = 0;
    const expectNext = (item: string): void => {
      const at = text.indexOf(strip(item), cursor);
      expect(at, `"${item}" after position ${String(cursor)}`).toBeGreaterThanOrEqual(0);
      cursor = at + strip(item).length;
    };
    for (const block of reportBlocks(c.doc)) {
      switch (block.kind) {
        case 'title':
          block.lines.forEach(expectNext);
          break;
        case 'paragraph':
        case 'partHeading':
          expectNext(block.text);
          break;
        case 'signoff':
          expectNext(block.agency);
          if (block.date !== null) expectNext(block.date);
          break;
        case 'table': {
          const printed = printedTable(c.doc, block.table);
          if (printed === null) throw new Error(block.table);
          // Cell by cell, row by row: corner, headers, group labels, labels, units, values.
          for (const cell of [...printed.headerRows, ...printed.bodyRows].flat()) {
            if (cell.text !== '') expectNext(cell.text);
          }
          break;
        }
      }
    }
  });

  it('names the official fonts and marks header rows and unsplittable rows', () => {
    const files = unzipSync(c.docx ?? new Uint8Array());
    const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    const eastAsia = new Set([...xml.matchAll(/w:eastAsia="([^"]+)"/g)].map((m) => m[1]));
    expect(eastAsia).toContain('方正小标宋简体');
    expect(eastAsia).toContain('仿宋_GB2312');
    expect(eastAsia).toContain('黑体');
    expect(eastAsia).toContain('楷体_GB2312');
    const footers = Object.keys(files).filter((f) => /^word\/footer\d+\.xml$/.test(f));
    expect(footers).toHaveLength(2);
    for (const f of footers) {
      const footer = strFromU8(files[f] ?? new Uint8Array());
      expect(footer).toContain('w:eastAsia="宋体"');
      expect(footer).toContain('PAGE');
    }
    expect(strFromU8(files['word/settings.xml'] ?? new Uint8Array())).toContain(
      '<w:evenAndOddHeaders',
    );
    const rows = [...xml.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((m) => m[1] ?? '');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toContain('<w:cantSplit/>');
    expect(rows.some((row) => row.includes('<w:tblHeader/>'))).toBe(true);
    // Group labels of 表三 span rows (vMerge) and run vertically; headers span columns.
    expect(xml).toContain('<w:vMerge w:val="restart"/>');
    expect(xml).toContain('<w:textDirection w:val="tbRl"/>');
    expect(xml).toContain('<w:gridSpan w:val="');
  });
});

describe('a long table in LibreOffice', () => {
  it('repeats 表三 header rows on the next page', () => {
    const zhenhai = CASES[0];
    if (zhenhai === undefined) throw new Error('no case');
    const pagesWithHeader = pdfOf(zhenhai).pageTexts.filter((t) => t.includes('申请人情况'));
    expect(pagesWithHeader.length).toBeGreaterThanOrEqual(2);
  });
});
