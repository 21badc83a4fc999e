import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createBlankDocument } from '../../report/blank';
import { asRestored, titleOf, type RestoredDocument } from '../../report/document';
import { setCell, setInvalidCell } from '../../report/edit';
import { invalidEntry } from '../../report/invalidEntries';
import { restore } from '../../report/restore/restore';
import { serializeReport, toFileObject } from './exportJson';

const META = { exportedAt: new Date('2026-01-20T09:30:00.000Z'), generator: 'nianbao 0.1.0' };

function fixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../../fixtures/${name}`, import.meta.url), 'utf8'));
}

function restored(input: unknown): RestoredDocument {
  const { document, problems } = restore(input);
  if (document === null) throw new Error(`refused: ${JSON.stringify(problems)}`);
  return document;
}

/** Export, parse the text again, and restore it: what a user gets back after a save and open. */
function reimport(doc: RestoredDocument) {
  return restore(JSON.parse(serializeReport(doc, META)));
}

/** A blank report with a title of its own (a derived title, `null`, is tested on its own). */
function blankWithTitle(agency: string, year: number): RestoredDocument {
  const blank = createBlankDocument({ agency, year });
  return asRestored({ ...blank, title: `${titleOf(blank)}（送审稿）` });
}

describe('export → restore round trip', () => {
  it('keeps text typed into a cell that was not a valid value, so it stays reported', () => {
    const ref = { table: 'applications', row: 'received', column: 'naturalPerson' } as const;
    const doc = setInvalidCell(blankWithTitle('甲局', 2024), ref, 'abc').doc;
    const again = reimport(doc);
    expect(again.problems).toEqual([]);
    expect(again.document).toEqual(doc);
    expect(invalidEntry(again.document ?? doc, 'applications.received.naturalPerson')).toBe('abc');
  });

  it('gives back the seed report unchanged, without problems', () => {
    const doc = restored(fixture('reports/zhenhai-2020.json'));
    const again = reimport(doc);
    expect(again.problems).toEqual([]);
    expect(again.document).toEqual(doc);
  });

  it('gives back the 2021 sample report unchanged, without problems', () => {
    const doc = restored(fixture('reports/sample-2021.json'));
    const again = reimport(doc);
    expect(again.problems).toEqual([]);
    expect(again.document).toEqual(doc);
  });

  it('keeps money exact to the millionth of 万元', () => {
    const blank = blankWithTitle('某市财政局', 2021);
    const doc = setCell(
      blank,
      { table: 'proactive', row: 'fees', column: 'amount' },
      5949088667,
    ).doc;
    const again = reimport(doc).document;
    expect(again?.tables.proactive.fees?.amount).toBe(5949088667);
    expect(again).toEqual(doc);
  });

  it('keeps a negative 2019 本年增/减 and 2019 procurement money', () => {
    const blank = blankWithTitle('某区市场监管局', 2019);
    let doc = setCell(blank, { table: 'proactive', row: 'licensing', column: 'change' }, -3).doc;
    doc = setCell(doc, { table: 'proactive', row: 'procurement', column: 'amount' }, 120500000).doc;
    const again = reimport(doc).document;
    expect(again?.tables.proactive.licensing?.change).toBe(-3);
    expect(again?.tables.proactive.procurement?.amount).toBe(120500000);
    expect(again).toEqual(doc);
  });

  it('keeps unknown top-level keys, unknown rows and unknown columns', () => {
    const file = fixture('reports/zhenhai-2020.json') as Record<string, unknown>;
    const tables = file.tables as Record<string, Record<string, Record<string, unknown>>>;
    const applications = tables.applications ?? {};
    const withUnknown = {
      ...file,
      region: { province: '浙江', city: '宁波' },
      reviewer: '张三',
      tables: {
        ...tables,
        applications: {
          ...applications,
          received: { ...applications.received, legalEntity: 7 },
          legacyRow: { naturalPerson: 2.5, total: 3 },
        },
      },
    };
    const doc = restored(withUnknown);
    expect(doc.extra).toEqual({ region: { province: '浙江', city: '宁波' }, reviewer: '张三' });
    const again = reimport(doc);
    expect(again.document).toEqual(doc);
    expect(again.document?.tables.applications.legacyRow).toEqual({ naturalPerson: 2.5, total: 3 });
    expect(again.document?.tables.applications.received?.legalEntity).toBe(7);
    // Kept aside again, with the same warnings as on the first import.
    expect(again.problems.map((p) => p.code).sort()).toEqual([
      'table.unknownColumn',
      'table.unknownRow',
    ]);
  });

  it('writes a derived title out, so the file names its report without Nianbao', () => {
    const doc = createBlankDocument({ agency: '某县教育局', year: 2022 });
    expect(doc.title).toBeNull();
    expect(toFileObject(doc, META).title).toBe('某县教育局2022年政府信息公开工作年度报告');
    // …and reads it back as "derived", so it keeps following the agency name and year.
    expect(reimport(doc).document).toEqual(doc);
  });
});
