import type { CellKind } from '../definition/types';
import { formatMoney } from '../money';

/**
 * How the comparison writes its numbers, in one place for the editor's view and the hints:
 * money in 万元 without trailing zeros, a change with its sign, a percentage rounded to a
 * whole number (a change under 1 % but not zero says so rather than “0%”).
 */

export function formatAmount(value: number, kind: CellKind): string {
  return kind === 'money' ? formatMoney(value) : String(value);
}

/** `+190`, `-60`, `0`. */
export function formatDelta(delta: number, kind: CellKind): string {
  const sign = delta > 0 ? '+' : delta < 0 ? '-' : '';
  return sign + formatAmount(Math.abs(delta), kind);
}

/** A percentage without its sign: `158%`, `<1%`. */
export function formatPercentSize(percent: number): string {
  const size = Math.abs(percent);
  if (size > 0 && size < 0.5) return '<1%';
  return `${String(Math.round(size))}%`;
}

/** `+158%`, `-60%`, `0%`. */
export function formatPercent(percent: number): string {
  const sign = percent > 0 ? '+' : percent < 0 ? '-' : '';
  return sign + formatPercentSize(percent);
}
