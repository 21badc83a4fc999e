/**
 * Money (万元) is exact: kept as an integer number of millionths of the unit, so that
 * 5949.088667 万元 is 5949088667 and never suffers binary rounding. Converted only at the
 * edges (file, input, print).
 */
export const MONEY_DECIMALS = 6;
const SCALE = 10 ** MONEY_DECIMALS;

export type MoneyParse =
  | { readonly ok: true; readonly micro: number }
  | { readonly ok: false; readonly reason: 'format' | 'tooManyDecimals' | 'tooLarge' | 'negative' };

const DECIMAL = /^([+-]?)(\d+)(?:\.(\d*))?$|^([+-]?)\.(\d+)$/;

/** Parses a plain decimal string (ASCII digits, optional sign and point) into millionths. */
export function parseMoney(text: string): MoneyParse {
  const m = DECIMAL.exec(text.trim());
  if (m === null) return { ok: false, reason: 'format' };
  const sign = m[1] ?? m[4] ?? '';
  const whole = m[2] ?? '0';
  const fraction = (m[3] ?? m[5] ?? '').replace(/0+$/, '');
  if (fraction.length > MONEY_DECIMALS) return { ok: false, reason: 'tooManyDecimals' };
  const micro = Number(whole) * SCALE + Number(fraction.padEnd(MONEY_DECIMALS, '0'));
  if (!Number.isSafeInteger(micro) || !Number.isSafeInteger(Number(whole))) {
    return { ok: false, reason: 'tooLarge' };
  }
  if (sign === '-' && micro !== 0) return { ok: false, reason: 'negative' };
  return { ok: true, micro };
}

/** Converts a JSON number (e.g. 5949.088667) into millionths without binary rounding error. */
export function moneyFromNumber(value: number): MoneyParse {
  if (!Number.isFinite(value)) return { ok: false, reason: 'format' };
  const text = String(value);
  if (/e/i.test(text)) {
    // Exponent form: tiny fractions (1e-7) have too many decimals; huge numbers are too large.
    return Math.abs(value) < 1
      ? { ok: false, reason: 'tooManyDecimals' }
      : { ok: false, reason: 'tooLarge' };
  }
  return parseMoney(text);
}

/** Millionths → plain decimal string without trailing zeros: 5949088667 → "5949.088667". */
export function formatMoney(micro: number): string {
  const negative = micro < 0;
  const abs = Math.abs(micro);
  const whole = Math.floor(abs / SCALE);
  const fraction = String(abs % SCALE)
    .padStart(MONEY_DECIMALS, '0')
    .replace(/0+$/, '');
  return `${negative ? '-' : ''}${String(whole)}${fraction === '' ? '' : `.${fraction}`}`;
}

/** Millionths → the JSON number written to the file. */
export function moneyToNumber(micro: number): number {
  return Number(formatMoney(micro));
}
