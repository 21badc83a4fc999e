import type { Finding } from './types';

/**
 * How far apart the two sides of a broken relation are, said in the unit of the table:
 * “相差1件”. Only for the tables that count applications and cases (件); elsewhere the sides
 * may be money, stored in millionths, and the message already gives both amounts.
 */
const COUNTED_IN_JIAN: ReadonlySet<Finding['part']> = new Set(['applications', 'review']);

export function findingGap(finding: Finding): number | null {
  const { actual, expected } = finding;
  if (typeof actual !== 'number' || typeof expected !== 'number') return null;
  const gap = Math.abs(actual - expected);
  return gap === 0 ? null : gap;
}

/** `相差1件`, or null when the gap cannot be stated. */
export function gapText(finding: Finding): string | null {
  if (!COUNTED_IN_JIAN.has(finding.part)) return null;
  const gap = findingGap(finding);
  return gap === null ? null : `相差${String(gap)}件`;
}
