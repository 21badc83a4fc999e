/**
 * Test support (not used by the app): the seed fixture as raw JSON, a minimal valid file, a
 * file that uses every field, and a path editor for raw files.
 */
import { readFileSync } from 'node:fs';
import { definitionOf, TABLE_IDS } from '../src/report/definition/editions';
import type { Format } from '../src/report/definition/types';
import type { ReportDocument } from '../src/report/document';
import { moneyToNumber } from '../src/report/money';
import { CURRENT_FILE_VERSION, FILE_TYPE } from '../src/report/restore/fileShape';

export type JsonObject = Record<string, unknown>;

export const SEED_TEXT = readFileSync(
  new URL('../fixtures/reports/zhenhai-2020.json', import.meta.url),
  'utf8',
);

export function seedFile(): JsonObject {
  return JSON.parse(SEED_TEXT) as JsonObject;
}

/** The smallest file the contract accepts: required keys only, tables without rows. */
export function minimalFile(format: Format = '2021'): JsonObject {
  return {
    type: FILE_TYPE,
    version: CURRENT_FILE_VERSION,
    format,
    agency: '某某区人民政府办公室',
    year: format === '2019' ? 2020 : 2023,
    sections: { overview: '', problems: '', other: '' },
    tables: { proactive: {}, applications: {}, review: {} },
  };
}

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Sets `value` at `path` (creating objects on the way); `undefined` deletes the key. */
export function setPath(file: JsonObject, path: readonly string[], value: unknown): JsonObject {
  let node: JsonObject = file;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (isObject(next)) {
      node = next;
    } else {
      const created: JsonObject = {};
      node[key] = created;
      node = created;
    }
  }
  const last = path[path.length - 1];
  if (last === undefined) return file;
  if (value === undefined) Reflect.deleteProperty(node, last);
  else node[last] = value;
  return file;
}

/**
 * The file a document would be exported as (a stand-in for the export helper, which lives
 * elsewhere): money back in 万元, the rest as stored.
 */
export function fileOf(doc: ReportDocument, envelope: JsonObject = {}): JsonObject {
  const def = definitionOf(doc.format);
  const tables: JsonObject = {};
  for (const id of TABLE_IDS) {
    const values = doc.tables[id];
    if (values === null) continue;
    const table: JsonObject = {};
    for (const [rowId, row] of Object.entries(values)) {
      const rowDef = def.tables[id].rows.find((r) => r.id === rowId);
      const out: JsonObject = {};
      for (const [columnId, value] of Object.entries(row)) {
        const kind = rowDef?.columns.find((c) => c.id === columnId)?.kind;
        out[columnId] = value !== null && kind === 'money' ? moneyToNumber(value) : value;
      }
      table[rowId] = out;
    }
    tables[id] = table;
  }
  return {
    type: FILE_TYPE,
    version: CURRENT_FILE_VERSION,
    ...envelope,
    format: doc.format,
    agency: doc.agency,
    agencyLevel: doc.agencyLevel,
    year: doc.year,
    title: doc.title,
    preface: doc.preface,
    sections: doc.sections,
    tables,
    acknowledged: doc.acknowledged,
    publicationDate: doc.publicationDate,
    ...doc.extra,
  };
}

/**
 * A file that uses every field and every cell kind, with a distinct value in each input cell
 * (some blank, money with 6 decimals, negative changes in 2019).
 */
export function fullFile(format: Format): JsonObject {
  const def = definitionOf(format);
  let n = 0;
  const tables: JsonObject = {};
  for (const id of TABLE_IDS) {
    const table: JsonObject = {};
    for (const row of def.tables[id].rows) {
      const values: JsonObject = {};
      for (const column of row.columns) {
        n += 1;
        if (n % 11 === 0 && column.kind !== 'money') values[column.id] = null;
        else if (column.kind === 'money') values[column.id] = 5949.088667 + n;
        else if (column.kind === 'signed') values[column.id] = n % 2 === 0 ? -n : n;
        else values[column.id] = n;
      }
      table[row.id] = values;
    }
    tables[id] = table;
  }
  return {
    type: FILE_TYPE,
    version: CURRENT_FILE_VERSION,
    format,
    agency: '宁波市镇海区人民政府办公室',
    agencyLevel: 'county-government',
    year: format === '2019' ? 2019 : 2024,
    title: '关于2024年政府信息公开工作年度报告',
    preface: '本报告依据《中华人民共和国政府信息公开条例》编制。',
    sections: {
      overview: '（一）主动公开\n正文',
      problems: '存在问题',
      other: '未收取信息处理费。',
    },
    tables,
    acknowledged: [
      { check: 'applications.balance', cell: 'applications.received.total', note: '跨年办理' },
      { check: 'section.empty', note: '无其他事项' },
    ],
    publicationDate: '2025-01-20',
    exportedAt: '2025-01-20T09:30:00.000Z',
    generator: 'nianbao 0.4.0',
    localRegion: { code: '330211', reviewed: true, tags: ['a', null, 3] },
  };
}
