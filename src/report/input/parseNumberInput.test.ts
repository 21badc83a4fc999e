import { describe, expect, it } from 'vitest';
import type { CellKind } from '../definition/types';
import { isNoneMark, parseCellInput } from './parseNumberInput';

const ok = (value: number | null, normalised: boolean) => ({ ok: true, value, normalised });
const fail = (reason: string) => ({ ok: false, reason });

describe('parseCellInput: counts', () => {
  it.each<[string, ReturnType<typeof ok>]>([
    ['123', ok(123, false)],
    ['0', ok(0, false)],
    ['１２３', ok(123, true)],
    ['  42 ', ok(42, true)],
    ['\u3000７\u3000', ok(7, true)],
    ['\u00a05\u00a0', ok(5, true)],
    ['1,234', ok(1234, true)],
    ['1，234', ok(1234, true)],
    ['１，２３４，５６７', ok(1234567, true)],
    ['12件', ok(12, true)],
    ['12 条', ok(12, true)],
    ['3次', ok(3, true)],
    ['49篇', ok(49, true)],
    ['2个', ok(2, true)],
    ['5项', ok(5, true)],
    ['12.0', ok(12, true)],
    ['12.', ok(12, true)],
    ['007', ok(7, true)],
    ['+5', ok(5, true)],
    ['-0', ok(0, true)],
    ['9007199254740991', ok(Number.MAX_SAFE_INTEGER, false)],
  ])('reads %j', (raw, expected) => {
    expect(parseCellInput(raw, 'count')).toEqual(expected);
  });

  it.each([['—'], ['－'], ['-'], ['——'], ['/'], ['／'], ['无'], ['_'], [' — ']])(
    'reads the blank mark %j as blank (normalised, not an error)',
    (raw) => {
      expect(parseCellInput(raw, 'count')).toEqual(ok(null, true));
    },
  );

  it('reads empty text as blank without normalisation', () => {
    expect(parseCellInput('', 'count')).toEqual(ok(null, false));
  });

  it.each<[string, string]>([
    ['abc', 'notNumber'],
    ['12abc', 'notNumber'],
    ['1,2', 'notNumber'],
    ['1,2345', 'notNumber'],
    ['1 234', 'notNumber'],
    ['1e3', 'notNumber'],
    ['.', 'notNumber'],
    ['件', 'notNumber'],
    ['12万元', 'notNumber'],
    ['12元', 'notNumber'],
    ['-5', 'negative'],
    ['－５', 'negative'],
    ['−5', 'negative'],
    ['-1.5', 'negative'],
    ['12.5', 'notInteger'],
    ['0.1', 'notInteger'],
    ['9007199254740992', 'tooLarge'],
    ['99999999999999999999', 'tooLarge'],
  ])('refuses %j as %s', (raw, reason) => {
    expect(parseCellInput(raw, 'count')).toEqual(fail(reason));
  });
});

describe('parseCellInput: signed (2019 本年增/减)', () => {
  it.each<[string, ReturnType<typeof ok>]>([
    ['-8', ok(-8, false)],
    ['−8', ok(-8, true)],
    ['－８', ok(-8, true)],
    ['+8', ok(8, true)],
    ['８', ok(8, true)],
    ['-1,234项', ok(-1234, true)],
    ['-', ok(null, true)],
  ])('reads %j', (raw, expected) => {
    expect(parseCellInput(raw, 'signed')).toEqual(expected);
  });

  it.each<[string, string]>([
    ['-8.5', 'notInteger'],
    ['-9007199254740992', 'tooLarge'],
    ['--8', 'notNumber'],
  ])('refuses %j as %s', (raw, reason) => {
    expect(parseCellInput(raw, 'signed')).toEqual(fail(reason));
  });
});

describe('parseCellInput: money (万元, millionths)', () => {
  it.each<[string, ReturnType<typeof ok>]>([
    ['5949.088667', ok(5_949_088_667, false)],
    ['0', ok(0, false)],
    ['12.5', ok(12_500_000, false)],
    ['12.50', ok(12_500_000, true)],
    ['.5', ok(500_000, true)],
    ['５９４９．０８８６６７', ok(5_949_088_667, true)],
    ['1,234.5', ok(1_234_500_000, true)],
    ['12万元', ok(12_000_000, true)],
    ['12.5 万元', ok(12_500_000, true)],
    ['—', ok(null, true)],
  ])('reads %j', (raw, expected) => {
    expect(parseCellInput(raw, 'money')).toEqual(expected);
  });

  it.each<[string, string]>([
    // 元 is not 万元: silently reading 251000元 as 251000 万元 would be off by 10 000.
    ['251000元', 'notNumber'],
    ['12件', 'notNumber'],
    ['abc', 'notNumber'],
    ['1.1234567', 'tooManyDecimals'],
    ['-1', 'negative'],
    ['99999999999', 'tooLarge'],
  ])('refuses %j as %s', (raw, reason) => {
    expect(parseCellInput(raw, 'money')).toEqual(fail(reason));
  });
});

describe('parseCellInput: canonical text is never reported as normalised', () => {
  const cases: readonly [CellKind, string][] = [
    ['count', '0'],
    ['count', '5923'],
    ['signed', '-3'],
    ['money', '0.000001'],
    ['money', '251000'],
  ];
  it.each(cases)('%s %j', (kind, raw) => {
    const result = parseCellInput(raw, kind);
    expect(result.ok && result.normalised).toBe(false);
    expect(result.ok).toBe(true);
  });
});

describe('isNoneMark', () => {
  it.each([['-'], ['—'], ['——'], ['/'], ['／'], ['无'], ['_'], [' — '], ['－']])(
    '%j is a none-mark',
    (text) => {
      expect(isNoneMark(text)).toBe(true);
    },
  );
  it.each([[''], ['0'], ['12'], ['无效'], ['-1'], ['abc']])('%j is not', (text) => {
    expect(isNoneMark(text)).toBe(false);
  });
});
