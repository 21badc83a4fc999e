import type { SourceLine } from '../model';

/**
 * Tables written with `|` between cells, as text renderings of a page give them:
 * - Markdown rows (`| 规章 | 0 | 0 | 0 |`, a `|---|` rule under the header), one row a line;
 * - one cell a line closed by ` |` (`规章 |` / `0 |`), where a lone `|` is an empty cell and a
 *   run of pipes (`||`) the grid cells a spanning cell covers;
 * - one cell a line with a lone `|` between cells (no closing pipes): the pipe only separates,
 *   and an empty line between two such pipes is an empty cell.
 * Recognised only when many lines carry pipes, so a narrative line with a stray `|` is left alone.
 */

/** An empty cell of a text written one cell a line: a blank value where it stands. */
export const EMPTY_CELL: SourceLine = { cells: [''], tabular: true, emptyCell: true };

/** Fewest piped lines that make a document a piped-table text. */
const MIN_PIPED_LINES = 8;

const PIPE = /[|｜]/;
/** A Markdown rule under a header (`|---|:---:|`): it carries no cell. */
const RULE = /^[|｜]?\s*:?-{3,}:?\s*(?:[|｜]\s*:?-{3,}:?\s*)*[|｜]?$/;
const PIPES_ONLY = /^[|｜\s]+$/;
/** One cell closed by a pipe, no other pipe on the line (`规章 |`). */
const CLOSED_CELL = /^[^|｜]*[^|｜\s][^|｜]*[|｜]$/;

/** A line that starts or ends with a pipe, or holds one set apart by spaces. */
const pipedLine = (t: string): boolean =>
  t.length > 0 && (/^[|｜]/.test(t) || /[|｜]$/.test(t) || / [|｜] /.test(t));

/** A Markdown row: starts and ends with a pipe, a pipe inside. */
const MARKDOWN_ROW = /^[|｜].*[|｜].*[|｜]$/;
/** Fewest Markdown rows that make a Markdown text (a small table may have only a few). */
const MIN_MARKDOWN_ROWS = 3;

/** A Markdown cell's text: a line break written `<br>` (as converters write it) is a space. */
const cellText = (cell: string): string => cell.replace(/<br\s*\/?>/gi, ' ').trim();

/** True when the text writes its tables with pipes. */
export function hasPipeTables(raw: readonly string[]): boolean {
  const trimmed = raw.map((l) => l.trim());
  if (trimmed.filter((t) => MARKDOWN_ROW.test(t)).length >= MIN_MARKDOWN_ROWS) return true;
  return trimmed.filter(pipedLine).length >= MIN_PIPED_LINES;
}

/**
 * The lines of a piped-table text: a row with pipes inside becomes a tabular line (an empty
 * cell a real blank); a closed cell its text; a lone pipe an empty cell when cells are closed
 * by pipes, else a separator kept as text. `plain` reads a line without pipes.
 */
export function pipedLines(
  raw: readonly string[],
  plain: (line: string) => SourceLine,
): SourceLine[] {
  const closedCells = raw.filter((l) => CLOSED_CELL.test(l.trim())).length >= MIN_PIPED_LINES;
  const out: SourceLine[] = [];
  const lonePipe = (i: number): boolean => PIPE.test(raw[i] ?? '') && PIPES_ONLY.test(raw[i] ?? '');
  raw.forEach((line, i) => {
    const t = line.trim();
    if (!PIPE.test(t)) {
      if (t !== '') out.push(plain(line));
      // Cells kept apart by a lone `|`: nothing between two of them is an empty cell.
      else if (!closedCells && lonePipe(i - 1) && lonePipe(i + 1)) out.push(EMPTY_CELL);
      return;
    }
    if (RULE.test(t)) return;
    if (PIPES_ONLY.test(t)) {
      const pipes = t.replace(/\s/g, '').length;
      if (!closedCells) out.push(plain('|'));
      else if (pipes === 1) out.push(EMPTY_CELL);
      return;
    }
    const inner = t.replace(/^[|｜]/, '').replace(/[|｜]$/, '');
    if (PIPE.test(inner)) out.push({ cells: inner.split(PIPE).map(cellText), tabular: true });
    else out.push(plain(inner.trim()));
  });
  return out;
}
