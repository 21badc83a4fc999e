import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { renderReportHtml } from '../src/io/html';
import { bodyBlocks } from '../src/io/html/tableChunks';
import { definitionOf } from '../src/report/definition/editions';
import type { LayoutCell } from '../src/report/definition/types';
import { asRestored, type RestoredDocument } from '../src/report/document';
import { findInPieces, pdfPageTexts, printHtmlToPdf, squeeze } from './helpers/pdf';
import { loadFixture, type FixtureName } from './helpers/reports';

/**
 * Page breaks of printed tables, read back from the PDF page by page:
 * - no page shows rows of a table (or of a 表二 sub-table) without its heading on that page
 *   (the heading itself, or the header repeated at the top of a continuation page);
 * - no page ends with a table's heading and fewer than three of its rows.
 * The sample reports are printed with 0–3 extra paragraphs in 一, so each table also lands at
 * other places of a page.
 */

const FIXTURES: readonly FixtureName[] = ['zhenhai-2020', 'sample-2021'];
const WRAPPED = { minPiece: 2, maxGap: 60 };
const FILLER =
  '本年度，本机关坚持以公开为常态、不公开为例外，围绕中心工作持续深化政务公开，进一步提升政府信息公开工作的规范化、标准化水平，切实保障人民群众的知情权、参与权、表达权和监督权。';

interface Block {
  readonly table: string;
  /** The text that heads this block: a 表二 caption, or the table's spanning header. */
  readonly head: string;
  /** Row labels that occur nowhere else in the report (so finding one means the row). */
  readonly rows: readonly string[];
}

const textOf = (cell: LayoutCell): string => (cell.type === 'text' ? cell.text : '');

function blocksOf(doc: RestoredDocument): Block[] {
  const def = definitionOf(doc.format);
  const prose = squeeze(
    [doc.preface, ...Object.values(doc.sections), ...def.parts.map((p) => p.heading)].join(''),
  );
  const out: Block[] = [];
  for (const table of Object.values(def.tables)) {
    if (doc.tables[table.id] === null) continue;
    const spanningHeader = table.layout.header
      .flat()
      .find((c) => c.type === 'text' && c.role === 'header' && (c.colSpan ?? 1) > 1);
    for (const block of bodyBlocks(table.layout.body)) {
      const caption = block.flat().find((c) => c.type === 'text' && c.role === 'caption');
      const head = textOf(caption ?? spanningHeader ?? { type: 'text', text: '', role: 'none' });
      if (head === '') continue;
      const rows = block
        .flat()
        .filter((c) => c.type === 'text' && c.role === 'label' && (c.rowSpan ?? 1) === 1)
        .map((c) => squeeze(textOf(c)))
        .filter((t) => t.length >= 4 && !prose.includes(t));
      out.push({ table: table.id, head: squeeze(head), rows: [...new Set(rows)] });
    }
  }
  return out;
}

function withFiller(doc: RestoredDocument, paragraphs: number): RestoredDocument {
  const extra = Array.from({ length: paragraphs }, () => FILLER).join('\n');
  const overview = paragraphs === 0 ? doc.sections.overview : `${extra}\n${doc.sections.overview}`;
  return asRestored({ ...doc, sections: { ...doc.sections, overview } });
}

test.describe('printed tables break between pages only where they may', () => {
  for (const name of FIXTURES) {
    for (const paragraphs of [0, 1, 2, 3]) {
      test(`${name} with ${String(paragraphs)} extra paragraphs`, async ({ page }) => {
        const doc = withFiller(loadFixture(name), paragraphs);
        const pdf = join(mkdtempSync(join(tmpdir(), 'nianbao-breaks-')), `${name}.pdf`);
        await printHtmlToPdf(page, renderReportHtml(doc), pdf);
        const pages = pdfPageTexts(pdf).map(squeeze);
        const blocks = blocksOf(doc);
        expect(blocks.length).toBeGreaterThan(2);
        const problems: string[] = [];
        pages.forEach((text, p) => {
          for (const block of blocks) {
            const rows = block.rows.filter((r) => findInPieces(text, r, WRAPPED));
            const headed = text.includes(block.head);
            if (rows.length > 0 && !headed) {
              problems.push(`page ${String(p + 1)}: rows ${rows.join('、')} without ${block.head}`);
            }
            const least = Math.min(3, block.rows.length);
            if (headed && rows.length < least) {
              problems.push(
                `page ${String(p + 1)}: ${block.head} with ${String(rows.length)} of its rows`,
              );
            }
          }
        });
        expect(problems).toEqual([]);
      });
    }
  }
});
