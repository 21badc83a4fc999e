import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EDITIONS } from './editions';
import {
  FORMATS,
  type EditionDefinition,
  type Format,
  type LayoutCell,
  type TableDef,
} from './types';

/**
 * The definitions are checked against the two specs they are written from (../shared/spec,
 * beside the repository): every printed label verbatim, every id, the contract's row order.
 * A failure here means the definition and the spec disagree; fix the definition only when the
 * mistake is clearly ours, otherwise raise it with whoever owns the spec.
 */

const spec = (name: string): string =>
  readFileSync(new URL(`../../../../shared/spec/${name}`, import.meta.url), 'utf8');
const FORMAT_SPEC = spec('report-format.md');
const JSON_SPEC = spec('report-json.md');

/** The text of a `### …` subsection of a spec, up to the next heading of level 2 or 3. */
function subsection(text: string, heading: string): string {
  const start = text.indexOf(`\n${heading}`);
  if (start < 0) throw new Error(`spec has no heading ${heading}`);
  const rest = text.slice(start + 1);
  const end = rest.slice(heading.length).search(/\n#{2,3} /);
  return end < 0 ? rest : rest.slice(0, heading.length + end);
}

/** Markdown table rows whose first cell is a backticked id: [id, ...other cells]. */
function idRows(text: string): string[][] {
  return text
    .split('\n')
    .map((line) => /^\| `(\w+)` \|(.*)\|\s*$/.exec(line))
    .filter((m) => m !== null)
    .map((m) => [m[1] ?? '', ...(m[2] ?? '').split('|').map((cell) => cell.trim())]);
}

/** `id` label pairs in running text, e.g. "`naturalPerson` 自然人, `commercial` 商业企业". */
function idLabels(text: string): [string, string][] {
  return [...text.matchAll(/`(\w+)` ([^\s,.`(]+)/g)].map((m) => [m[1] ?? '', m[2] ?? '']);
}

const NATIONAL_TABLES = ['proactive', 'applications', 'review'] as const;

function layoutTexts(table: TableDef): string[] {
  return [...table.layout.header, ...table.layout.body]
    .flat()
    .flatMap((cell) => (cell.type === 'text' && cell.text !== '' ? [cell.text] : []));
}

/** Every printed label of the national part of an edition (sections and 表二、三、四). */
function nationalLabels(def: EditionDefinition): string[] {
  const labels = [
    ...Object.values(def.sections).map((s) => s.heading),
    ...def.parts.map((p) => p.heading),
  ];
  for (const id of NATIONAL_TABLES) {
    const table = def.tables[id];
    labels.push(table.title, ...layoutTexts(table));
    for (const row of table.rows) labels.push(row.printLabel, ...row.columns.map((c) => c.label));
  }
  return [...new Set(labels)];
}

/**
 * The two heading rows of the statistics table are printed in the seed report (镇海 2020,
 * shared/seed) but are not written in either spec. Listed here so that the test names them;
 * remove an entry once the spec carries it.
 */
const STATS_HEADINGS_NOT_IN_SPEC = [
  '（二）通过不同渠道和方式公开政府信息的情况',
  '（四）通过不同渠道和方式回应解读的情况',
];

describe.each(FORMATS)('%s edition against report-format.md', (format: Format) => {
  const def = EDITIONS[format];

  it('every label of sections and tables 二、三、四 appears verbatim (as `code`)', () => {
    const missing = nationalLabels(def).filter((label) => !FORMAT_SPEC.includes(`\`${label}\``));
    expect(missing).toEqual([]);
  });

  it('the notice that issued the edition appears verbatim', () => {
    expect(FORMAT_SPEC).toContain(def.notice);
  });
});

