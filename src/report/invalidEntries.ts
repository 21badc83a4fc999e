import { cellId, type CellId } from './cells';
import type { CellRef } from './definition/types';
import type { ReportDocument } from './document';

/**
 * Text typed into a cell that is not a valid value (“abc”, “-3” in a count …) is kept with the
 * report under this top-level key, `{ "applications.received.naturalPerson": "abc" }`, while the
 * cell itself stays blank. So it is never dropped silently: it survives moving to another part,
 * a reload and an export (the contract keeps unknown top-level keys), and `cell.invalid` reports
 * it until it is fixed or undone. Writing any value into the cell removes it.
 */
export const INVALID_ENTRIES_KEY = 'invalidEntries';

type Entries = Readonly<Record<string, unknown>>;

const NONE: Entries = Object.freeze({});

/** The entries of a document, read defensively (the key may come from any file). */
function entriesOf(doc: ReportDocument): Entries {
  const raw = doc.extra[INVALID_ENTRIES_KEY];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return NONE;
  return raw as Entries; // an object; each value is checked where it is read
}

/** The invalid text kept for one cell, or `null`. */
export function invalidEntry(doc: ReportDocument, id: CellId): string | null {
  const entries = entriesOf(doc);
  if (!Object.hasOwn(entries, id)) return null;
  const text = entries[id];
  return typeof text === 'string' ? text : null;
}

/** Every kept entry with text, in the order stored. */
export function invalidEntries(doc: ReportDocument): readonly (readonly [CellId, string])[] {
  return Object.entries(entriesOf(doc)).filter(
    (e): e is [CellId, string] => typeof e[1] === 'string',
  );
}

/**
 * Keeps `text` as the invalid entry of a cell, or removes it (`null`). The cell's value is not
 * touched here (see edit.ts, which blanks it and removes the entry when a value is written).
 */
export function withInvalidEntry<D extends ReportDocument>(
  doc: D,
  ref: CellRef,
  text: string | null,
): D {
  const id = cellId(ref);
  const current = entriesOf(doc);
  const has = Object.hasOwn(current, id);
  if (text === null && !has) return doc;
  if (text !== null && current[id] === text) return doc;
  const next: Record<string, string> = {};
  for (const [key, value] of Object.entries(current))
    if (key !== id && typeof value === 'string') next[key] = value;
  if (text !== null) next[id] = text;
  const others = Object.entries(doc.extra).filter(([key]) => key !== INVALID_ENTRIES_KEY);
  const kept: [string, unknown][] =
    Object.keys(next).length === 0 ? [] : [[INVALID_ENTRIES_KEY, next]];
  // fromEntries defines plain data properties (an imported `__proto__` key stays data).
  return { ...doc, extra: Object.fromEntries([...others, ...kept]) };
}
