import { readCell, type CellId } from '../cells';
import { NO_FINDINGS, type CheckContext, type MessageParams, type RawFinding } from './context';
import { leafInputs, type CellSpec } from './plan';
import { holdsValuesOutsideEdition } from './values';
import type { Finding } from './types';

/** One summand of a side: a cell of this year's report or of last year's, added or subtracted. */
export interface Term {
  readonly cell: CellSpec;
  readonly sign: 1 | -1;
  readonly source: 'doc' | 'previous';
}

export function term(cell: CellSpec, sign: 1 | -1 = 1, source: Term['source'] = 'doc'): Term {
  return { cell, sign, source };
}

/** left = right, left ≤ right, or left ≥ right. */
export type Comparison = 'equal' | 'atMost' | 'atLeast';

/**
 * A relation between two sums of cells, prepared once per edition. Evaluating it on a document
 * only reads values; what the message needs is carried as params (ids), never as wording.
 */
export interface Relation {
  readonly left: readonly Term[];
  readonly right: readonly Term[];
  readonly comparison: Comparison;
  /** Cells of this year's report, left side first (cells of last year's report are not listed). */
  readonly cells: readonly CellId[];
  readonly part: Finding['part'];
  readonly params: MessageParams;
}

export function relation(
  spec: Omit<Relation, 'cells' | 'params'> & { params?: MessageParams },
): Relation {
  const cells = [...spec.left, ...spec.right]
    .filter((t) => t.source === 'doc')
    .map((t) => t.cell.id);
  return { ...spec, cells, params: spec.params ?? {} };
}

/**
 * The stored value of a term: this year's from the snapshot; last year's read directly (a few
 * cells, and last year's report may be of the other edition, with other indexes).
 * `undefined` when there is no last year's report.
 */
function valueOf(t: Term, ctx: CheckContext): unknown {
  if (t.source === 'doc') return ctx.values[t.cell.index];
  return ctx.previous === null ? undefined : readCell(ctx.previous, t.cell);
}

/**
 * Sum of a side with blanks as 0 (the contract's rule). NaN when a value is not a number or the
 * source report is missing: such a relation cannot be evaluated, and `cell.invalid` already
 * reports the bad value.
 */
function sideSum(terms: readonly Term[], ctx: CheckContext): number {
  let sum = 0;
  for (const t of terms) {
    const value = valueOf(t, ctx);
    if (value === null) continue;
    if (typeof value !== 'number') return Number.NaN;
    sum += t.sign * value;
  }
  return sum;
}

/**
 * Whether a term is blank: its own value; or, for a total of this year's report whose table
 * still holds values outside the edition (kept by an edition switch), any input the total is
 * computed from — the kept values belong in those blank rows, so the sum is not yet the user's.
 */
function isBlank(t: Term, ctx: CheckContext): boolean {
  if (valueOf(t, ctx) === null) return true;
  if (t.source !== 'doc' || !t.cell.computed) return false;
  if (!holdsValuesOutsideEdition(ctx.doc, t.cell.table)) return false;
  const inputs = leafInputs(ctx.doc.format).get(t.cell.index) ?? [];
  return inputs.some((i) => ctx.values[i] === null);
}

/** How much of a side is blank, for the wording of a not-assessable finding. */
export type SideBlank = 'none' | 'some' | 'all';

function sideBlank(terms: readonly Term[], ctx: CheckContext): SideBlank {
  let blank = 0;
  for (const t of terms) if (isBlank(t, ctx)) blank += 1;
  return blank === 0 ? 'none' : blank === terms.length ? 'all' : 'some';
}

function holds(comparison: Comparison, actual: number, expected: number): boolean {
  switch (comparison) {
    case 'equal':
      return actual === expected;
    case 'atMost':
      return actual <= expected;
    case 'atLeast':
      return actual >= expected;
  }
}

/**
 * Evaluates relations with the contract's blank rule: blanks count as 0; a relation that then
 * holds passes; one that does not is `not-assessable` when a blank is among its inputs, else
 * `fail`. `actual` is the left side, `expected` the right side. Params say how much of each
 * side is blank (`leftBlank`, `rightBlank`), so the message says 未填写 instead of showing 0.
 */
export function evaluateRelations(
  relations: readonly Relation[],
  ctx: CheckContext,
): readonly RawFinding[] {
  let findings: RawFinding[] | null = null;
  for (const r of relations) {
    const actual = sideSum(r.left, ctx);
    const expected = sideSum(r.right, ctx);
    if (!Number.isFinite(actual) || !Number.isFinite(expected)) continue;
    if (holds(r.comparison, actual, expected)) continue;
    const leftBlank = sideBlank(r.left, ctx);
    const rightBlank = sideBlank(r.right, ctx);
    findings ??= [];
    findings.push({
      status: leftBlank === 'none' && rightBlank === 'none' ? 'fail' : 'not-assessable',
      cells: r.cells,
      expected,
      actual,
      part: r.part,
      params: { ...r.params, leftBlank, rightBlank },
    });
  }
  return findings ?? NO_FINDINGS;
}
