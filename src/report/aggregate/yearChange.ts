import { KEY_FIGURE_ROLES, type KeyFigureRole } from '../definition/keyFigures';
import { agencyKey, type UnitSummary } from './unitSummary';

/** Change of each key figure against the same unit's previous year: (this − last) / last. */
export type YearChange = Readonly<Record<KeyFigureRole, number | null>>;

/** A change of more than half either way is worth a look (the 同比变化超过50% filter). */
export const NOTABLE_CHANGE = 0.5;

function ratio(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null) return null;
  if (previous === 0) return current === 0 ? 0 : null;
  return (current - previous) / previous;
}

/**
 * For each unit whose previous year's report is among the units, the change of every key
 * figure (null when either side is blank, or last year's figure was 0 and this year's is not).
 * `units` should hold one unit per agency and year (the winners of duplicates).
 */
export function yearChanges(units: readonly UnitSummary[]): Map<UnitSummary, YearChange> {
  const byKey = new Map(units.map((u) => [`${agencyKey(u.agency)}|${String(u.year)}`, u]));
  const out = new Map<UnitSummary, YearChange>();
  for (const u of units) {
    const prev = byKey.get(`${agencyKey(u.agency)}|${String(u.year - 1)}`);
    if (prev === undefined) continue;
    const change = {} as Record<KeyFigureRole, number | null>;
    for (const role of KEY_FIGURE_ROLES)
      change[role] = ratio(u.keyFigures[role], prev.keyFigures[role]);
    out.set(u, change);
  }
  return out;
}

export function hasNotableChange(change: YearChange | undefined): boolean {
  if (change === undefined) return false;
  return KEY_FIGURE_ROLES.some((r) => {
    const v = change[r];
    return v !== null && Math.abs(v) > NOTABLE_CHANGE;
  });
}
