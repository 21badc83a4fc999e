import { describe, expect, it } from 'vitest';
import { EDITION_2019 } from './editions/2019';
import { EDITION_2021 } from './editions/2021';
import {
  defaultFormatForYear,
  definitionOf,
  EDITIONS,
  FORMATS,
  formatOf,
  isFormat,
  registerEdition,
} from './registry';

describe('the registry of editions', () => {
  it('lists the built-in editions in order of their years, each under its own format', () => {
    expect(FORMATS).toEqual(['2019', '2021']);
    for (const format of FORMATS) {
      expect(EDITIONS[format].format).toBe(format);
      expect(formatOf(definitionOf(format))).toBe(format);
    }
    expect(definitionOf('2019')).toBe(EDITION_2019);
    expect(definitionOf('2021')).toBe(EDITION_2021);
  });

  it('chooses the default edition from the years each edition declares', () => {
    expect(defaultFormatForYear(2018)).toBe('2019');
    expect(defaultFormatForYear(2019)).toBe('2019');
    expect(defaultFormatForYear(EDITION_2019.years.to)).toBe('2019');
    expect(defaultFormatForYear(EDITION_2021.years.from)).toBe('2021');
    expect(defaultFormatForYear(2040)).toBe('2021');
  });

  it('knows only registered formats, and refuses to register one twice', () => {
    expect(isFormat('2021')).toBe(true);
    expect(isFormat('2030')).toBe(false);
    expect(isFormat(2021)).toBe(false);
    expect(() => registerEdition(EDITION_2021)).toThrow('already registered');
  });
});
