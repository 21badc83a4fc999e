import type { SectionKey, TableId } from './types';

/**
 * The public face of the definition: the registry of editions (one module per edition under
 * editions/) and the ids every edition shares.
 */
export { PREFACE_NAME } from './common';
export {
  defaultFormatForYear,
  definitionOf,
  EDITIONS,
  FORMATS,
  formatOf,
  isFormat,
  newestFormat,
  registerEdition,
} from './registry';

/** Table ids in printed order. */
export const TABLE_IDS: readonly TableId[] = [
  'proactive',
  'applications',
  'review',
  'disclosureStats',
];
export const SECTION_KEYS: readonly SectionKey[] = ['overview', 'problems', 'other'];
