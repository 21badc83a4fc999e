import { describe, expect, it } from 'vitest';
import { formatMoney, moneyFromNumber, moneyToNumber, parseMoney } from './money';

describe('money in millionths of 万元', () => {
  it('keeps a real report amount exact', () => {
    expect(parseMoney('5949.088667')).toEqual({ ok: true, micro: 5949088667 });
    expect(moneyFromNumber(5949.088667)).toEqual({ ok: true, micro: 5949088667 });
    expect(formatMoney(5949088667)).toBe('5949.088667');
    expect(moneyToNumber(5949088667)).toBe(5949.088667);
  });

  it('round-trips values that binary floating point cannot hold', () => {
    for (const text of ['0.1', '0.2', '0.3', '1.005', '123456.000001', '0.000001', '7']) {
      const parsed = parseMoney(text);
      expect(parsed.ok).toBe(true);
      if (parsed.ok) expect(formatMoney(parsed.micro)).toBe(text);
    }
  });

  it('drops trailing zeros when formatting and accepts them when parsing', () => {
    expect(parseMoney('12.500000')).toEqual({ ok: true, micro: 12500000 });
    expect(formatMoney(12500000)).toBe('12.5');
    expect(formatMoney(0)).toBe('0');
  });

  it('refuses more than six decimals, negatives, garbage and overflow', () => {
    expect(parseMoney('1.0000001')).toEqual({ ok: false, reason: 'tooManyDecimals' });
    expect(moneyFromNumber(1e-7)).toEqual({ ok: false, reason: 'tooManyDecimals' });
    expect(parseMoney('-3')).toEqual({ ok: false, reason: 'negative' });
    expect(parseMoney('abc')).toEqual({ ok: false, reason: 'format' });
    expect(parseMoney('99999999999')).toEqual({ ok: false, reason: 'tooLarge' });
    expect(moneyFromNumber(1e300)).toEqual({ ok: false, reason: 'tooLarge' });
    expect(moneyFromNumber(Number.NaN)).toEqual({ ok: false, reason: 'format' });
  });
});
