/** Test helpers: units for consolidation built from the domain's own documents. */
import { runChecks } from '../src/report/checks';
import { readyDoc, setAll } from './testDocs';
import type { Format } from '../src/report/definition/types';
import { asRestored, type CellValue, type RestoredDocument } from '../src/report/document';
import type { ConsolidationUnit } from '../src/report/aggregate/consolidate';
import { sectionSignatures } from '../src/report/aggregate/fingerprint';
import { summarizeUnit } from '../src/report/aggregate/unitSummary';
import { unitVector } from '../src/report/aggregate/unitVector';
import type { UnitEntry } from '../src/report/aggregate/crossUnit';

export function unitDoc(
  agency: string,
  values: Readonly<Record<string, CellValue>> = {},
  options: { format?: Format; year?: number } = {},
): RestoredDocument {
  const doc = readyDoc(options.format ?? '2021', { year: options.year });
  return setAll(asRestored({ ...doc, agency }), values);
}

export function unitOf(doc: RestoredDocument): ConsolidationUnit {
  return {
    name: doc.agency,
    year: doc.year,
    agencyLevel: doc.agencyLevel,
    vector: unitVector(doc),
  };
}

export const TODAY = new Date('2022-06-01T00:00:00Z');

export function entryOf(
  doc: RestoredDocument,
  file: string,
  exportedAt: string | null = null,
): UnitEntry {
  return {
    summary: summarizeUnit({
      file,
      doc,
      findings: runChecks(doc, { today: TODAY }),
      exportedAt,
      today: TODAY,
    }),
    signatures: sectionSignatures(doc),
  };
}
