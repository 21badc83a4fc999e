import { defaultFormatForYear, definitionOf } from './definition/editions';
import type { Format, TableDef } from './definition/types';
import { asRestored, type AgencyLevel, type RestoredDocument, type TableValues } from './document';

/** Every row and column of a table, all blank. */
export function blankTable(table: TableDef): TableValues {
  const values: TableValues = {};
  for (const row of table.rows) {
    values[row.id] = Object.fromEntries(row.columns.map((c) => [c.id, null]));
  }
  return values;
}

export interface NewReport {
  readonly agency: string;
  readonly year: number;
  readonly format?: Format;
  readonly agencyLevel?: AgencyLevel | null;
}

/** A new, empty report: every input blank (not zero), no optional table, derived title. */
export function createBlankDocument(input: NewReport): RestoredDocument {
  const format = input.format ?? defaultFormatForYear(input.year);
  const def = definitionOf(format);
  return asRestored({
    format,
    agency: input.agency,
    agencyLevel: input.agencyLevel ?? null,
    year: input.year,
    title: null,
    preface: '',
    sections: { overview: '', problems: '', other: '' },
    tables: {
      proactive: blankTable(def.tables.proactive),
      applications: blankTable(def.tables.applications),
      review: blankTable(def.tables.review),
      disclosureStats: null,
    },
    acknowledged: [],
    publicationDate: null,
    extra: {},
  });
}

/**
 * The year a new report is most likely about: reports are drafted from autumn onward and due by
 * 1月31日 (3月31日) of the next year, so from July the current year is meant, before that the last.
 */
export function likelyReportYear(today: Date): number {
  const year = today.getFullYear();
  return today.getMonth() >= 6 ? year : year - 1;
}
