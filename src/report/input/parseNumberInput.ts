import type { CellKind } from '../definition/types';
import type { CellValue } from '../document';
import { formatMoney, parseMoney } from '../money';

/** Why typed or pasted text could not become a cell value. */
export type CellInputError =
  'notNumber' | 'negative' | 'notInteger' | 'tooLarge' | 'tooManyDecimals';

export type CellInputResult =
  | { readonly ok: true; readonly value: CellValue; readonly normalised: boolean }
  | { readonly ok: false; readonly reason: CellInputError };

/**
 * Marks that published reports and officers use for "nothing to report": the cell is blank
 * (not zero). `_` is how some reports (深圳龙华 2020) print an empty cell.
 */
const BLANK_MARK = /^(?:[-—–_]{1,3}|\/|无)$/u;

/** Units that may trail a count (件, 条, 次 …); a money cell only takes its own unit 万元. */
const COUNT_UNIT = /(?:件|条|次|篇|个|项)$/u;
const MONEY_UNIT = /万元$/u;

const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;
const INTEGER_TEXT = /^([+-]?)(\d*)(?:\.(\d*))?$/;

/**
 * Full-width ASCII (０-９, ＋, －, ．, ，) as typed with a Chinese input method, and the minus
 * signs that word processors substitute, become their ASCII forms.
 */
function toAscii(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/gu, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\u2212\uFE63]/gu, '-');
}

function withoutUnit(text: string, kind: CellKind): string {
  const unit = kind === 'money' ? MONEY_UNIT : COUNT_UNIT;
  return text.replace(unit, '').trim();
}

function withoutGrouping(text: string): string | null {
  if (!text.includes(',')) return text;
  return GROUPED.test(text) ? text.replaceAll(',', '') : null;
}

function parseInteger(text: string, kind: 'count' | 'signed'): CellInputResult {
  const m = INTEGER_TEXT.exec(text);
  const whole = m?.[2] ?? '';
  const fraction = m?.[3] ?? '';
  if (m === null || (whole === '' && fraction === '')) return { ok: false, reason: 'notNumber' };
  const negative = m[1] === '-';
  const magnitude = Number(whole === '' ? '0' : whole);
  if (negative && kind === 'count' && (magnitude !== 0 || /[1-9]/.test(fraction))) {
    return { ok: false, reason: 'negative' };
  }
  if (/[1-9]/.test(fraction)) return { ok: false, reason: 'notInteger' };
  if (!Number.isSafeInteger(magnitude)) return { ok: false, reason: 'tooLarge' };
  // `+ 0` turns -0 into 0: "-0" is zero, not a negative blank.
  return { ok: true, value: (negative ? -magnitude : magnitude) + 0, normalised: false };
}

function parseMoneyText(text: string): CellInputResult {
  const parsed = parseMoney(text);
  if (parsed.ok) return { ok: true, value: parsed.micro, normalised: false };
  return { ok: false, reason: parsed.reason === 'format' ? 'notNumber' : parsed.reason };
}

function canonical(value: CellValue, kind: CellKind): string {
  if (value === null) return '';
  return kind === 'money' ? formatMoney(value) : String(value);
}

/**
 * Whether text is a "nothing to report" mark (“-”, “—”, “/”, “无”, “_” …) rather than a number
 * or a blank: published tables use them for zero or for "not applicable", so a paste preview
 * lists them and lets the user choose 0 or blank. (parseCellInput reads them as blank.)
 */
export function isNoneMark(raw: string): boolean {
  return BLANK_MARK.test(toAscii(raw.trim()));
}

/**
 * Reads what a user typed or pasted into a cell, or a string found in an imported file.
 * `value` is an integer, or integer millionths of 万元 for money, or null for blank.
 * `normalised` says the text was not already in canonical form (so the UI can show what it
 * understood, and restore can report a notice).
 */
export function parseCellInput(raw: string, kind: CellKind): CellInputResult {
  // String.prototype.trim covers U+3000 (ideographic space), NBSP and BOM.
  const ascii = toAscii(raw.trim());
  if (ascii === '' || BLANK_MARK.test(ascii)) {
    return { ok: true, value: null, normalised: raw !== '' };
  }
  const plain = withoutGrouping(withoutUnit(ascii, kind));
  if (plain === null) return { ok: false, reason: 'notNumber' };
  const result = kind === 'money' ? parseMoneyText(plain) : parseInteger(plain, kind);
  if (!result.ok) return result;
  return { ...result, normalised: raw !== canonical(result.value, kind) };
}
