import type { Format, SectionKey, TableId } from './definition/types';

/**
 * A cell value: an integer, or for money cells an integer number of millionths of the unit
 * (万元), or `null` for blank. Blank is not zero.
 */
export type CellValue = number | null;
export type RowValues = Record<string, CellValue>;
/** Rows of a table by row id; may hold rows/columns the current edition lacks (kept, reported). */
export type TableValues = Record<string, RowValues>;

export const AGENCY_LEVELS = [
  'state-council-department',
  'provincial-government',
  'provincial-department',
  'city-government',
  'city-department',
  'county-government',
  'county-department',
  'township',
  'other',
] as const;
export type AgencyLevel = (typeof AGENCY_LEVELS)[number];

/** A warning the user has looked at and accepted, with a reason. Travels with the file. */
export interface Acknowledgement {
  readonly check: string;
  /** The first cell of the finding, identifying which instance of the check is meant. */
  readonly cell?: string;
  readonly note: string;
}

export interface ReportTables {
  readonly proactive: TableValues;
  readonly applications: TableValues;
  readonly review: TableValues;
  /** The optional 公开及回应解读情况统计 table; `null` when the report does not include it. */
  readonly disclosureStats: TableValues | null;
}

/** The report in memory. The file envelope (`type`, `version`, `exportedAt` …) is not kept here. */
export interface ReportDocument {
  readonly format: Format;
  readonly agency: string;
  readonly agencyLevel: AgencyLevel | null;
  readonly year: number;
  /** `null` means derived: `{agency}{year}年政府信息公开工作年度报告`. */
  readonly title: string | null;
  readonly preface: string;
  readonly sections: Readonly<Record<SectionKey, string>>;
  readonly tables: ReportTables;
  readonly acknowledged: readonly Acknowledgement[];
  /** Publication date `YYYY-MM-DD` printed under the agency name at the end; optional. */
  readonly publicationDate: string | null;
  /** Unknown top-level keys of an imported file, written back on export unchanged. */
  readonly extra: Readonly<Record<string, unknown>>;
}

declare const restoredBrand: unique symbol;
/**
 * A document that came through the one door (`restore`) or was built by the domain itself.
 * Storage and export accept only this type, so unchecked data cannot slip past restore.
 */
export type RestoredDocument = ReportDocument & { readonly [restoredBrand]: true };

/** Marks a document built by domain code from already valid parts. Not for outside data. */
export function asRestored(doc: ReportDocument): RestoredDocument {
  return doc as RestoredDocument;
}

export const YEAR_MIN = 2008;
export const YEAR_MAX = 2100;

export function derivedTitle(agency: string, year: number): string {
  return `${agency}${String(year)}年政府信息公开工作年度报告`;
}

export function titleOf(doc: Pick<ReportDocument, 'title' | 'agency' | 'year'>): string {
  return doc.title ?? derivedTitle(doc.agency, doc.year);
}

export function tableValues(doc: ReportDocument, table: TableId): TableValues | null {
  return doc.tables[table];
}
