import { cellId, readCell, type CellId } from '../cells';
import type { NarrativeQuantity } from '../definition/types';
import type { ReportDocument } from '../document';
import { NO_FINDINGS, type CheckEntry, type RawFinding } from './context';
import { narrativeClaims } from './narrativeNumbers';
import { str } from './messages';

/** The table cells a quantity sums, and the values the narrative may legitimately state. */
function tableQuantity(
  doc: ReportDocument,
  quantity: NarrativeQuantity,
): { readonly cells: readonly CellId[]; readonly accepted: readonly number[] } | null {
  const refs = quantity.rows.map((row) => ({
    table: quantity.table,
    row,
    column: quantity.column,
  }));
  const values = refs.map((r) => readCell(doc, r));
  if (values.some((v) => v === null)) return null;
  const sum = values.reduce<number>((a, v) => a + (v ?? 0), 0);
  // "共收到申请N件" is written both without and with last year's carried-over applications.
  const extras = (quantity.optionalAddends ?? []).map((row) =>
    readCell(doc, { table: quantity.table, row, column: quantity.column }),
  );
  const extra = extras.reduce<number>((a, v) => a + (v ?? 0), 0);
  const accepted =
    extras.length > 0 && extras.every((v) => v !== null) ? [sum, sum + extra] : [sum];
  return { cells: refs.map(cellId), accepted };
}

/**
 * `narrative.numberMismatch` (warning): a number that a narrative section states for a table
 * quantity differs from the table. Only filled-in table cells are compared; a blank table is
 * not a mismatch but unfinished work (table.blankCells says so).
 */
export const narrativeNumberMismatch: CheckEntry = {
  id: 'narrative.numberMismatch',
  severity: 'warning',
  appliesTo: (edition) => edition.checks['narrative.numberMismatch'] !== undefined,
  run(ctx) {
    const inputs = ctx.edition.checks['narrative.numberMismatch'];
    if (inputs === undefined) return NO_FINDINGS;
    const claims = narrativeClaims(ctx.doc.sections[inputs.section], inputs.quantities);
    if (claims.length === 0) return NO_FINDINGS;
    const findings: RawFinding[] = [];
    for (const claim of claims) {
      const table = tableQuantity(ctx.doc, claim.quantity);
      if (table === null || table.accepted.includes(claim.value)) continue;
      findings.push({
        status: 'fail',
        cells: table.cells,
        expected: table.accepted[0] ?? null,
        actual: claim.value,
        part: inputs.section,
        params: { claim: claim.text, quantity: claim.quantity.id },
      });
    }
    return findings;
  },
  describe(f, edition) {
    const inputs = edition.checks['narrative.numberMismatch'];
    const section = Object.values(edition.sections).find((s) => s.key === f.part);
    const quantity = inputs?.quantities.find((q) => q.id === str(f.params, 'quantity'));
    return `「${section?.heading ?? f.part}」写有“${str(f.params, 'claim')}”，但${quantity?.name ?? ''}为 ${String(f.expected)}`;
  },
};
