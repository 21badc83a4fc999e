import { ARTICLE_END, PART_HEADINGS } from '../../../report/definition/importVocabulary';
import type { SectionKey, TableId } from '../../../report/definition/types';
import type { SourceLine } from '../model';
import { SPACE } from '../normalize';
import type { FoundHeading } from './headings';
import { lineText } from './lineText';

/** Lines [from, to) of the document. */
export interface Region {
  readonly from: number;
  readonly to: number;
}

/** Where the article ends: the first site-footer line after the last heading. */
export function articleEnd(lines: readonly SourceLine[], from: number): number {
  for (let i = from; i < lines.length; i++) {
    const line = lines[i];
    if (line === undefined) continue;
    const key = lineText(line).normalize('NFKC').replace(SPACE, '');
    if (ARTICLE_END.some((word) => key.startsWith(word.normalize('NFKC')))) return i;
  }
  return lines.length;
}

export interface Outline {
  readonly sections: ReadonlyMap<SectionKey, Region>;
  readonly tables: ReadonlyMap<TableId, Region>;
  /** Parts whose heading was found, by numeral. */
  readonly found: ReadonlySet<string>;
}

/**
 * The region of every part: from its heading to the next heading found. A part whose heading
 * is missing is searched between its neighbours that were found, so a table is still read
 * when its heading is worded beyond recognition.
 */
export function outline(headings: readonly FoundHeading[], start: number, end: number): Outline {
  const sections = new Map<SectionKey, Region>();
  const tables = new Map<TableId, Region>();
  const at = new Map(headings.map((h) => [h.part.numeral, h]));
  PART_HEADINGS.forEach((part, index) => {
    const own = at.get(part.numeral);
    const before = PART_HEADINGS.slice(0, index)
      .map((p) => at.get(p.numeral))
      .filter((h) => h !== undefined)
      .pop();
    const after = PART_HEADINGS.slice(index + 1)
      .map((p) => at.get(p.numeral))
      .find((h) => h !== undefined);
    const to = after?.line ?? end;
    const region: Region =
      own !== undefined ? { from: own.next, to } : { from: before?.next ?? start, to };
    if (part.table !== undefined) tables.set(part.table, region);
    if (part.section !== undefined && own !== undefined) sections.set(part.section, region);
  });
  return { sections, tables, found: new Set(at.keys()) };
}
