/**
 * Test helpers: documents built from the domain's own constructors (createBlankDocument,
 * setCell), plus a plain copy of a contract JSON file into a document. The copy deliberately
 * does NOT go through restore: check fixtures hold stored totals that disagree with their
 * parts, and the checks must see them exactly as written.
 */
import { blankTable, createBlankDocument } from '../src/report/blank';
import { parseCellId } from '../src/report/cells';
import { definitionOf } from '../src/report/definition/editions';
import type { Format, SectionKey, TableId } from '../src/report/definition/types';
import {
  AGENCY_LEVELS,
  asRestored,
  type AgencyLevel,
  type CellValue,
  type RestoredDocument,
  type TableValues,
} from '../src/report/document';
import { setCell } from '../src/report/edit';
import { moneyFromNumber } from '../src/report/money';
import { cellPlan } from '../src/report/checks/plan';

export interface DocOptions {
  readonly year?: number;
  readonly agencyLevel?: AgencyLevel | null;
}

/** A blank report of the edition; the year defaults to the edition's last/first year. */
export function blankDoc(format: Format, options: DocOptions = {}): RestoredDocument {
  return createBlankDocument({
    agency: '测试局',
    year: options.year ?? (format === '2019' ? 2020 : 2021),
    format,
    agencyLevel: options.agencyLevel ?? null,
  });
}

function refOf(id: string) {
  const ref = parseCellId(id);
  if (ref === null) throw new Error(`Not a cell id: ${id}`);
  return ref;
}

/** Sets an input cell as the editor does (totals recomputed). */
export function set(doc: RestoredDocument, id: string, value: CellValue): RestoredDocument {
  return setCell(doc, refOf(id), value).doc;
}

export function setAll(
  doc: RestoredDocument,
  values: Readonly<Record<string, CellValue>>,
): RestoredDocument {
  return Object.entries(values).reduce((d, [id, value]) => set(d, id, value), doc);
}

/**
 * Writes a stored value WITHOUT recomputing totals — what an imported file may hold (a stored
 * total that disagrees with its parts, a value restore would have refused).
 */
export function storeRaw(doc: RestoredDocument, id: string, value: CellValue): RestoredDocument {
  const ref = refOf(id);
  const table = doc.tables[ref.table];
  if (table === null) throw new Error(`Table ${ref.table} is absent`);
  const row = { ...(table[ref.row] ?? {}), [ref.column]: value };
  return asRestored({
    ...doc,
    tables: { ...doc.tables, [ref.table]: { ...table, [ref.row]: row } },
  });
}

/** Adds the optional 公开及回应解读情况统计 table, all blank. */
export function withStatsTable(doc: RestoredDocument): RestoredDocument {
  const table = blankTable(definitionOf(doc.format).tables.disclosureStats);
  return asRestored({ ...doc, tables: { ...doc.tables, disclosureStats: table } });
}

/** Fills every blank input cell of the present tables with 0 (totals recomputed). */
export function fillZeros(doc: RestoredDocument): RestoredDocument {
  const plan = cellPlan(doc.format);
  let next = doc;
  for (const table of ['proactive', 'applications', 'review', 'disclosureStats'] as const) {
    if (next.tables[table] === null) continue;
    for (const cell of plan.inputsByTable[table]) {
      if ((next.tables[table]?.[cell.row]?.[cell.column] ?? null) === null) {
        next = setCell(next, cell, 0).doc;
      }
    }
  }
  return next;
}

/** Narrative that satisfies the section checks of both editions (六 states the fees). */
export const FILLED_SECTIONS: Readonly<Record<SectionKey, string>> = {
  overview: '本年度，本机关认真贯彻《中华人民共和国政府信息公开条例》。',
  problems: '存在的主要问题是公开内容还不够全面，下一步将加以改进。',
  other: '本年度未收取信息处理费。',
};

export function withSections(
  doc: RestoredDocument,
  sections: Partial<Record<SectionKey, string>>,
): RestoredDocument {
  return asRestored({ ...doc, sections: { ...doc.sections, ...sections } });
}

/** A finished report with every input 0 and all sections written: it has no findings at all. */
export function readyDoc(format: Format, options: DocOptions = {}): RestoredDocument {
  const level = options.agencyLevel === undefined ? 'county-department' : options.agencyLevel;
  return withSections(
    fillZeros(blankDoc(format, { ...options, agencyLevel: level })),
    FILLED_SECTIONS,
  );
}

// --- contract JSON → document, without restore ----------------------------------------------

type JsonObject = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function field<T>(obj: JsonObject, key: string, guard: (v: unknown) => v is T): T {
  const value = obj[key];
  if (!guard(value)) throw new Error(`Fixture field ${key} is missing or invalid`);
  return value;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number';
const isFormat = (v: unknown): v is Format => v === '2019' || v === '2021';
const isLevel = (v: unknown): v is AgencyLevel => AGENCY_LEVELS.some((l) => l === v);

/**
 * A value that is not a number (text typed into a cell) kept as written: the document type
 * does not allow it, but a document built outside restore may hold it, and `cell.invalid` must
 * report it. Only this test helper does that on purpose.
 */
function keptAsWritten(value: unknown): CellValue {
  return value as CellValue;
}

/** Copies a table cell by cell; money (万元 in the file) becomes integer millionths. */
function copyTable(format: Format, id: TableId, json: unknown): TableValues {
  if (!isObject(json)) throw new Error(`Fixture table ${id} is not an object`);
  const plan = cellPlan(format);
  const table: TableValues = {};
  for (const [rowId, row] of Object.entries(json)) {
    if (!isObject(row)) throw new Error(`Fixture row ${id}.${rowId} is not an object`);
    table[rowId] = Object.fromEntries(
      Object.entries(row).map(([columnId, value]): [string, CellValue] => {
        if (value === null) return [columnId, null];
        if (!isNumber(value)) return [columnId, keptAsWritten(value)];
        if (plan.byId.get(`${id}.${rowId}.${columnId}`)?.kind !== 'money') return [columnId, value];
        const money = moneyFromNumber(value);
        return [columnId, money.ok ? money.micro : Number.NaN];
      }),
    );
  }
  return table;
}

/** A contract file (report-json.md §1) as a document, values exactly as stored. */
export function documentFromContract(json: unknown): RestoredDocument {
  if (!isObject(json)) throw new Error('Fixture is not an object');
  const format = field(json, 'format', isFormat);
  const sections = field(json, 'sections', isObject);
  const tables = field(json, 'tables', isObject);
  const acknowledged = Array.isArray(json.acknowledged) ? json.acknowledged : [];
  const doc = blankDoc(format, {
    year: field(json, 'year', isNumber),
    agencyLevel: isLevel(json.agencyLevel) ? json.agencyLevel : null,
  });
  return asRestored({
    ...doc,
    agency: field(json, 'agency', isString),
    sections: {
      overview: field(sections, 'overview', isString),
      problems: field(sections, 'problems', isString),
      other: field(sections, 'other', isString),
    },
    tables: {
      proactive: copyTable(format, 'proactive', tables.proactive),
      applications: copyTable(format, 'applications', tables.applications),
      review: copyTable(format, 'review', tables.review),
      disclosureStats:
        tables.disclosureStats === undefined
          ? null
          : copyTable(format, 'disclosureStats', tables.disclosureStats),
    },
    acknowledged: acknowledged.filter(isObject).map((a) => ({
      check: field(a, 'check', isString),
      ...(isString(a.cell) ? { cell: a.cell } : {}),
      note: isString(a.note) ? a.note : '',
    })),
    publicationDate: isString(json.publicationDate) ? json.publicationDate : null,
  });
}
