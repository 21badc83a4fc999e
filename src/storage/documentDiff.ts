import { PREFACE_NAME, SECTION_KEYS, TABLE_IDS } from '../report/definition/editions';
import type { TableId } from '../report/definition/types';
import type { ReportDocument, TableValues } from '../report/document';
import { isComputed } from '../report/totals';

/** What differs between two versions of a report, counted for a short summary. */
export interface DocumentDiff {
  /** Input cells whose value differs (totals follow their inputs and are not counted). */
  readonly cells: number;
  /** Names (Chinese) of the text and envelope fields that differ. */
  readonly fields: readonly string[];
}

const SECTION_NAMES = {
  overview: '一、总体情况',
  problems: '五、存在的主要问题及改进情况',
  other: '六、其他需要报告的事项',
} as const;

function countCells(
  table: TableId,
  a: TableValues | null,
  b: TableValues | null,
  format: ReportDocument['format'],
): number {
  if (a === b) return 0;
  let count = 0;
  for (const row of new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})])) {
    const ra = a?.[row];
    const rb = b?.[row];
    if (ra === rb) continue;
    for (const column of new Set([...Object.keys(ra ?? {}), ...Object.keys(rb ?? {})])) {
      if ((ra?.[column] ?? null) === (rb?.[column] ?? null)) continue;
      if (!isComputed(format, { table, row, column })) count += 1;
    }
  }
  return count;
}

export function diffDocuments(before: ReportDocument, after: ReportDocument): DocumentDiff {
  const fields: string[] = [];
  const differs = (name: string, x: unknown, y: unknown): void => {
    if (x !== y) fields.push(name);
  };
  differs('版本', before.format, after.format);
  differs('机关名称', before.agency, after.agency);
  differs('机关层级', before.agencyLevel, after.agencyLevel);
  differs('年度', before.year, after.year);
  differs('标题', before.title, after.title);
  differs(PREFACE_NAME, before.preface, after.preface);
  for (const key of SECTION_KEYS)
    differs(SECTION_NAMES[key], before.sections[key], after.sections[key]);
  differs('发布日期', before.publicationDate, after.publicationDate);
  if (JSON.stringify(before.acknowledged) !== JSON.stringify(after.acknowledged))
    fields.push('已确认的提示');
  if ((before.tables.disclosureStats === null) !== (after.tables.disclosureStats === null)) {
    fields.push('公开及回应解读情况统计表');
  }
  let cells = 0;
  for (const table of TABLE_IDS)
    cells += countCells(table, before.tables[table], after.tables[table], after.format);
  return { cells, fields };
}

export function isEmptyDiff(diff: DocumentDiff): boolean {
  return diff.cells === 0 && diff.fields.length === 0;
}

/** e.g. `改动 12 个单元格；修改了 一、总体情况、标题`, or `没有改动`. */
export function describeDiff(diff: DocumentDiff): string {
  const parts: string[] = [];
  if (diff.cells > 0) parts.push(`改动 ${String(diff.cells)} 个单元格`);
  if (diff.fields.length > 0) parts.push(`修改了 ${diff.fields.join('、')}`);
  return parts.length === 0 ? '没有改动' : parts.join('；');
}
