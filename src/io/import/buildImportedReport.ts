import { definitionOf, defaultFormatForYear, TABLE_IDS } from '../../report/definition/editions';
import type { TableDef } from '../../report/definition/types';
import type { RestoredDocument } from '../../report/document';
import { CURRENT_FILE_VERSION, FILE_TYPE } from '../../report/restore/fileShape';
import { problemMessage } from '../../report/restore/problemMessages';
import { restore } from '../../report/restore/restore';
import { importProblem } from './problemCodes';
import type { ExtractedReport, ImportProblem, LocatedCell } from './types';

export interface ImportedReport {
  /** The report as restored (the one door for outside data); null when restore refused it. */
  readonly document: RestoredDocument | null;
  readonly extracted: ExtractedReport;
  /** The extraction's problems, then restore's (as `restore.problem` with its message). */
  readonly problems: readonly ImportProblem[];
}

function tableObject(
  table: TableDef,
  byId: ReadonlyMap<string, LocatedCell>,
): Record<string, Record<string, number | null>> {
  return Object.fromEntries(
    table.rows.map((row) => [
      row.id,
      Object.fromEntries(
        row.columns.map((c) => [c.id, byId.get(`${table.id}.${row.id}.${c.id}`)?.value ?? null]),
      ),
    ]),
  );
}

/**
 * The contract file an extraction describes, as plain data. Blank where nothing was found:
 * an unknown agency is an empty name, never a guess.
 */
export function toContractFile(extracted: ExtractedReport): Record<string, unknown> {
  const format =
    extracted.format ?? defaultFormatForYear(extracted.year ?? new Date().getFullYear());
  const def = definitionOf(format);
  const byId = new Map(extracted.cells.map((c) => [c.cell, c]));
  // Optional tables (the statistics table) only when the source has them.
  const ids = TABLE_IDS.filter(
    (id) => def.tables[id].optional !== true || extracted.hasDisclosureStats,
  );
  return {
    type: FILE_TYPE,
    version: CURRENT_FILE_VERSION,
    format,
    agency: extracted.agency ?? '',
    year: extracted.year,
    ...(extracted.title === null ? {} : { title: extracted.title }),
    preface: extracted.preface ?? '',
    sections: {
      overview: extracted.sections.overview ?? '',
      problems: extracted.sections.problems ?? '',
      other: extracted.sections.other ?? '',
    },
    tables: Object.fromEntries(ids.map((id) => [id, tableObject(def.tables[id], byId)])),
    ...(extracted.publicationDate === null ? {} : { publicationDate: extracted.publicationDate }),
  };
}

/**
 * The one shared step after any adapter: the extraction becomes a report document through
 * restore, exactly like a JSON file, so an imported report meets the same rules.
 */
export function buildImportedReport(extracted: ExtractedReport): ImportedReport {
  const restored = restore(toContractFile(extracted));
  const format = restored.document?.format ?? extracted.format ?? undefined;
  const restoreProblems = restored.problems.map((p) =>
    importProblem('restore.problem', p.severity, {
      message: problemMessage(p, format),
      path: p.path.join('.'),
    }),
  );
  return {
    document: restored.document,
    extracted,
    problems: [...extracted.problems, ...restoreProblems],
  };
}
