import type { SourceDocument, SourceLine } from '../model';
import { displayWidth } from '../normalize';
import { EMPTY_CELL, hasPipeTables, pipedLines } from './pipeRows';
import { foldRadicals } from './radicals';

/**
 * Plain text as users get it: copied from a browser (Chrome puts a tab alone on a line between
 * cells, Firefox starts each cell with a tab), from Word/WPS (cells separated by tabs), or from
 * a PDF viewer / `pdftotext -layout` (lines wrapped at the page width, cells set apart by
 * runs of spaces, page numbers between pages).
 */

/** Page furniture of laid-out text: `-3-`, `— 3 —`, `第 3 页`, `第3页 共6页`, `3/6`. */
const PAGE_NUMBER = [
  /^[-—–－]\s*\d+\s*[-—–－]$/,
  /^第\s*\d+\s*页(?:\s*[,，]?\s*共\s*\d+\s*页)?$/,
  /^\d+\s*\/\s*\d+$/,
];

const isPageNumber = (text: string): boolean => PAGE_NUMBER.some((re) => re.test(text.trim()));

function indentOf(line: string): number {
  const lead = /^[ \t\u3000\u00a0]*/.exec(line)?.[0] ?? '';
  return displayWidth(lead.replace(/\t/g, '    '));
}

/**
 * Whether lines wrap at a fixed width: a large share of the long lines end close to one
 * common width (the page's), which is never so for a page copied one paragraph per line.
 * Table rows laid out wider than the text do not count against it.
 */
function looksWrapped(raw: readonly string[]): boolean {
  const widths = raw.map((l) => displayWidth(l.trimEnd())).filter((w) => w >= 20);
  if (widths.length < 5) return false;
  let best = 0;
  let pageWidth = 0;
  for (const candidate of new Set(widths)) {
    const near = widths.filter((w) => w >= candidate * 0.85 && w <= candidate).length;
    if (near > best) {
      best = near;
      pageWidth = candidate;
    }
  }
  return pageWidth <= 220 && best / widths.length >= 0.35;
}

/** Firefox style: each cell on a line that starts with a tab, rows apart by blank lines. */
function firefoxRows(raw: readonly string[]): SourceLine[] {
  const out: SourceLine[] = [];
  let row: string[] | null = null;
  const flush = (): void => {
    if (row !== null) out.push({ cells: row, tabular: row.length > 1 });
    row = null;
  };
  for (const line of raw) {
    if (/^\t[^\t]*$/.test(line)) {
      row ??= [];
      row.push(line.slice(1));
    } else if (line.trim() === '') {
      flush();
    } else if (row !== null && !line.includes('\t')) {
      row[row.length - 1] = (row[row.length - 1] ?? '') + line.trim();
    } else {
      flush();
      out.push(lineOf(line));
    }
  }
  flush();
  return out;
}

function lineOf(line: string): SourceLine {
  if (line.includes('\t')) return { cells: line.split('\t'), tabular: true };
  // Cells set apart by runs of spaces (a table laid out in text) are split whether or not the
  // text wraps; a paragraph is one cell either way.
  const cells: string[] = [];
  const starts: number[] = [];
  for (const match of line.matchAll(/\S+(?:[ \u00a0\u3000]\S+)*/g)) {
    cells.push(match[0]);
    starts.push(displayWidth(line.slice(0, match.index)));
  }
  return { cells, starts, tabular: false, indent: indentOf(line) };
}

/**
 * A line without Markdown emphasis (a page converted to Markdown, or pasted into an editor
 * that keeps it): `## 一、总体情况` and `**二、主动公开政府信息情况**` are the headings.
 */
function unmark(line: string): string {
  const heading = line.replace(/^\s*#{1,6}\s+/, '');
  const bold = /^\s*(\*\*|__)(.+)\1\s*$/.exec(heading);
  return bold?.[2] ?? heading;
}

/**
 * A page rendered one cell a paragraph (every cell followed by an empty line) writes an empty
 * cell as a line of spaces (its `&nbsp;`) between two empty lines: a blank value, kept.
 */
function isSpacedEmptyCell(raw: readonly string[], i: number): boolean {
  const line = raw[i] ?? '';
  return line !== '' && line.trim() === '' && raw[i - 1] === '' && raw[i + 1] === '';
}

/** Largest share of paragraphs followed by an empty line in a page with no gaps between. */
const GAP_SHARE = 0.2;
/** Fewest paragraphs to tell whether a page puts gaps between them. */
const MIN_PARAGRAPHS = 3;

/**
 * A page rendered one cell a line with no empty line between cells or paragraphs, and no tab:
 * there an empty line is an empty cell (`3` / `` / `` / `3` for a row with blanks between).
 * Told by its paragraphs (lines with sentence punctuation): almost none is followed by an
 * empty line, where a page that separates its lines puts one after each.
 */
function isDenseCellPerLine(raw: readonly string[]): boolean {
  if (raw.some((l) => l.includes('\t'))) return false;
  const paragraphs = raw
    .map((line, i) => ({ line, i }))
    .filter(({ line }) => line.trim().length >= 12 && /[，。；]/.test(line));
  if (paragraphs.length < MIN_PARAGRAPHS) return false;
  const gapped = paragraphs.filter(({ i }) => raw[i + 1]?.trim() === '').length;
  return gapped <= paragraphs.length * GAP_SHARE;
}

/** `layout`: the text is known to be laid out at a fixed width (PDF), whatever it looks like. */
export function textToDocument(input: string, options: { layout?: boolean } = {}): SourceDocument {
  let text = foldRadicals(input)
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n');
  if (options.layout !== true) text = text.split('\n').map(unmark).join('\n');
  let raw = text.split(/\n|\f/);
  const firefox = raw.filter((l) => /^\t[^\t]+$/.test(l)).length >= 10;
  if (firefox && options.layout !== true) return { lines: firefoxRows(raw), wrapped: false };
  // Chrome: a tab alone on a line between cells; collapse it so a row is one line again.
  if (/\n[ \u00a0]*\t[ \u00a0]*\n/.test(text)) {
    text = text.replace(/\n*\t\n*/g, '\t');
    raw = text.split(/\n|\f/);
  }
  if (options.layout !== true && hasPipeTables(raw))
    return { lines: pipedLines(raw, lineOf), wrapped: false };
  const wrapped = options.layout === true || looksWrapped(raw);
  const dense = !wrapped && isDenseCellPerLine(raw);
  const lines = raw
    .filter((l) => !(wrapped && isPageNumber(l)))
    .map((l, i, all) =>
      isSpacedEmptyCell(all, i) || (dense && l.trim() === '') ? EMPTY_CELL : lineOf(l),
    )
    .filter((l) => l.emptyCell === true || l.cells.some((c) => c.trim() !== ''));
  return { lines, wrapped };
}
