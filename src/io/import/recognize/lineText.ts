import type { SourceLine } from '../model';
import { tidy } from '../normalize';

/** A line's text as read: its cells joined by one space, whitespace collapsed. */
export function lineText(line: SourceLine): string {
  return tidy(line.cells.join(' '));
}

/** True when the line is a row of a real table with more than one cell. */
export function isTableRow(line: SourceLine): boolean {
  return line.tabular && line.cells.length > 1;
}
