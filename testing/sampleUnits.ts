/**
 * Test and bench support: many unit reports made from one contract file, with varied agencies
 * and numbers (balanced, so they pass the checks) and, on request, an arithmetic error. Pure.
 */
type Json = Record<string, unknown>;
type Table = Record<string, Record<string, number | null>>;

const PLACES = ['青溪县', '临江县', '云山县', '石门县', '白沙县'];
const OFFICES = [
  '发展和改革局',
  '教育局',
  '公安局',
  '民政局',
  '司法局',
  '财政局',
  '人力资源和社会保障局',
  '自然资源和规划局',
  '生态环境局',
  '住房和城乡建设局',
  '交通运输局',
  '水利局',
  '农业农村局',
  '商务局',
  '文化和旅游局',
  '卫生健康委员会',
  '应急管理局',
  '审计局',
  '市场监督管理局',
  '统计局',
];

export function unitAgency(i: number): string {
  const office = OFFICES[i % OFFICES.length] ?? '';
  const place = PLACES[Math.floor(i / OFFICES.length) % PLACES.length] ?? '';
  const round = Math.floor(i / (OFFICES.length * PLACES.length));
  return `${place}${office}${round === 0 ? '' : String(round + 1)}`;
}

function table(doc: Json, id: string): Table {
  const tables = doc.tables as Record<string, Table>;
  const t = tables[id];
  if (t === undefined) throw new Error(`sample has no table ${id}`);
  return t;
}

function add(t: Table, row: string, column: string, n: number): void {
  const r = t[row];
  if (r === undefined) throw new Error(`sample has no row ${row}`);
  r[column] = (r[column] ?? 0) + n;
}

export interface UnitVariation {
  /** Breaks 表三's 一、本年新收 总计 (stored total ≠ its parts): an error. */
  readonly broken?: boolean;
  /** Publication date (YYYY-MM-DD); the sample's when omitted. */
  readonly publicationDate?: string;
}

/**
 * The sample with agency i and numbers shifted by i: 自然人 applications received and disclosed
 * (+i, so the balance holds), 行政复议 维持 (+i mod 4) — totals updated as stored totals.
 */
export function unitFile(sample: Json, i: number, variation: UnitVariation = {}): Json {
  const doc = structuredClone(sample);
  const agency = unitAgency(i);
  doc.agency = agency;
  delete doc.title;
  const apps = table(doc, 'applications');
  for (const row of ['received', 'disclosed']) add(apps, row, 'naturalPerson', i);
  for (const row of ['received', 'disclosed', 'handledTotal']) add(apps, row, 'total', i);
  add(apps, 'handledTotal', 'naturalPerson', i);
  const review = table(doc, 'review');
  add(review, 'reconsideration', 'upheld', i % 4);
  add(review, 'reconsideration', 'total', i % 4);
  if (variation.broken === true) add(apps, 'received', 'total', 1);
  if (variation.publicationDate !== undefined) doc.publicationDate = variation.publicationDate;
  doc.exportedAt = new Date(Date.UTC(2022, 0, 10, 0, i)).toISOString();
  return doc;
}

/** A stored cell of a contract file (for tests that sum what they generated). */
export function fileCell(doc: Json, tableId: string, row: string, column: string): number {
  return table(doc, tableId)[row]?.[column] ?? 0;
}
