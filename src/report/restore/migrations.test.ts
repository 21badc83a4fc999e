import { describe, expect, it } from 'vitest';
import { CURRENT_FILE_VERSION } from './fileShape';
import { applyMigrations, MIGRATIONS, type MigrationStep } from './migrations';
import { restoreFile } from './restoreFile';
import { defineOwn, type SafeObject, type SafeValue } from './safeCopy';
import { minimalFile } from '../../../testing/testFiles';

/** Copies `file` with `from` renamed to `to` (how a real step would move a key). */
function renamed(file: SafeObject, from: string, to: string): SafeObject {
  const out: Record<string, SafeValue> = {};
  for (const [key, value] of Object.entries(file)) defineOwn(out, key === from ? to : key, value);
  return out;
}

/** Test-only steps for a pretend format at version 3; each logs when it runs. */
function testSteps(log: string[]): MigrationStep[] {
  return [
    {
      from: 1,
      migrate: (file) => {
        log.push(`1→2 saw version ${JSON.stringify(file.version)}`);
        return renamed(file, 'agencyName', 'agency');
      },
    },
    {
      from: 2,
      migrate: (file) => {
        log.push(`2→3 saw version ${JSON.stringify(file.version)}`);
        return renamed(file, 'narrative', 'sections');
      },
    },
  ];
}

const v1File = (): SafeObject => {
  const { agency, sections, ...rest } = minimalFile() as Record<string, SafeValue>;
  return { ...rest, version: 1, agencyName: agency ?? null, narrative: sections ?? null };
};

describe('migrations', () => {
  it('the real list is empty: version 1 is the first file format', () => {
    expect(MIGRATIONS).toEqual([]);
    expect(CURRENT_FILE_VERSION).toBe(1);
    const file = { version: 1 };
    expect(applyMigrations(file, 1)).toEqual({ ok: true, file, applied: [] });
  });

  it('applies the steps one at a time, in version order, stamping each new version', () => {
    const log: string[] = [];
    const result = applyMigrations(v1File(), 1, testSteps(log), 3);
    expect(log).toEqual(['1→2 saw version 1', '2→3 saw version 2']);
    expect(result.ok && result.applied).toEqual([1, 2]);
    expect(result.ok && result.file).toMatchObject({ version: 3, agency: '某某区人民政府办公室' });
    expect(result.ok && 'agencyName' in result.file).toBe(false);
  });

  it('starts from the file version: a version 2 file only takes the 2→3 step', () => {
    const log: string[] = [];
    const result = applyMigrations({ version: 2 }, 2, testSteps(log), 3);
    expect(log).toEqual(['2→3 saw version 2']);
    expect(result.ok && result.applied).toEqual([2]);
  });

  it('a missing or throwing step fails (never throws) and names the step', () => {
    const [first] = testSteps([]);
    expect(applyMigrations({ version: 1 }, 1, first === undefined ? [] : [first], 3)).toEqual({
      ok: false,
      from: 2,
      to: 3,
    });
    const throwing: MigrationStep = {
      from: 1,
      migrate: () => {
        throw new Error('bad step');
      },
    };
    expect(applyMigrations({ version: 1 }, 1, [throwing], 2)).toEqual({
      ok: false,
      from: 1,
      to: 2,
    });
  });

  it('restore runs the steps before reading fields, and refuses what it cannot migrate', () => {
    const result = restoreFile(v1File(), testSteps([]), 3);
    expect(result.problems).toEqual([]);
    expect(result.document?.agency).toBe('某某区人民政府办公室');
    expect(result.document?.sections).toEqual({ overview: '', problems: '', other: '' });

    expect(restoreFile({ ...minimalFile(), version: 4 }, testSteps([]), 3).problems).toEqual([
      {
        code: 'file.versionTooNew',
        severity: 'error',
        path: ['version'],
        params: { version: 4, supported: 3 },
      },
    ]);
    expect(restoreFile(v1File(), testSteps([]).slice(1), 3)).toEqual({
      document: null,
      problems: [
        {
          code: 'file.migrationFailed',
          severity: 'error',
          path: ['version'],
          params: { from: 1, to: 2 },
        },
      ],
    });
  });
});
