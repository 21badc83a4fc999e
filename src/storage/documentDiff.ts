import { SECTION_KEYS, TABLE_IDS } from '../report/definition/editions';
import type { SectionKey, TableId } from '../report/definition/types';
import type { ReportDocument, TableValues } from '../report/document';
import { isComputed } from '../report/totals';

/**
 * A field of the report outside the tables that can differ between two versions. Sections are
 * named by their key; the UI reads their headings from the edition's definition.
 */
export type DiffField =
  | 'format'
  | 'agency'
  | 'agencyLevel'
  | 'year'
  | 'title'
  | 'preface'
  | 'publicationDate'
  | 'acknowledged'
  | 'disclosureStats'
  | `sections.${SectionKey}`;

/** What differs between two versions of a report, counted for a short summary. */
export interface DocumentDiff {
  /** Input cells whose value differs (totals follow their inputs and are not counted). */
  readonly cells: number;
  /** The text and envelope fields that differ, in the order of the printed report. */
  readonly fields: readonly DiffField[];
}

const sectionField = (key: SectionKey): DiffField => `sections.${key}`;

/** Every field, in report order, for reading stored diffs back defensively. */
export const DIFF_FIELDS: readonly DiffField[] = [
  'format',
  'agency',
  'agencyLevel',
  'year',
  'title',
  'preface',
  ...SECTION_KEYS.map(sectionField),
  'publicationDate',
  'acknowledged',
  'disclosureStats',
];

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
  const fields: DiffField[] = [];
  const differs = (name: DiffField, x: unknown, y: unknown): void => {
    if (x !== y) fields.push(name);
  };
  differs('format', before.format, after.format);
  differs('agency', before.agency, after.agency);
  differs('agencyLevel', before.agencyLevel, after.agencyLevel);
  differs('year', before.year, after.year);
  differs('title', before.title, after.title);
  differs('preface', before.preface, after.preface);
  for (const key of SECTION_KEYS)
    differs(sectionField(key), before.sections[key], after.sections[key]);
  differs('publicationDate', before.publicationDate, after.publicationDate);
  if (JSON.stringify(before.acknowledged) !== JSON.stringify(after.acknowledged))
    fields.push('acknowledged');
  if ((before.tables.disclosureStats === null) !== (after.tables.disclosureStats === null)) {
    fields.push('disclosureStats');
  }
  let cells = 0;
  for (const table of TABLE_IDS)
    cells += countCells(table, before.tables[table], after.tables[table], after.format);
  return { cells, fields };
}

export function isEmptyDiff(diff: DocumentDiff): boolean {
  return diff.cells === 0 && diff.fields.length === 0;
}
