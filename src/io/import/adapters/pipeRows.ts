import type { SourceLine } from '../model';

/**
 * Tables written with `|` between cells: a page saved or converted as Markdown (`| 规章 | 0 |
 * 0 |`, a `|---|` rule under the header), or a text rendering that puts each cell on a line
 * closed by ` |` with a lone `|` starting each row. Recognised only when many lines carry
 * pipes, so a narrative line with a stray `|` is left alone.
 */

/** Fewest piped lines that make a document a piped-table text. */
const MIN_PIPED_LINES = 8;

const PIPE = /[|｜]/;
/** A Markdown rule under a header (`|---|:---:|`): it carries no cell. */
const RULE = /^[|｜]?\s*:?-{3,}:?\s*(?:[|｜]\s*:?-{3,}:?\s*)*[|｜]?$/;

const pipedLine = (line: string): boolean => {
  const t = line.trim();
  return t.length > 0 && (/^[|｜]/.test(t) || /[|｜]$/.test(t) || / [|｜] /.test(t));
};

/** True when the text writes its tables with pipes. */
export function hasPipeTables(raw: readonly string[]): boolean {
  let count = 0;
  for (const line of raw) if (pipedLine(line) && ++count >= MIN_PIPED_LINES) return true;
  return false;
}

/**
 * The line as cells when it is a piped table row (two cells or more: tabular, an empty cell a
 * real blank); `null` for a Markdown rule; otherwise the text without its border pipes, for the
 * ordinary reader. A lone `|` stays: it keeps apart two cells copied one per line.
 */
export function pipeRow(line: string): SourceLine | string | null {
  if (!PIPE.test(line)) return line;
  const t = line.trim();
  if (RULE.test(t)) return null;
  if (/^[|｜\s]+$/.test(t)) return '|';
  const inner = t.replace(/^[|｜]/, '').replace(/[|｜]$/, '');
  if (!PIPE.test(inner)) return inner.trim();
  return { cells: inner.split(PIPE).map((c) => c.trim()), tabular: true };
}
