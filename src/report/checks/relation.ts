import { readCell, type CellId } from '../cells';
import { NO_FINDINGS, type CheckContext } from './context';
import { notAssessable } from './messages';
import type { CellSpec } from './plan';
import { CHECK_SEVERITY } from './severity';
import type { CheckId, Finding } from './types';

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
 * only reads values; the message is built only when the relation does not hold.
 */
export interface Relation {
  readonly left: readonly Term[];
  readonly right: readonly Term[];
  readonly comparison: Comparison;
  /** Cells of this year's report, left side first (cells of last year's report are not listed). */
  readonly cells: readonly CellId[];
  readonly part: Finding['part'];
  readonly describe: (actual: number, expected: number) => string;
}

export function relation(spec: Omit<Relation, 'cells'>): Relation {
  const cells = [...spec.left, ...spec.right]
    .filter((t) => t.source === 'doc')
    .map((t) => t.cell.id);
  return { ...spec, cells };
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

function hasBlank(terms: readonly Term[], ctx: CheckContext): boolean {
  for (const t of terms) if (valueOf(t, ctx) === null) return true;
  return false;
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
 * `fail`. `actual` is the left side, `expected` the right side.
 */
export function evaluateRelations(
  check: CheckId,
  relations: readonly Relation[],
  ctx: CheckContext,
): readonly Finding[] {
  let findings: Finding[] | null = null;
  for (const r of relations) {
    const actual = sideSum(r.left, ctx);
    const expected = sideSum(r.right, ctx);
    if (!Number.isFinite(actual) || !Number.isFinite(expected)) continue;
    if (holds(r.comparison, actual, expected)) continue;
    const blank = hasBlank(r.left, ctx) || hasBlank(r.right, ctx);
    const message = r.describe(actual, expected);
    findings ??= [];
    findings.push({
      check,
      severity: CHECK_SEVERITY[check],
      status: blank ? 'not-assessable' : 'fail',
      cells: r.cells,
      expected,
      actual,
      message: blank ? notAssessable(message) : message,
      part: r.part,
    });
  }
  return findings ?? NO_FINDINGS;
}
