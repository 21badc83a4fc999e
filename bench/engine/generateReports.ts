import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { definitionOf } from '../../src/report/definition/editions';
import type { CellKind, Format } from '../../src/report/definition/types';
import { seededRandom, skewedCount } from '../lib/prng';

type JsonCell = number | null;
type JsonTables = Record<string, Record<string, Record<string, JsonCell>> | null | undefined>;
export interface ReportFile {
  readonly format: Format;
  readonly year: number;
  readonly tables: JsonTables;
  readonly [key: string]: unknown;
}

const FIXTURES = {
  '2021': fileURLToPath(new URL('../../fixtures/reports/sample-2021.json', import.meta.url)),
  '2019': fileURLToPath(new URL('../../fixtures/reports/zhenhai-2020.json', import.meta.url)),
} as const satisfies Record<Format, string>;

export function readFixture(format: Format): ReportFile {
  return JSON.parse(readFileSync(FIXTURES[format], 'utf8')) as ReportFile;
}

function valueOf(kind: CellKind, random: () => number): JsonCell {
  // A few blanks, as in drafts that are not finished: blank is not zero.
  if (random() < 0.03) return null;
  switch (kind) {
    case 'count':
      return skewedCount(random, 400);
    case 'signed':
      return skewedCount(random, 40) - 20;
    case 'money':
      // 万元 with up to 6 decimals (to the 分), e.g. 5949.088667.
      return Math.round(random() * 8000 * 1e6) / 1e6;
  }
}

/**
 * A varied copy of a fixture: every input cell of every table gets a new value from the PRNG;
 * stored totals keep the fixture's values, so recomputeAll has real work to do and the checks
 * see a realistic mix of passing and failing relations.
 */
export function varyReport(base: ReportFile, random: () => number): ReportFile {
  const def = definitionOf(base.format);
  const tables: JsonTables = { ...base.tables };
  for (const table of Object.values(def.tables)) {
    const source = base.tables[table.id];
    if (source == null) continue;
    const rows: Record<string, Record<string, JsonCell>> = {};
    for (const row of table.rows) {
      const cells: Record<string, JsonCell> = { ...source[row.id] };
      for (const column of row.columns) {
        if (row.computed !== true && column.computed !== true) {
          cells[column.id] = valueOf(column.kind, random);
        }
      }
      rows[row.id] = cells;
    }
    tables[table.id] = rows;
  }
  return { ...base, agency: `${String(base.agency)}·${random().toString(36).slice(2, 8)}`, tables };
}

/**
 * `count` report files for the 主管部门 case: three in four on the 2021 edition (from the 2021
 * sample), the rest on the 2019 edition (from the 镇海 2020 report), all varied with one seed.
 */
export function generateReports(count: number, seed = 20260131): ReportFile[] {
  const random = seededRandom(seed);
  const bases = { '2021': readFixture('2021'), '2019': readFixture('2019') };
  return Array.from({ length: count }, (_, i) =>
    varyReport(i % 4 === 3 ? bases['2019'] : bases['2021'], random),
  );
}
