import { COUNT_UNITS, MONEY_UNITS, NONE_MARKS } from '../../report/definition/importVocabulary';
import { SPACE } from './normalize';

/**
 * What a table cell's text means as a value: a number (with the unit printed after it, if
 * any), a "none" mark (—, /, 无 …), or blank. Text that is none of these is not a value.
 */
export type CellReading =
  | {
      readonly kind: 'number';
      /** The digits as printed, normalised (`1,816件` → `1816`), kept as text for exact money. */
      readonly digits: string;
      readonly unit: string | null;
    }
  | { readonly kind: 'none' }
  | { readonly kind: 'blank' };

const NONE_KEYS: ReadonlySet<string> = new Set(NONE_MARKS.map((m) => m.normalize('NFKC')));
const UNITS = [...MONEY_UNITS.map((m) => m.unit), ...COUNT_UNITS].sort(
  (a, b) => b.length - a.length,
);
const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

export function readCell(text: string): CellReading | null {
  const folded = text.normalize('NFKC');
  // Digits apart by a space are several numbers (`0 0 0` copied from a PDF), never one.
  if (/\d[\s\u00a0\u3000\u200b]+[\d+-]/.test(folded.trim())) return null;
  const compact = folded.replace(SPACE, '');
  if (compact === '') return { kind: 'blank' };
  if (NONE_KEYS.has(compact) || /^[-—–―_]+$/.test(compact)) return { kind: 'none' };
  // 本年增/减 written in words: `减3` is −3, `增加2` is +2.
  const change = /^(增加?|减少?)(\d+)$/.exec(compact);
  if (change !== null) {
    const sign = change[1]?.startsWith('减') === true ? '-' : '';
    return { kind: 'number', digits: `${sign}${change[2] ?? ''}`, unit: null };
  }
  const unit = UNITS.find((u) => compact.endsWith(u) && compact.length > u.length) ?? null;
  const number = unit === null ? compact : compact.slice(0, -unit.length);
  if (!NUMBER.test(number)) return null;
  return { kind: 'number', digits: number.replace(/,/g, '').replace(/^\+/, ''), unit };
}

/**
 * Moves the decimal point of a decimal string (`251000`, -4 → `25.1`) without floating-point
 * error, so 元 become 万元 exactly.
 */
export function shiftDecimal(digits: string, shift: number): string {
  const negative = digits.startsWith('-');
  const unsigned = negative ? digits.slice(1) : digits;
  const [whole = '0', fraction = ''] = unsigned.split('.');
  const all = whole + fraction;
  const point = whole.length + shift;
  const padded = point <= 0 ? '0'.repeat(1 - point) + all : all.padEnd(point, '0');
  const at = Math.max(point, 1);
  const intPart = padded.slice(0, at).replace(/^0+(?=\d)/, '');
  const fracPart = padded.slice(at).replace(/0+$/, '');
  return `${negative ? '-' : ''}${intPart}${fracPart === '' ? '' : `.${fracPart}`}`;
}
