import { describe, expect, it } from 'vitest';
import { gapText } from './gap';
import type { Finding } from './types';

const finding = (over: Partial<Finding>): Finding => ({
  check: 'applications.balance',
  severity: 'error',
  status: 'fail',
  cells: [],
  expected: 32,
  actual: 33,
  message: '',
  part: 'applications',
  ...over,
});

describe('gapText', () => {
  it('states the difference of the two sides in 件, whichever side is larger', () => {
    expect(gapText(finding({}))).toBe('相差1件');
    expect(gapText(finding({ actual: 20, expected: 32 }))).toBe('相差12件');
  });

  it('says nothing for money tables, text values or equal sides', () => {
    expect(gapText(finding({ part: 'proactive' }))).toBeNull();
    expect(gapText(finding({ actual: 'x' }))).toBeNull();
    expect(gapText(finding({ actual: 32 }))).toBeNull();
  });
});
