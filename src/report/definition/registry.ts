import { EDITION_2019 } from './editions/2019';
import { EDITION_2021 } from './editions/2021';
import type { EditionDefinition } from './types';

/**
 * The registry of national editions. The built-in editions are listed here explicitly (no
 * module registers itself on import); `Format` is derived from this list, so a new edition is
 * one module under editions/ and one entry below.
 */
const BUILT_IN = {
  [EDITION_2019.format]: EDITION_2019,
  [EDITION_2021.format]: EDITION_2021,
};

/** The national editions of the report layout (the `format` key of the file). */
export type Format = keyof typeof BUILT_IN;

const byFormat: Record<string, EditionDefinition> & Record<Format, EditionDefinition> = {
  ...BUILT_IN,
};
const formats: Format[] = [];

/** Whether a value names a registered edition. */
export function isFormat(value: unknown): value is Format {
  return typeof value === 'string' && Object.hasOwn(byFormat, value);
}

/** Every registered edition by format; treat as immutable. */
export const EDITIONS: Readonly<Record<Format, EditionDefinition>> = byFormat;

/** The registered formats in order of their years. */
export const FORMATS: readonly Format[] = formats;

function add(definition: EditionDefinition): Format {
  const format = definition.format;
  if (formats.some((f) => f === format)) throw new Error(`Edition ${format} is already registered`);
  byFormat[format] = definition;
  if (!isFormat(format)) throw new Error(`Edition ${format} could not be registered`);
  formats.push(format);
  formats.sort((a, b) => byFormat[a].years.from - byFormat[b].years.from);
  return format;
}

for (const edition of Object.values(BUILT_IN)) add(edition);

/**
 * Registers a further edition, e.g. one that tests define to prove that nothing outside the
 * definition knows the editions. From then on its id is a `Format` like the built-in ones.
 */
export function registerEdition(definition: EditionDefinition): Format {
  return add(definition);
}

/** The newest registered edition: the fallback where a file does not say which it uses. */
export function newestFormat(): Format {
  const newest = formats[formats.length - 1];
  if (newest === undefined) throw new Error('No edition is registered');
  return newest;
}

/** The format of a registered edition's definition (its id, typed). */
export function formatOf(definition: EditionDefinition): Format {
  const format = formats.find((f) => byFormat[f] === definition);
  if (format === undefined) throw new Error(`Edition ${definition.format} is not registered`);
  return format;
}

export function definitionOf(format: Format): EditionDefinition {
  return byFormat[format];
}

/**
 * The edition a new report for `year` uses by default: the one whose declared years include it
 * (the newest such), else the earliest edition for years before all of them.
 */
export function defaultFormatForYear(year: number): Format {
  let chosen: Format | undefined;
  for (const format of formats) {
    const { from, to } = definitionOf(format).years;
    if (year >= from && (to === undefined || year <= to)) chosen = format;
  }
  const first = formats[0];
  if (chosen !== undefined) return chosen;
  if (first === undefined) throw new Error('No edition is registered');
  const latest = formats[formats.length - 1] ?? first;
  return year < definitionOf(first).years.from ? first : latest;
}
