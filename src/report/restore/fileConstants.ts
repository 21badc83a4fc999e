/** The report file's envelope (report-json.md §1); fileShape.ts holds the schema itself. */
export const FILE_TYPE = 'nianbao/annual-report';
export const CURRENT_FILE_VERSION = 1;

/** The top-level keys the contract defines, in the order a file is written. Any other key is kept as is. */
export const FILE_KEYS: readonly string[] = [
  'type',
  'version',
  'format',
  'agency',
  'agencyLevel',
  'year',
  'title',
  'preface',
  'sections',
  'tables',
  'acknowledged',
  'publicationDate',
  'exportedAt',
  'generator',
];
