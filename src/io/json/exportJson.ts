import { definitionOf } from '../../report/definition/editions';
import type { SectionKey } from '../../report/definition/types';
import { titleOf, type Acknowledgement, type RestoredDocument } from '../../report/document';
import { CURRENT_FILE_VERSION, FILE_KEYS, FILE_TYPE } from '../../report/restore/fileConstants';
import { tableToFile } from './tableToFile';

export interface ExportMeta {
  readonly exportedAt: Date;
  /** `nianbao <version>`: which program wrote the file. */
  readonly generator: string;
}

/** Keys the envelope writes itself; an imported unknown key of the same name never wins. */
const ENVELOPE_KEYS: ReadonlySet<string> = new Set(FILE_KEYS);

const SECTION_ORDER: readonly SectionKey[] = ['overview', 'problems', 'other'];

function acknowledgementToFile(ack: Acknowledgement): Record<string, string> {
  return {
    check: ack.check,
    ...(ack.cell === undefined ? {} : { cell: ack.cell }),
    note: ack.note,
  };
}

/**
 * The document as the contract's file envelope (report-json.md §1), keys in the contract's
 * order. Optional keys whose value is "absent" (`null`) are left out rather than written as
 * null, so the file stays valid for consumers that follow the contract strictly. The title
 * is always written (derived when the user kept the default) so the file is self-describing.
 */
export function toFileObject(doc: RestoredDocument, meta: ExportMeta): Record<string, unknown> {
  const def = definitionOf(doc.format);
  const { disclosureStats } = doc.tables;
  const entries: [string, unknown][] = [
    ['type', FILE_TYPE],
    ['version', CURRENT_FILE_VERSION],
    ['format', doc.format],
    ['agency', doc.agency],
    ...(doc.agencyLevel === null ? [] : [['agencyLevel', doc.agencyLevel] as [string, unknown]]),
    ['year', doc.year],
    ['title', titleOf(doc)],
    ['preface', doc.preface],
    ['sections', Object.fromEntries(SECTION_ORDER.map((key) => [key, doc.sections[key]]))],
    [
      'tables',
      {
        proactive: tableToFile(def.tables.proactive, doc.tables.proactive),
        applications: tableToFile(def.tables.applications, doc.tables.applications),
        review: tableToFile(def.tables.review, doc.tables.review),
        ...(disclosureStats === null
          ? {}
          : { disclosureStats: tableToFile(def.tables.disclosureStats, disclosureStats) }),
      },
    ],
    ['acknowledged', doc.acknowledged.map(acknowledgementToFile)],
    ...(doc.publicationDate === null
      ? []
      : [['publicationDate', doc.publicationDate] as [string, unknown]]),
    ...Object.entries(doc.extra).filter(([key]) => !ENVELOPE_KEYS.has(key)),
    ['exportedAt', meta.exportedAt.toISOString()],
    ['generator', meta.generator],
  ];
  // fromEntries defines plain data properties, so an imported key like `__proto__` stays data.
  return Object.fromEntries(entries);
}

/** The file's text: two-space indented JSON with a final newline (diff- and mail-friendly). */
export function serializeReport(doc: RestoredDocument, meta: ExportMeta): string {
  return `${JSON.stringify(toFileObject(doc, meta), null, 2)}\n`;
}

// Characters Windows, macOS or Linux refuse in a file name, plus control characters.
// eslint-disable-next-line no-control-regex
const ILLEGAL_IN_FILE_NAME = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;

/**
 * The report's title as the file name — `淮安市人民政府2024年政府信息公开工作年度报告.json` —
 * so the file reads like the report it holds (and an agency ending in 政府 never becomes
 * “人民政府政府”); safe to save on any system.
 */
export function exportFileName(doc: Pick<RestoredDocument, 'year' | 'agency' | 'title'>): string {
  return `${titleOf(doc).trim().replace(ILLEGAL_IN_FILE_NAME, '_')}.json`;
}
