import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { definitionOf } from '../definition/editions';
import { IMPLEMENTED_CHECK_IDS, runChecks } from './index';
import { documentFromContract } from '../../../testing/testDocs';

/**
 * The contract files in fixtures/checks: for every implemented check a report that fails it
 * (and no other check) and one that passes everything; previous.* also have last year's report.
 * The CLI asserts the same files; here they are copied into documents without restore.
 */
const DIR = new URL('../../../fixtures/checks/', import.meta.url);
const read = (name: string): unknown => JSON.parse(readFileSync(new URL(name, DIR), 'utf8'));
const hasPrevious = (id: string) => id.startsWith('previous.');

describe('fixtures/checks', () => {
  it('holds exactly the fail/pass (and previous) files of the implemented checks', () => {
    const expected = IMPLEMENTED_CHECK_IDS.flatMap((id) => [
      `${id}.fail.json`,
      `${id}.pass.json`,
      ...(hasPrevious(id) ? [`${id}.previous.json`] : []),
    ]);
    const present = readdirSync(DIR).filter((name) => name.endsWith('.json'));
    expect(present.sort()).toEqual(expected.sort());
  });

  it.each(readdirSync(DIR).filter((name) => name.endsWith('.json')))(
    '%s is a complete version 1 contract file',
    (name) => {
      const json = read(name) as {
        type: string;
        version: number;
        format: '2019' | '2021';
        sections: Record<string, string>;
        tables: Record<string, Record<string, Record<string, unknown>>>;
      };
      expect([json.type, json.version]).toEqual(['nianbao/annual-report', 1]);
      expect(Object.keys(json.sections)).toEqual(['overview', 'problems', 'other']);
      const def = definitionOf(json.format);
      for (const table of ['proactive', 'applications', 'review'] as const) {
        const rows = def.tables[table].rows;
        expect(Object.keys(json.tables[table] ?? {})).toEqual(rows.map((r) => r.id));
        for (const row of rows) {
          expect(Object.keys(json.tables[table]?.[row.id] ?? {})).toEqual(
            row.columns.map((c) => c.id),
          );
        }
      }
    },
  );

  describe.each(IMPLEMENTED_CHECK_IDS)('%s', (id) => {
    const previous = hasPrevious(id) ? documentFromContract(read(`${id}.previous.json`)) : null;

    it('fails in the .fail file, and nothing else does', () => {
      const findings = runChecks(documentFromContract(read(`${id}.fail.json`)), { previous });
      expect(findings.length).toBeGreaterThan(0);
      expect(findings.map((f) => [f.check, f.status])).toEqual(findings.map(() => [id, 'fail']));
    });

    it('passes in the .pass file, with no finding at all', () => {
      expect(runChecks(documentFromContract(read(`${id}.pass.json`)), { previous })).toEqual([]);
    });
  });
});
