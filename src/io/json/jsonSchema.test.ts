import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { createBlankDocument } from '../../report/blank';
import type { RestoredDocument } from '../../report/document';
import { setCell } from '../../report/edit';
import { restore } from '../../report/restore/restore';
import { serializeReport } from './exportJson';
import { SCHEMA_PATH, annualReportJsonSchemaText } from './jsonSchema';

const META = { exportedAt: new Date('2026-01-20T09:30:00.000Z'), generator: 'nianbao 0.1.0' };
const root = new URL('../../../', import.meta.url);
const readText = (path: string) => readFileSync(new URL(path, root), 'utf8');

const committed = readText(SCHEMA_PATH);

/** A standard JSON Schema validator on the committed file: what a consumer outside Nianbao uses. */
function validator() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv.compile(JSON.parse(committed) as object);
}
const validate = validator();

function restoredFixture(path: string): RestoredDocument {
  const { document } = restore(JSON.parse(readText(path)));
  if (document === null) throw new Error(`${path} refused`);
  return document;
}

function expectValid(fileText: string): void {
  const ok = validate(JSON.parse(fileText));
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
}

describe('the published JSON Schema', () => {
  it('is exactly what `npm run schema` generates (regenerate it when fileShape.ts changes)', () => {
    expect(committed).toBe(annualReportJsonSchemaText());
  });

  it('has a local id that no validator would try to fetch', () => {
    const schema = JSON.parse(committed) as Record<string, unknown>;
    expect(schema.$id).toBe('annual-report-v1.json');
    expect(schema.title).toBe('年报 政府信息公开工作年度报告文件 v1');
  });

  it('accepts the re-exported seed report and the 2021 sample', () => {
    expectValid(serializeReport(restoredFixture('fixtures/reports/zhenhai-2020.json'), META));
    expectValid(serializeReport(restoredFixture('fixtures/reports/sample-2021.json'), META));
    expectValid(readText('fixtures/reports/sample-2021.json'));
  });

  it('accepts an exported report with money, a publication date and unknown keys', () => {
    const blank = createBlankDocument({
      agency: '某市财政局',
      year: 2021,
      agencyLevel: 'city-department',
    });
    const withMoney = setCell(
      blank,
      { table: 'proactive', row: 'fees', column: 'amount' },
      5949088667,
    ).doc;
    const doc = { ...withMoney, publicationDate: '2022-01-28', extra: { region: '浙江' } };
    const text = serializeReport(doc, META);
    expect(text).toContain('5949.088667');
    expectValid(text);
  });

  it('rejects files that break the contract', () => {
    const good = JSON.parse(
      serializeReport(createBlankDocument({ agency: '甲', year: 2021 }), META),
    ) as Record<string, unknown>;
    expect(validate({ ...good, version: 2 })).toBe(false);
    expect(validate({ ...good, format: '2020' })).toBe(false);
    expect(validate({ ...good, publicationDate: '2022-02-30' })).toBe(false);
    expect(
      validate({
        ...good,
        tables: { proactive: {}, applications: { received: { total: '5' } }, review: {} },
      }),
    ).toBe(false);
    const { sections: _sections, ...withoutSections } = good;
    expect(validate(withoutSections)).toBe(false);
  });
});