describe.each(FORMATS)('%s edition against report-json.md', (format: Format) => {
  const def = EDITIONS[format];

  it('every row id and column id of every table appears in backticks', () => {
    const missing = Object.values(def.tables)
      .flatMap((t) => t.rows.flatMap((r) => [r.id, ...r.columns.map((c) => c.id)]))
      .filter((id) => !JSON_SPEC.includes(`\`${id}\``));
    expect(missing).toEqual([]);
  });

  it('every row’s full label (used in messages) appears verbatim', () => {
    const missing = Object.values(def.tables)
      .flatMap((t) => t.rows.map((r) => r.label))
      .filter((label) => !JSON_SPEC.includes(label));
    expect(missing).toEqual([]);
  });

  it('表三 rows: ids and labels in the contract’s order, minus the other edition’s rows', () => {
    const rows = idRows(subsection(JSON_SPEC, '### 2.1'));
    const expected = rows
      .filter(
        ([, label = '']) => !label.includes(format === '2021' ? '2019 format only' : '2021 only'),
      )
      .map(([id = '', label = '']) => [
        id,
        label.replace(/ — .*$/, '').replace(/ \(computed\)$/, ''),
      ]);
    expect(def.tables.applications.rows.map((r) => [r.id, r.label])).toEqual(expected);
  });

  it('表三 columns: ids and labels in the contract’s order', () => {
    const text = subsection(JSON_SPEC, '### 2.1');
    const columns = idLabels(
      text.slice(text.indexOf('Columns (in order)'), text.indexOf('Rows (in order)')),
    );
    expect(
      def.tables.applications.rows.every(
        (r) => r.columns === def.tables.applications.rows[0]?.columns,
      ),
    ).toBe(true);
    expect(def.tables.applications.rows[0]?.columns.map((c) => [c.id, c.label])).toEqual(columns);
  });

  it('表四 rows and columns as the contract lists them', () => {
    const text = subsection(JSON_SPEC, '### 2.2');
    const rows = idLabels(text.slice(text.indexOf('Rows:'), text.indexOf('Columns:')));
    const columns = idLabels(text.slice(text.indexOf('Columns:')));
    expect(def.tables.review.rows.map((r) => [r.id, r.label])).toEqual(rows);
    for (const row of def.tables.review.rows)
      expect(row.columns.map((c) => [c.id, c.label])).toEqual(columns);
  });

  it('表二 rows, labels and column ids as the contract lists them for this edition', () => {
    const text = subsection(JSON_SPEC, '### 2.3');
    const own =
      format === '2021'
        ? text.slice(0, text.indexOf('2019 format:'))
        : text.slice(text.indexOf('2019 format:'));
    let previous: string[] = [];
    const expected = idRows(own).map(([id = '', label = '', columnText = '']) => {
      const ids = [...columnText.matchAll(/`(\w+)`/g)].map((m) => m[1] ?? '');
      // "same three" / "same": the columns of the row above.
      previous = ids.length > 0 && !columnText.startsWith('same') ? ids : previous;
      return [id, label, previous];
    });
    expect(
      def.tables.proactive.rows.map((r) => [r.id, r.label, r.columns.map((c) => c.id)]),
    ).toEqual(expected);
  });

  it('the statistics table: ids, labels and units as the contract lists them', () => {
    const rows = idRows(subsection(JSON_SPEC, '### 2.4'));
    const stats = def.tables.disclosureStats;
    expect(stats.rows.map((r) => [r.id, r.label, r.unit])).toEqual(rows);
    expect(stats.rows.every((r) => r.columns.length === 1 && r.columns[0]?.id === 'value')).toBe(
      true,
    );
  });

  it('the statistics table’s printed texts appear in the contract, except the two headings from the seed', () => {
    const stats = def.tables.disclosureStats;
    const texts = [
      ...new Set([
        stats.title,
        ...layoutTexts(stats),
        ...stats.rows.flatMap((r) => [r.printLabel, ...r.columns.map((c) => c.label)]),
      ]),
    ];
    expect(texts.filter((t) => !JSON_SPEC.includes(t))).toEqual(STATS_HEADINGS_NOT_IN_SPEC);
    expect(STATS_HEADINGS_NOT_IN_SPEC.some((t) => FORMAT_SPEC.includes(t))).toBe(false);
  });
});

describe('the editions differ as the contract says', () => {
  it('表三: `other` is 2019 only; otherNoCorrection, otherUnpaidFee, otherOther are 2021 only', () => {
    const rows = idRows(subsection(JSON_SPEC, '### 2.1'));
    const only2019 = rows
      .filter(([, label = '']) => label.includes('2019 format only'))
      .map(([id]) => id);
    const only2021 = rows.filter(([, label = '']) => label.includes('2021 only')).map(([id]) => id);
    expect(only2019).toEqual(['other']);
    expect(only2021).toEqual(['otherNoCorrection', 'otherUnpaidFee', 'otherOther']);
    const ids = (format: Format) => EDITIONS[format].tables.applications.rows.map((r) => r.id);
    expect(ids('2019').filter((id) => !ids('2021').includes(id))).toEqual(only2019);
    expect(ids('2021').filter((id) => !ids('2019').includes(id))).toEqual(only2021);
  });
});

