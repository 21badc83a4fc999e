import { cellId, readCell, type CellId } from '../cells';
import { definitionOf } from '../definition/editions';
import type { CellRef, NarrativeQuantity } from '../definition/types';
import type { CellValue, ReportDocument } from '../document';
import { sumTerms } from '../totals';
import { NO_FINDINGS, type CheckEntry, type RawFinding } from './context';
import { narrativeClaims } from './narrativeNumbers';
import { sideValue, str, withStatus } from './messages';

/**
 * A total as stored; when it is blank (a published table often leaves the 总计 column empty),
 * the sum of the cells its formula reads, blank only when they all are.
 */
function totalOf(doc: ReportDocument, ref: CellRef): CellValue {
  const stored = readCell(doc, ref);
  if (stored !== null) return stored;
  const formula = definitionOf(doc.format).tables[ref.table].formulas.find(
    (f) => f.target.row === ref.row && f.target.column === ref.column,
  );
  return formula === undefined ? null : sumTerms(formula.terms.map((t) => readCell(doc, t)));
}

/**
 * The table cells a quantity sums, the values the narrative may legitimately state (blanks as
 * 0, the contract's rule), and how much of it is blank.
 */
function tableQuantity(
  doc: ReportDocument,
  quantity: NarrativeQuantity,
): {
  readonly cells: readonly CellId[];
  readonly accepted: readonly number[];
  readonly blank: 'none' | 'some' | 'all';
} {
  const refs = quantity.rows.map((row) => ({
    table: quantity.table,
    row,
    column: quantity.column,
  }));
  const values = refs.map((r) => totalOf(doc, r));
  const sum = values.reduce<number>((a, v) => a + (v ?? 0), 0);
  const blanks = values.filter((v) => v === null).length;
  // "共收到申请N件" is written both without and with last year's carried-over applications.
  const extra = (quantity.optionalAddends ?? [])
    .map((row) => readCell(doc, { table: quantity.table, row, column: quantity.column }))
    .reduce<number>((a, v) => a + (v ?? 0), 0);
  return {
    cells: refs.map(cellId),
    accepted: extra === 0 ? [sum] : [sum, sum + extra],
    blank: blanks === 0 ? 'none' : blanks === values.length ? 'all' : 'some',
  };
}

/**
 * `narrative.numberMismatch` (warning): a number that a narrative section states for a table
 * quantity differs from the table. Blank cells count as 0 (the contract's rule): a claim that
 * then agrees passes; one that does not is 待填写 (not assessable) while a cell it reads is blank.
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
      if (table.accepted.includes(claim.value)) continue;
      findings.push({
        status: table.blank === 'none' ? 'fail' : 'not-assessable',
        cells: table.cells,
        expected: table.accepted[0] ?? null,
        actual: claim.value,
        part: inputs.section,
        params: { claim: claim.text, quantity: claim.quantity.id, rightBlank: table.blank },
      });
    }
    return findings;
  },
  describe(f, edition) {
    const inputs = edition.checks['narrative.numberMismatch'];
    const section = Object.values(edition.sections).find((s) => s.key === f.part);
    const quantity = inputs?.quantities.find((q) => q.id === str(f.params, 'quantity'));
    const value = sideValue(f.expected, f.params.rightBlank);
    const shown = f.params.rightBlank === 'all' ? value : `为 ${value}`;
    return withStatus(
      f,
      `「${section?.heading ?? f.part}」写有“${str(f.params, 'claim')}”，但${quantity?.name ?? ''}${shown}`,
    );
  },
};
