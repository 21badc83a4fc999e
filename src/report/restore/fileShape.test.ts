import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AGENCY_LEVELS } from '../document';
import { CURRENT_FILE_VERSION, FILE_TYPE, reportFileSchema } from './fileShape';
import { fullFile, minimalFile, seedFile, setPath } from '../../../testing/testFiles';

describe('fileShape: the version 1 file schema', () => {
  it('exports the envelope constants', () => {
    expect(FILE_TYPE).toBe('nianbao/annual-report');
    expect(CURRENT_FILE_VERSION).toBe(1);
  });

  it('accepts the seed fixture, a minimal file and files using every field', () => {
    for (const file of [
      seedFile(),
      minimalFile('2019'),
      minimalFile('2021'),
      fullFile('2019'),
      fullFile('2021'),
    ]) {
      expect(reportFileSchema.safeParse(file).error).toBeUndefined();
    }
  });

  it.each<[string, readonly string[], unknown]>([
    ['a cell that is text', ['tables', 'applications', 'received', 'naturalPerson'], '12'],
    ['a missing section', ['sections', 'problems'], undefined],
    ['a missing required table', ['tables', 'review'], undefined],
    ['an unknown format', ['format'], '2030'],
    ['a year out of range', ['year'], 2007],
    ['a fractional year', ['year'], 2020.5],
    ['an unknown agency level', ['agencyLevel'], 'ministry'],
    ['a newer version', ['version'], 2],
    ['another type', ['type'], 'other'],
    ['an acknowledgement without note', ['acknowledged'], [{ check: 'x' }]],
    ['an impossible date', ['publicationDate'], '2024-02-30'],
  ])('rejects %s', (_why, path, value) => {
    expect(reportFileSchema.safeParse(setPath(minimalFile(), path, value)).success).toBe(false);
  });

  it('keeps unknown top-level keys (forward compatibility)', () => {
    const parsed = reportFileSchema.parse({ ...minimalFile(), region: { code: '330211' } });
    expect(parsed.region).toEqual({ code: '330211' });
  });

  it('generates a JSON Schema with the contract’s required keys and enums', () => {
    const schema = z.toJSONSchema(reportFileSchema) as {
      required: string[];
      additionalProperties: unknown;
      properties: Record<
        string,
        {
          required?: string[];
          enum?: string[];
          anyOf?: { enum?: string[] }[];
          minimum?: number;
          maximum?: number;
          type?: unknown;
        }
      >;
    };
    expect([...schema.required].sort()).toEqual(
      ['agency', 'format', 'sections', 'tables', 'type', 'version', 'year'].sort(),
    );
    expect(schema.additionalProperties).not.toBe(false);
    expect(schema.properties.format?.enum).toEqual(['2019', '2021']);
    expect(schema.properties.agencyLevel?.anyOf?.[0]?.enum).toEqual([...AGENCY_LEVELS]);
    expect(schema.properties.year).toMatchObject({ type: 'integer', minimum: 2008, maximum: 2100 });
    expect(schema.properties.sections?.required).toEqual(['overview', 'problems', 'other']);
    expect(schema.properties.tables?.required).toEqual(['proactive', 'applications', 'review']);
  });
});