/**
 * Places the cells of consecutive layout rows on a grid, honouring colSpan and rowSpan, and
 * returns what is wrong: a row that does not fill exactly `columnCount` columns, a cell that
 * overlaps another, or a rowSpan that runs past the last row.
 */
function gridProblems(rows: readonly (readonly LayoutCell[])[], columnCount: number): string[] {
  const problems: string[] = [];
  // For each grid column, how many more rows a cell from above still covers.
  const covered = Array.from({ length: columnCount }, () => 0);
  rows.forEach((cells, r) => {
    const taken = covered.map((n) => n > 0);
    let column = 0;
    for (const cell of cells) {
      while (column < columnCount && taken[column] === true) column += 1;
      const colSpan = cell.colSpan ?? 1;
      const rowSpan = cell.type === 'text' ? (cell.rowSpan ?? 1) : 1;
      for (let c = column; c < column + colSpan; c += 1) {
        if (c >= columnCount || taken[c] === true) {
          problems.push(`row ${String(r)}: cell overflows or overlaps at column ${String(c)}`);
          continue;
        }
        taken[c] = true;
        covered[c] = rowSpan;
      }
      column += colSpan;
    }
    const filled = taken.filter(Boolean).length;
    if (filled !== columnCount)
      problems.push(`row ${String(r)}: fills ${String(filled)} of ${String(columnCount)} columns`);
    for (let c = 0; c < columnCount; c += 1) covered[c] = Math.max(0, (covered[c] ?? 0) - 1);
  });
  if (covered.some((n) => n > 0)) problems.push('a rowSpan runs past the last row');
  return problems;
}

describe.each(FORMATS)('%s edition: layouts', (format: Format) => {
  const tables = Object.values(EDITIONS[format].tables);

  it.each(tables.map((t) => [t.id, t] as const))(
    '%s: header and body rows each fill the grid exactly',
    (_id, table) => {
      expect(gridProblems(table.layout.header, table.layout.columnCount)).toEqual([]);
      expect(gridProblems(table.layout.body, table.layout.columnCount)).toEqual([]);
      expect(table.layout.columnWidths).toHaveLength(table.layout.columnCount);
    },
  );

  it.each(tables.map((t) => [t.id, t] as const))(
    '%s: every cell of every row is one value cell, exactly once',
    (_id, table) => {
      const placed = table.layout.body
        .flat()
        .flatMap((cell) => (cell.type === 'value' ? [`${cell.row}.${cell.column}`] : []));
      const cells = table.rows.flatMap((r) => r.columns.map((c) => `${r.id}.${c.id}`));
      expect([...placed].sort()).toEqual([...cells].sort());
      expect(new Set(placed).size).toBe(placed.length);
      expect(table.layout.header.flat().some((cell) => cell.type === 'value')).toBe(false);
    },
  );
});

describe('gridProblems (the checker itself)', () => {
  const text = (colSpan = 1, rowSpan = 1): LayoutCell => ({
    type: 'text',
    role: 'header',
    text: 'x',
    colSpan,
    rowSpan,
  });
  it('accepts a grid filled through spans and rejects short, long and dangling rows', () => {
    expect(
      gridProblems(
        [
          [text(1, 2), text(2)],
          [text(), text()],
        ],
        3,
      ),
    ).toEqual([]);
    expect(gridProblems([[text(2)]], 3)).toEqual(['row 0: fills 2 of 3 columns']);
    expect(gridProblems([[text(2), text(2)]], 3)).toEqual([
      'row 0: cell overflows or overlaps at column 3',
    ]);
    expect(
      gridProblems(
        [
          [text(1, 2), text(2)],
          [text(2), text()],
        ],
        3,
      ),
    ).toEqual(['row 1: cell overflows or overlaps at column 3']);
    expect(gridProblems([[text(1, 3), text(2)], [text(2)]], 3)).toEqual([
      'a rowSpan runs past the last row',
    ]);
  });
});
