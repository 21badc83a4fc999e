import { PART_HEADINGS, type PartHeading } from '../../../report/definition/importVocabulary';
import type { SourceLine } from '../model';
import { labelKey } from '../normalize';
import { isTableRow, lineText } from './lineText';

/** Where a part's heading was found: the first line of the heading and the line after it. */
export interface FoundHeading {
  readonly part: PartHeading;
  readonly line: number;
  readonly next: number;
}

/** Longest heading text after the numeral that is still a heading, not a paragraph. */
const MAX_HEADING_KEY = 36;

/**
 * The heading's numeral styles: 一、 一. 一． 一 (space), and — only when no such heading is
 * found — （一）. The numeral must be the part's own, so the sub-heading （一）主动公开 of part
 * 一 is never part 二's heading.
 */
function headingRest(key: string, numeral: string, bracketed: boolean): string | null {
  if (bracketed) {
    const mark = `(${numeral})`;
    return key.startsWith(mark) ? key.slice(mark.length) : null;
  }
  if (!key.startsWith(numeral)) return null;
  const rest = key.slice(numeral.length);
  if (rest.startsWith('.') || rest.startsWith(',')) return rest.slice(1);
  if (rest.startsWith('是')) return null; // 一是… is a list item, not a heading
  return rest;
}

function isHeadingRest(part: PartHeading, rest: string | null): boolean {
  if (rest === null || rest.length === 0 || rest.length > MAX_HEADING_KEY) return false;
  if (/[.;。]$/.test(rest) && rest.length > 20) return false;
  return part.keywords.some((word) => rest.includes(labelKey(word)));
}

/** True when `rest` is a known heading text or the start of one (a heading split over lines). */
function isVariantOrStart(part: PartHeading, rest: string | null): boolean {
  if (rest === null) return false;
  return part.variants.some((v) => labelKey(v).startsWith(rest));
}

/**
 * Finds the six part headings in order. A heading may be split over two lines (`五、政府信息公开
 * 工作存在的主要问题` / `及改进情况`); a part whose heading is not found is left out, and the
 * search for the next part goes on from where the last one was found.
 */
export function findHeadings(lines: readonly SourceLine[], from: number): FoundHeading[] {
  const found: FoundHeading[] = [];
  let start = from;
  for (const part of PART_HEADINGS) {
    const hit = findOne(lines, part, start, false) ?? findOne(lines, part, start, true);
    if (hit !== null) {
      found.push(hit);
      start = hit.next;
    }
  }
  return found;
}

function findOne(
  lines: readonly SourceLine[],
  part: PartHeading,
  from: number,
  bracketed: boolean,
): FoundHeading | null {
  for (let i = from; i < lines.length; i++) {
    const line = lines[i];
    if (line === undefined || isTableRow(line)) continue;
    const key = labelKey(lineText(line));
    const rest = headingRest(key, part.numeral, bracketed);
    const nextLine = lines[i + 1];
    if (rest !== null && nextLine !== undefined && !isTableRow(nextLine)) {
      const joined = rest + labelKey(lineText(nextLine));
      if (isVariantOrStart(part, rest) && isVariantOrStart(part, joined) && joined !== rest) {
        if (isHeadingRest(part, joined)) return { part, line: i, next: i + 2 };
      }
    }
    if (isHeadingRest(part, rest)) return { part, line: i, next: i + 1 };
  }
  return null;
}
