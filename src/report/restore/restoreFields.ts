import { SECTION_KEYS } from '../definition/editions';
import type { SectionKey } from '../definition/types';
import type { Acknowledgement, AgencyLevel } from '../document';
import {
  acknowledgementSchema,
  agencyLevelSchema,
  publicationDateSchema,
  FILE_KEYS,
} from './fileShape';
import { makeProblem, type Problem } from './problems';
import { describeRaw } from './restoreCell';
import {
  defineOwn,
  isFullyReadable,
  isSafeArray,
  isSafeObject,
  own,
  type SafeObject,
  type SafeValue,
} from './safeCopy';

/**
 * The optional and narrative fields of a file. Each reader isolates its own field: a bad
 * value is dropped (or blanked) with a warning and the rest of the report is kept.
 */

const invalid = (path: Problem['path'], params: Problem['params'] = {}): Problem =>
  makeProblem('field.invalid', 'warning', path, params);

export function readAgencyLevel(
  raw: SafeValue | undefined,
  problems: Problem[],
): AgencyLevel | null {
  if (raw === undefined || raw === null) return null;
  const parsed = agencyLevelSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  problems.push(
    makeProblem('agencyLevel.unknown', 'warning', ['agencyLevel'], { value: describeRaw(raw) }),
  );
  return null;
}

/** `title`: null means "derived from agency and year". */
export function readTitle(raw: SafeValue | undefined, problems: Problem[]): string | null {
  if (raw === undefined || raw === null) return null;
  if (typeof raw === 'string') return raw;
  problems.push(invalid(['title'], { raw: describeRaw(raw) }));
  return null;
}

export function readPreface(raw: SafeValue | undefined, problems: Problem[]): string {
  if (raw === undefined || raw === null) return '';
  if (typeof raw === 'string') return raw;
  problems.push(invalid(['preface'], { raw: describeRaw(raw) }));
  return '';
}

export function readPublicationDate(
  raw: SafeValue | undefined,
  problems: Problem[],
): string | null {
  if (raw === undefined || raw === null) return null;
  const parsed = publicationDateSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  problems.push(invalid(['publicationDate'], { raw: describeRaw(raw) }));
  return null;
}

/** `sections` is required with all three keys; a missing or unusable text becomes ''. */
export function readSections(
  raw: SafeValue | undefined,
  problems: Problem[],
): Record<SectionKey, string> {
  const sections: Record<SectionKey, string> = { overview: '', problems: '', other: '' };
  if (raw === undefined || raw === null) {
    problems.push(makeProblem('field.missing', 'warning', ['sections']));
    return sections;
  }
  if (!isSafeObject(raw)) {
    problems.push(invalid(['sections'], { raw: describeRaw(raw) }));
    return sections;
  }
  for (const key of SECTION_KEYS) {
    const text = own(raw, key);
    if (typeof text === 'string') sections[key] = text;
    else if (text === undefined || text === null)
      problems.push(makeProblem('field.missing', 'warning', ['sections', key]));
    else problems.push(invalid(['sections', key], { raw: describeRaw(text) }));
  }
  for (const key of Object.keys(raw)) {
    if (!(SECTION_KEYS as readonly string[]).includes(key)) {
      problems.push(makeProblem('field.unknown', 'warning', ['sections', key]));
    }
  }
  return sections;
}

export function readAcknowledged(
  raw: SafeValue | undefined,
  problems: Problem[],
): Acknowledgement[] {
  if (raw === undefined || raw === null) return [];
  if (!isSafeArray(raw)) {
    problems.push(invalid(['acknowledged'], { raw: describeRaw(raw) }));
    return [];
  }
  const items: Acknowledgement[] = [];
  raw.forEach((item, index) => {
    const parsed = acknowledgementSchema.safeParse(item);
    if (!parsed.success) {
      problems.push(
        makeProblem('acknowledged.invalid', 'warning', ['acknowledged', index], { index }),
      );
      return;
    }
    const { check, cell, note } = parsed.data;
    items.push(cell === undefined ? { check, note } : { check, cell, note });
  });
  return items;
}

/** Keys of the file that restore reads, or that belong to the envelope and are rewritten on export. */
const KNOWN_KEYS = FILE_KEYS;

/**
 * Unknown top-level keys, kept for export (forward compatibility). Keys are defined, not
 * assigned, so a key named `__proto__` stays data and changes no prototype.
 */
export function readExtra(file: SafeObject, problems: Problem[]): Record<string, unknown> {
  const extra: Record<string, unknown> = {};
  for (const key of Object.keys(file)) {
    if (KNOWN_KEYS.includes(key)) continue;
    const value = own(file, key);
    if (value === undefined) continue;
    if (isFullyReadable(value)) defineOwn(extra, key, value);
    else problems.push(invalid([key]));
  }
  return extra;
}
