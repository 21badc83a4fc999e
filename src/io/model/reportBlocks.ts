import { definitionOf } from '../../report/definition/editions';
import type { TableId } from '../../report/definition/types';
import { titleOf, type ReportDocument } from '../../report/document';
import { classifyLine, narrativeLines, type NarrativeLevel } from '../../report/narrative/headings';
import { formatChineseDate } from '../html/date';

/**
 * The report as a flat list of printed blocks, in print order: the title, the preface, each
 * part's heading (一、…) with its narrative paragraphs and tables, then the sign-off. DOCX, the
 * portal fragment and its plain-text twin walk this list; the edition's `parts` decide the order.
 */
export type ReportBlock =
  | {
      readonly kind: 'title';
      readonly text: string;
      /** Where the title may break: before the year, as published titles do. */
      readonly lines: readonly string[];
    }
  /** Level 0 is body text, 2 a （一） heading, 3 and 4 run-in 1. / （1） headings. */
  | { readonly kind: 'paragraph'; readonly level: NarrativeLevel; readonly text: string }
  | { readonly kind: 'partHeading'; readonly text: string }
  | { readonly kind: 'table'; readonly table: TableId }
  | { readonly kind: 'signoff'; readonly agency: string; readonly date: string | null };

/** `镇海区新闻中心2020年政府信息公开工作年度报告` → [`镇海区新闻中心`, `2020年政府信息公开工作年度报告`]. */
export function titleLines(title: string): readonly string[] {
  const match = /^(.+?)(\d{4}年.+)$/u.exec(title);
  if (match === null) return [title];
  const [, agency = '', rest = ''] = match;
  return [agency, rest];
}

export function reportBlocks(doc: ReportDocument): ReportBlock[] {
  const title = titleOf(doc);
  const blocks: ReportBlock[] = [{ kind: 'title', text: title, lines: titleLines(title) }];
  // The preface is never a heading, whatever it starts with.
  for (const text of narrativeLines(doc.preface))
    blocks.push({ kind: 'paragraph', level: 0, text });
  for (const part of definitionOf(doc.format).parts) {
    blocks.push({ kind: 'partHeading', text: part.heading });
    for (const ref of part.content) {
      if (ref.kind === 'section') {
        for (const line of narrativeLines(doc.sections[ref.key])) {
          blocks.push({ kind: 'paragraph', ...classifyLine(line) });
        }
      } else if (doc.tables[ref.id] !== null) {
        blocks.push({ kind: 'table', table: ref.id });
      }
    }
  }
  const date =
    doc.publicationDate === null || doc.publicationDate.trim() === ''
      ? null
      : formatChineseDate(doc.publicationDate);
  blocks.push({ kind: 'signoff', agency: doc.agency, date });
  return blocks;
}
