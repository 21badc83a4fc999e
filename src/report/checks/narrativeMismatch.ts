import { definitionOf } from '../definition/editions';
import { NO_FINDINGS, type CheckContext } from './context';
import * as text from './messages';
import { narrativeClaims, tableQuantity } from './narrativeNumbers';
import { CHECK_SEVERITY } from './severity';
import type { Finding } from './types';

/**
 * `narrative.numberMismatch` (warning): a number that 一、总体情况 states for a table quantity
 * differs from the table. Only filled-in table cells are compared; a blank table is not a
 * mismatch but unfinished work (table.blankCells says so).
 */
export function narrativeNumberMismatch(ctx: CheckContext): readonly Finding[] {
  const claims = narrativeClaims(ctx.doc.sections.overview);
  if (claims.length === 0) return NO_FINDINGS;
  const heading = definitionOf(ctx.doc.format).sections.overview.heading;
  const findings: Finding[] = [];
  for (const claim of claims) {
    const table = tableQuantity(ctx.doc, claim.quantity);
    if (table === null || table.accepted.includes(claim.value)) continue;
    const expected = table.accepted[0] ?? null;
    findings.push({
      check: 'narrative.numberMismatch',
      severity: CHECK_SEVERITY['narrative.numberMismatch'],
      status: 'fail',
      cells: table.cells,
      expected,
      actual: claim.value,
      message: text.narrativeMismatch(heading, claim.text, claim.quantity, expected),
      part: 'overview',
    });
  }
  return findings;
}
