import {
  AlignmentType,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type Table,
} from 'docx';
import { titleOf, type ReportDocument } from '../../report/document';
import type { NarrativeLevel } from '../../report/narrative/headings';
import type { ExportMeta } from '../json/exportJson';
import { printedTable } from '../model/printedTable';
import { reportBlocks, type ReportBlock } from '../model/reportBlocks';
import { restampZip } from '../zip/stableZip';
import { docxTable } from './docxTable';
import {
  BODY_CHAR,
  FONT,
  FOOTER_DISTANCE,
  LINE,
  MARGIN,
  PAGE,
  SIZE,
  TEXT_WIDTH,
  TITLE_LINE,
} from './geometry';

const exact = (line: number) => ({ line, lineRule: LineRuleType.EXACT, before: 0, after: 0 });

/** Body and heading paragraphs: 首行缩进二字, wrapped lines flush left (回行顶格). */
function textParagraph(text: string, font: string, keepNext: boolean): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: exact(LINE),
    indent: { firstLine: 2 * BODY_CHAR, firstLineChars: 200 },
    keepNext,
    children: [new TextRun({ text, font, size: SIZE.body })],
  });
}

/** GB/T 9704: （一） headings 楷体, 1. and （1） 仿宋 like the body. */
const LEVEL_FONT: Readonly<Record<NarrativeLevel, string>> = {
  0: FONT.body,
  2: FONT.heading2,
  3: FONT.body,
  4: FONT.body,
};

/** Display width in characters: CJK and full-width forms take one, ASCII half. */
function widthInChars(text: string): number {
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) < 0x2e80 ? 0.5 : 1;
  return width;
}

const CHARS_PER_LINE = Math.floor(TEXT_WIDTH / (SIZE.title * 10));

function titleParagraph(lines: readonly string[]): Paragraph {
  // Break before the year only when the title does not fit on one line (as the HTML does).
  const oneLine = widthInChars(lines.join('')) <= CHARS_PER_LINE;
  const runs = oneLine
    ? [new TextRun({ text: lines.join(''), font: FONT.title, size: SIZE.title })]
    : lines.map(
        (text, i) =>
          new TextRun({ text, font: FONT.title, size: SIZE.title, break: i > 0 ? 1 : 0 }),
      );
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { ...exact(TITLE_LINE), after: LINE },
    children: runs,
  });
}

/**
 * 发文机关署名 over the 成文日期, the date 右空四字; the shorter line is centred under (or over)
 * the longer one, as in the printable HTML.
 */
function signoffParagraphs(agency: string, date: string | null): Paragraph[] {
  const four = 4 * BODY_CHAR;
  const agencyWidth = widthInChars(agency);
  const dateWidth = date === null ? 0 : widthInChars(date);
  const rightOf = (width: number): number =>
    Math.round(four + (Math.max(agencyWidth, dateWidth) - width) * BODY_CHAR * 0.5);
  const line = (text: string, width: number, first: boolean): Paragraph =>
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: { ...exact(LINE), ...(first ? { before: 2 * LINE } : {}) },
      indent: { right: rightOf(width) },
      keepNext: first,
      keepLines: true,
      children: [new TextRun({ text, font: FONT.body, size: SIZE.body })],
    });
  return [
    line(agency, agencyWidth, true),
    ...(date === null ? [] : [line(date, dateWidth, false)]),
  ];
}

function blockChildren(doc: ReportDocument, block: ReportBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'title':
      return [titleParagraph(block.lines)];
    case 'paragraph':
      return [textParagraph(block.text, LEVEL_FONT[block.level], block.level === 2)];
    case 'partHeading':
      return [textParagraph(block.text, FONT.heading1, true)];
    case 'table': {
      const printed = printedTable(doc, block.table);
      if (printed === null) return [];
      // An empty line after the table, so the next heading does not touch its border.
      return [docxTable(printed), new Paragraph({ spacing: exact(LINE / 2), children: [] })];
    }
    case 'signoff':
      return signoffParagraphs(block.agency, block.date);
  }
}

/** "— n —" in 4号宋体, one character in from the outer edge: odd pages right, even pages left. */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const odd = side === 'odd';
  return new Footer({
    children: [
      new Paragraph({
        alignment: odd ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: odd ? { right: SIZE.pageNumber * 10 } : { left: SIZE.pageNumber * 10 },
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            font: FONT.pageNumber,
            size: SIZE.pageNumber,
          }),
        ],
      }),
    ],
  });
}

/**
 * The report as a Word document in the official layout (GB/T 9704: A4, 版心 156 × 225 mm,
 * 2号小标宋 title, 3号仿宋 body, 黑体 / 楷体 headings, the official tables, "— n —" page
 * numbers), walking the same blocks and printed tables as the other exports. The bytes depend
 * only on the report and `meta` (see restampZip).
 */
export async function renderDocx(doc: ReportDocument, meta: ExportMeta): Promise<Uint8Array> {
  const children = reportBlocks(doc).flatMap((block) => blockChildren(doc, block));
  const document = new Document({
    title: titleOf(doc),
    creator: doc.agency,
    lastModifiedBy: meta.generator,
    description: meta.generator,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: { run: { font: FONT.body, size: SIZE.body } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: PAGE,
            margin: { ...MARGIN, header: MARGIN.top - LINE, footer: FOOTER_DISTANCE, gutter: 0 },
          },
        },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children,
      },
    ],
  });
  const bytes = new Uint8Array(await Packer.toArrayBuffer(document));
  return restampZip(bytes, meta.exportedAt);
}
