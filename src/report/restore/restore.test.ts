import { describe, expect, it } from 'vitest';
import { blankTable } from '../blank';
import { definitionOf } from '../definition/editions';
import type { Problem } from './problems';
import { restore, restoreText, type RestoreResult } from './restore';
import {
  fileOf,
  fullFile,
  minimalFile,
  SEED_TEXT,
  setPath,
  type JsonObject,
} from '../../../testing/testFiles';

const problem = (
  code: Problem['code'],
  severity: Problem['severity'],
  path: Problem['path'],
  params: Problem['params'] = {},
): Problem => ({ code, severity, path, params });

/** Restores `file` after setting `value` at `path` (undefined deletes the key). */
const restoreWith = (file: JsonObject, path: readonly string[], value: unknown): RestoreResult =>
  restore(setPath(file, path, value));

function documentOf(result: RestoreResult) {
  if (result.document === null) throw new Error(`refused: ${JSON.stringify(result.problems)}`);
  return result.document;
}

describe('restore: the seed fixture', () => {
  it('restores with zero problems', () => {
    const result = restoreText(SEED_TEXT);
    expect(result.problems).toEqual([]);
    const doc = documentOf(result);
    expect(doc.format).toBe('2019');
    expect(doc.agency).toBe('镇海区新闻中心');
    expect(doc.agencyLevel).toBe('county-department');
    expect(doc.year).toBe(2020);
    // The seed's title is the derived one, so it is kept as "derived" (null) and follows the agency.
    expect(doc.title).toBeNull();
    expect(doc.preface).toMatch(/^2020年，镇海区新闻中心/);
    expect(doc.sections.other).toBe(
      '区新闻中心2020年度通过不同渠道和方式公开及回应解读总体情况统计如下：',
    );
    expect(doc.tables.applications.received?.naturalPerson).toBe(0);
    expect(doc.tables.proactive.licensing?.change).toBe(0);
    expect(doc.tables.disclosureStats?.viaWeibo?.value).toBe(1324);
    expect(doc.acknowledged).toEqual([]);
    expect(doc.publicationDate).toBeNull();
    expect(doc.extra).toEqual({});
  });

  it('ignores a byte-order mark in front of the text', () => {
    expect(restoreText(`\uFEFF${SEED_TEXT}`).problems).toEqual([]);
  });
});

describe('restore: whole-file refusals (document null, errors only)', () => {
  it.each<[string, string, Problem['params']]>([
    ['{\n  "a": x}', 'bad token', { line: 2, column: 8 }],
    ['{"a":1,}', 'trailing comma', { line: 1, column: 8 }],
    ['', 'empty text', { line: 1, column: 1 }],
    ['{"a":\n\n  [1, 2', 'cut short', { line: 3, column: 8 }],
  ])('file.notJson for %j (%s) with line and column', (text, _why, params) => {
    expect(restoreText(text)).toEqual({
      document: null,
      problems: [problem('file.notJson', 'error', [], params)],
    });
  });

  it.each<[unknown]>([[null], [undefined], [[]], ['text'], [42]])(
    'file.notObject for %j',
    (input) => {
      expect(restore(input)).toEqual({
        document: null,
        problems: [problem('file.notObject', 'error', [])],
      });
    },
  );

  it('file.wrongType names the type found, or none when missing', () => {
    expect(restoreWith(minimalFile(), ['type'], 'excalidraw').problems).toEqual([
      problem('file.wrongType', 'error', ['type'], { type: 'excalidraw' }),
    ]);
    expect(restoreWith(minimalFile(), ['type'], undefined).problems).toEqual([
      problem('file.wrongType', 'error', ['type']),
    ]);
  });

  it('file.versionMissing, file.versionInvalid, file.versionTooNew', () => {
    expect(restoreWith(minimalFile(), ['version'], undefined).problems).toEqual([
      problem('file.versionMissing', 'error', ['version']),
    ]);
    for (const [bad, shown] of [
      ['1', '1'],
      [0, '0'],
      [1.5, '1.5'],
      [-1, '-1'],
    ] as const) {
      expect(restoreWith(minimalFile(), ['version'], bad).problems).toEqual([
        problem('file.versionInvalid', 'error', ['version'], { version: shown }),
      ]);
    }
    const tooNew = restoreWith(minimalFile(), ['version'], 2);
    expect(tooNew).toEqual({
      document: null,
      problems: [problem('file.versionTooNew', 'error', ['version'], { version: 2, supported: 1 })],
    });
  });

  it('format.unknown refuses: the tables cannot be read without the edition', () => {
    expect(restoreWith(minimalFile(), ['format'], '2030')).toEqual({
      document: null,
      problems: [problem('format.unknown', 'error', ['format'], { format: '2030' })],
    });
  });

  it('agency and year: missing, invalid and out of range are reported together', () => {
    const file = setPath(setPath(minimalFile(), ['agency'], undefined), ['year'], 2007);
    expect(restore(file)).toEqual({
      document: null,
      problems: [
        problem('field.missing', 'error', ['agency']),
        problem('year.outOfRange', 'error', ['year'], { year: 2007, min: 2008, max: 2100 }),
      ],
    });
    expect(restoreWith(minimalFile(), ['agency'], 5).problems).toEqual([
      problem('field.invalid', 'error', ['agency'], { raw: '5' }),
    ]);
    expect(restoreWith(minimalFile(), ['year'], '2020').problems).toEqual([
      problem('field.invalid', 'error', ['year'], { raw: '2020' }),
    ]);
    expect(restoreWith(minimalFile(), ['year'], 2020.5).problems).toEqual([
      problem('field.invalid', 'error', ['year'], { raw: '2020.5' }),
    ]);
    expect(restoreWith(minimalFile(), ['year'], undefined).problems).toEqual([
      problem('field.missing', 'error', ['year']),
    ]);
    expect(restoreWith(minimalFile(), ['year'], 2101).problems).toEqual([
      problem('year.outOfRange', 'error', ['year'], { year: 2101, min: 2008, max: 2100 }),
    ]);
  });
});

describe('restore: envelope fields', () => {
  it('format missing → the edition of the year, with a warning', () => {
    const r2020 = restore(setPath(minimalFile('2019'), ['format'], undefined));
    expect(documentOf(r2020).format).toBe('2019');
    expect(r2020.problems).toEqual([
      problem('format.defaulted', 'warning', ['format'], { format: '2019', year: 2020 }),
    ]);
    const r2023 = restore(setPath(minimalFile('2021'), ['format'], null));
    expect(documentOf(r2023).format).toBe('2021');
    expect(r2023.problems).toEqual([
      problem('format.defaulted', 'warning', ['format'], { format: '2021', year: 2023 }),
    ]);
  });

  it('format given as the number 2019 → accepted with a notice', () => {
    const result = restoreWith(minimalFile('2019'), ['format'], 2019);
    expect(documentOf(result).format).toBe('2019');
    expect(result.problems).toEqual([
      problem('format.normalised', 'notice', ['format'], { raw: '2019', format: '2019' }),
    ]);
  });

  it('agencyLevel: unknown → dropped with a warning; missing or null → null without a problem', () => {
    const unknown = restoreWith(minimalFile(), ['agencyLevel'], 'ministry');
    expect(documentOf(unknown).agencyLevel).toBeNull();
    expect(unknown.problems).toEqual([
      problem('agencyLevel.unknown', 'warning', ['agencyLevel'], { value: 'ministry' }),
    ]);
    expect(restore(minimalFile()).problems).toEqual([]);
    expect(documentOf(restoreWith(minimalFile(), ['agencyLevel'], null)).agencyLevel).toBeNull();
    expect(documentOf(restoreWith(minimalFile(), ['agencyLevel'], 'township')).agencyLevel).toBe(
      'township',
    );
  });

  it('title and preface: missing → null and "" silently; not text → dropped with a warning', () => {
    const doc = documentOf(restore(minimalFile()));
    expect(doc.title).toBeNull();
    expect(doc.preface).toBe('');
    const badTitle = restoreWith(minimalFile(), ['title'], 5);
    expect(documentOf(badTitle).title).toBeNull();
    expect(badTitle.problems).toEqual([
      problem('field.invalid', 'warning', ['title'], { raw: '5' }),
    ]);
    const badPreface = restoreWith(minimalFile(), ['preface'], ['a']);
    expect(documentOf(badPreface).preface).toBe('');
    expect(badPreface.problems).toEqual([
      problem('field.invalid', 'warning', ['preface'], { raw: '[…]' }),
    ]);
  });

  it('sections: a missing key → "" with field.missing; a non-text → "" with field.invalid', () => {
    const file = setPath(
      setPath(minimalFile(), ['sections', 'problems'], undefined),
      ['sections', 'other'],
      5,
    );
    setPath(file, ['sections', 'overview'], '总体情况');
    setPath(file, ['sections', 'appendix'], '附件');
    const result = restore(file);
    expect(documentOf(result).sections).toEqual({ overview: '总体情况', problems: '', other: '' });
    expect(result.problems).toEqual([
      problem('field.missing', 'warning', ['sections', 'problems']),
      problem('field.invalid', 'warning', ['sections', 'other'], { raw: '5' }),
      problem('field.unknown', 'warning', ['sections', 'appendix']),
    ]);
    expect(restoreWith(minimalFile(), ['sections'], undefined).problems).toEqual([
      problem('field.missing', 'warning', ['sections']),
    ]);
    expect(restoreWith(minimalFile(), ['sections'], 'text').problems).toEqual([
      problem('field.invalid', 'warning', ['sections'], { raw: 'text' }),
    ]);
  });

  it('publicationDate: a real YYYY-MM-DD date is kept; anything else is dropped with a warning', () => {
    expect(
      documentOf(restoreWith(minimalFile(), ['publicationDate'], '2024-01-31')).publicationDate,
    ).toBe('2024-01-31');
    for (const bad of ['2024-02-30', '2024-1-31', 20240131]) {
      const result = restoreWith(minimalFile(), ['publicationDate'], bad);
      expect(documentOf(result).publicationDate).toBeNull();
      expect(result.problems).toEqual([
        problem('field.invalid', 'warning', ['publicationDate'], { raw: String(bad) }),
      ]);
    }
  });

  it('acknowledged: good items kept, bad items dropped one by one with their index', () => {
    const result = restoreWith(
      minimalFile(),
      ['acknowledged'],
      [
        { check: 'applications.balance', cell: 'applications.received.total', note: '跨年办理' },
        { check: 'section.empty', note: '' },
        { check: 'applications.balance' },
        'text',
        { check: 5, note: 'x' },
        null,
      ],
    );
    expect(documentOf(result).acknowledged).toEqual([
      { check: 'applications.balance', cell: 'applications.received.total', note: '跨年办理' },
      { check: 'section.empty', note: '' },
    ]);
    expect(result.problems).toEqual(
      [2, 3, 4, 5].map((index) =>
        problem('acknowledged.invalid', 'warning', ['acknowledged', index], { index }),
      ),
    );
    expect(restoreWith(minimalFile(), ['acknowledged'], {}).problems).toEqual([
      problem('field.invalid', 'warning', ['acknowledged'], { raw: '{…}' }),
    ]);
  });

  it('unknown top-level keys are kept in extra; envelope keys are not', () => {
    const file = minimalFile();
    Object.assign(file, {
      exportedAt: '2026-01-20T09:30:00.000Z',
      generator: 'nianbao 0.4.0',
      region: { code: '330211', list: [1, null, 'a'] },
      reviewedBy: '张三',
    });
    const result = restore(file);
    expect(result.problems).toEqual([]);
    expect(documentOf(result).extra).toEqual({
      region: { code: '330211', list: [1, null, 'a'] },
      reviewedBy: '张三',
    });
  });

  it('a "__proto__" key is kept as data and changes no prototype', () => {
    const text = JSON.stringify(minimalFile()).replace(
      /^\{/,
      '{"__proto__":{"polluted":"yes"},"x":{"__proto__":{"polluted":"yes"}},',
    );
    const withRow = text.replace(
      '"applications":{}',
      '"applications":{"__proto__":{"polluted":1}}',
    );
    const result = restoreText(withRow);
    const doc = documentOf(result);
    expect(Object.getPrototypeOf(doc.extra)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(doc.extra, '__proto__')?.value).toEqual({
      polluted: 'yes',
    });
    expect(Object.getPrototypeOf(doc.tables.applications)).toBe(Object.prototype);
    expect(Object.hasOwn(doc.tables.applications, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(JSON.parse(JSON.stringify(doc.extra))).toEqual(
      JSON.parse('{"__proto__":{"polluted":"yes"},"x":{"__proto__":{"polluted":"yes"}}}'),
    );
    expect(Object.getOwnPropertyDescriptor(doc.tables.applications, '__proto__')?.value).toEqual({
      polluted: 1,
    });
    expect(result.problems).toEqual([
      problem('table.unknownRow', 'warning', ['tables', 'applications', '__proto__'], {
        table: 'applications',
        row: '__proto__',
      }),
    ]);
  });
});

describe('restore: tables', () => {
  it('a missing required table → blank table with table.missing', () => {
    const result = restoreWith(minimalFile(), ['tables', 'review'], undefined);
    expect(documentOf(result).tables.review).toEqual(
      blankTable(definitionOf('2021').tables.review),
    );
    expect(result.problems).toEqual([
      problem('table.missing', 'warning', ['tables', 'review'], { table: 'review' }),
    ]);
  });

  it('a table that is not an object → blank table with table.invalid', () => {
    const result = restoreWith(minimalFile(), ['tables', 'applications'], [1, 2]);
    expect(documentOf(result).tables.applications).toEqual(
      blankTable(definitionOf('2021').tables.applications),
    );
    expect(result.problems).toEqual([
      problem('table.invalid', 'warning', ['tables', 'applications'], { table: 'applications' }),
    ]);
  });

  it('tables missing or not an object', () => {
    expect(restoreWith(minimalFile(), ['tables'], undefined).problems).toEqual(
      ['proactive', 'applications', 'review'].map((table) =>
        problem('table.missing', 'warning', ['tables', table], { table }),
      ),
    );
    const invalid = restoreWith(minimalFile(), ['tables'], 'none');
    expect(invalid.problems).toEqual([problem('field.invalid', 'warning', ['tables'])]);
    expect(documentOf(invalid).tables.proactive).toEqual(
      blankTable(definitionOf('2021').tables.proactive),
    );
  });

  it('disclosureStats is optional: absent or null → null; not an object → null with table.invalid', () => {
    expect(documentOf(restore(minimalFile())).tables.disclosureStats).toBeNull();
    expect(
      documentOf(restoreWith(minimalFile(), ['tables', 'disclosureStats'], null)).tables
        .disclosureStats,
    ).toBeNull();
    const bad = restoreWith(minimalFile(), ['tables', 'disclosureStats'], 'x');
    expect(documentOf(bad).tables.disclosureStats).toBeNull();
    expect(bad.problems).toEqual([
      problem('table.invalid', 'warning', ['tables', 'disclosureStats'], {
        table: 'disclosureStats',
      }),
    ]);
    const present = documentOf(
      restoreWith(minimalFile(), ['tables', 'disclosureStats'], { viaWeibo: { value: 3 } }),
    );
    expect(present.tables.disclosureStats?.viaWeibo).toEqual({ value: 3 });
    expect(present.tables.disclosureStats?.proactiveItems).toEqual({ value: null });
  });

  it('an unknown table key is reported and dropped', () => {
    expect(restoreWith(minimalFile(), ['tables', 'procurementDetail'], {}).problems).toEqual([
      problem('field.unknown', 'warning', ['tables', 'procurementDetail']),
    ]);
  });

  it('a known row that is not an object → blank row with table.invalid', () => {
    const result = restoreWith(minimalFile(), ['tables', 'applications', 'received'], 12);
    expect(documentOf(result).tables.applications.received).toEqual(
      blankTable(definitionOf('2021').tables.applications).received,
    );
    expect(result.problems).toEqual([
      problem('table.invalid', 'warning', ['tables', 'applications', 'received'], {
        table: 'applications',
        row: 'received',
      }),
    ]);
  });

  it('every known row is present with every column; missing rows and cells are blank without a problem', () => {
    const result = restore(minimalFile('2019'));
    expect(result.problems).toEqual([]);
    const doc = documentOf(result);
    for (const id of ['proactive', 'applications', 'review'] as const) {
      expect(doc.tables[id]).toEqual(blankTable(definitionOf('2019').tables[id]));
    }
  });

  it('a stored total that disagrees with its parts is kept as stored (the checks report it)', () => {
    const file = setPath(minimalFile(), ['tables', 'applications', 'received'], {
      naturalPerson: 1,
      total: 999,
    });
    const doc = documentOf(restore(file));
    expect(doc.tables.applications.received?.total).toBe(999);
    expect(doc.tables.applications.received?.naturalPerson).toBe(1);
  });
});

describe('restore: cells', () => {
  const at = (row: string, column: string) => ['tables', 'applications', row, column];
  const cell = (value: unknown, row = 'received', column = 'naturalPerson') =>
    restore(setPath(minimalFile(), ['tables', 'applications', row, column], value));
  const valueOf = (result: RestoreResult, row = 'received', column = 'naturalPerson') =>
    documentOf(result).tables.applications[row]?.[column];

  it.each<[unknown, number | null, Problem[]]>([
    [12, 12, []],
    [0, 0, []],
    [null, null, []],
    [
      '１２３',
      123,
      [
        problem('cell.normalised', 'notice', at('received', 'naturalPerson'), {
          raw: '１２３',
          value: 123,
        }),
      ],
    ],
    [
      '1,234',
      1234,
      [
        problem('cell.normalised', 'notice', at('received', 'naturalPerson'), {
          raw: '1,234',
          value: 1234,
        }),
      ],
    ],
    [
      '12件',
      12,
      [
        problem('cell.normalised', 'notice', at('received', 'naturalPerson'), {
          raw: '12件',
          value: 12,
        }),
      ],
    ],
    [
      '—',
      null,
      [problem('cell.normalised', 'notice', at('received', 'naturalPerson'), { raw: '—' })],
    ],
    [
      'abc',
      null,
      [problem('cell.notNumber', 'warning', at('received', 'naturalPerson'), { raw: 'abc' })],
    ],
    [
      true,
      null,
      [problem('cell.notNumber', 'warning', at('received', 'naturalPerson'), { raw: 'true' })],
    ],
    [
      { n: 1 },
      null,
      [problem('cell.notNumber', 'warning', at('received', 'naturalPerson'), { raw: '{…}' })],
    ],
    [
      -1,
      null,
      [problem('cell.negative', 'warning', at('received', 'naturalPerson'), { value: -1 })],
    ],
    [
      '-1',
      null,
      [problem('cell.negative', 'warning', at('received', 'naturalPerson'), { raw: '-1' })],
    ],
    [
      1.5,
      null,
      [problem('cell.notInteger', 'warning', at('received', 'naturalPerson'), { value: 1.5 })],
    ],
    [
      '1.5',
      null,
      [problem('cell.notInteger', 'warning', at('received', 'naturalPerson'), { raw: '1.5' })],
    ],
    [
      2 ** 53,
      null,
      [problem('cell.tooLarge', 'warning', at('received', 'naturalPerson'), { value: 2 ** 53 })],
    ],
  ])('count cell %j → %j', (raw, value, problems) => {
    const result = cell(raw);
    expect(valueOf(result)).toBe(value);
    expect(result.problems).toEqual(problems);
  });

  it('the other cells of the row are untouched by a bad one', () => {
    const file = setPath(minimalFile(), ['tables', 'applications', 'received'], {
      naturalPerson: 'abc',
      commercial: 4,
    });
    const row = documentOf(restore(file)).tables.applications.received;
    expect(row).toMatchObject({ naturalPerson: null, commercial: 4, research: null });
  });

  it('money: decimals up to 6 places become millionths; 7 places → cell.tooManyDecimals', () => {
    const path = ['tables', 'proactive', 'fees', 'amount'];
    const fees = (value: unknown) => restore(setPath(minimalFile('2021'), path, value));
    expect(documentOf(fees(5949.088667)).tables.proactive.fees?.amount).toBe(5_949_088_667);
    expect(fees(5949.088667).problems).toEqual([]);
    const tooPrecise = fees(1.1234567);
    expect(documentOf(tooPrecise).tables.proactive.fees?.amount).toBeNull();
    expect(tooPrecise.problems).toEqual([
      problem('cell.tooManyDecimals', 'warning', path, { value: 1.1234567 }),
    ]);
    const withUnit = fees('12.5万元');
    expect(documentOf(withUnit).tables.proactive.fees?.amount).toBe(12_500_000);
    expect(withUnit.problems).toEqual([
      problem('cell.normalised', 'notice', path, { raw: '12.5万元', value: 12.5 }),
    ]);
    expect(fees('251000元').problems).toEqual([
      problem('cell.notNumber', 'warning', path, { raw: '251000元' }),
    ]);
    expect(fees(-3).problems).toEqual([problem('cell.negative', 'warning', path, { value: -3 })]);
    expect(fees(1e10).problems).toEqual([
      problem('cell.tooLarge', 'warning', path, { value: 1e10 }),
    ]);
  });

  it('signed (2019 本年增/减) keeps negative integers', () => {
    const path = ['tables', 'proactive', 'licensing', 'change'];
    const result = restore(setPath(minimalFile('2019'), path, -8));
    expect(result.problems).toEqual([]);
    expect(documentOf(result).tables.proactive.licensing?.change).toBe(-8);
    const text = restore(setPath(minimalFile('2019'), path, '−8'));
    expect(documentOf(text).tables.proactive.licensing?.change).toBe(-8);
    expect(text.problems).toEqual([
      problem('cell.normalised', 'notice', path, { raw: '−8', value: -8 }),
    ]);
    expect(restore(setPath(minimalFile('2019'), path, -1.5)).problems).toEqual([
      problem('cell.notInteger', 'warning', path, { value: -1.5 }),
    ]);
  });
});

describe('restore: rows and columns the edition lacks are kept and reported', () => {
  it('2019 row `other` in a 2021 file', () => {
    const file = setPath(minimalFile('2021'), ['tables', 'applications', 'other'], {
      naturalPerson: 3,
      total: 3,
    });
    const result = restore(file);
    expect(documentOf(result).tables.applications.other).toEqual({ naturalPerson: 3, total: 3 });
    expect(result.problems).toEqual([
      problem('table.unknownRow', 'warning', ['tables', 'applications', 'other'], {
        table: 'applications',
        row: 'other',
        otherEdition: '2019',
      }),
    ]);
  });

  it('2021 rows otherNoCorrection/otherUnpaidFee/otherOther in a 2019 file', () => {
    const file = minimalFile('2019');
    for (const row of ['otherNoCorrection', 'otherUnpaidFee', 'otherOther']) {
      setPath(file, ['tables', 'applications', row], { naturalPerson: 1 });
    }
    const result = restore(file);
    expect(result.problems.map((p) => [p.code, p.params.row, p.params.otherEdition])).toEqual([
      ['table.unknownRow', 'otherNoCorrection', '2021'],
      ['table.unknownRow', 'otherUnpaidFee', '2021'],
      ['table.unknownRow', 'otherOther', '2021'],
    ]);
    expect(documentOf(result).tables.applications.otherUnpaidFee).toEqual({ naturalPerson: 1 });
  });

  it('a row of the other edition keeps its kind: 2019 procurement amount stays exact money', () => {
    const file = setPath(minimalFile('2021'), ['tables', 'proactive', 'procurement'], {
      items: 2,
      amount: 25.1,
    });
    expect(documentOf(restore(file)).tables.proactive.procurement).toEqual({
      items: 2,
      amount: 25_100_000,
    });
  });

  it('an unknown row: numbers kept as numbers, strings read as counts, unreadable → null (reported)', () => {
    const file = setPath(minimalFile(), ['tables', 'applications', 'appeals'], {
      a: 5,
      b: 1.5,
      c: '７',
      d: 'abc',
      e: null,
    });
    const result = restore(file);
    expect(documentOf(result).tables.applications.appeals).toEqual({
      a: 5,
      b: 1.5,
      c: 7,
      d: null,
      e: null,
    });
    const path = (column: string) => ['tables', 'applications', 'appeals', column];
    expect(result.problems).toEqual([
      problem('table.unknownRow', 'warning', ['tables', 'applications', 'appeals'], {
        table: 'applications',
        row: 'appeals',
      }),
      problem('cell.normalised', 'notice', path('c'), { raw: '７', value: 7 }),
      problem('cell.notNumber', 'warning', path('d'), { raw: 'abc' }),
    ]);
  });

  it('an unknown column of a known row, and a column of the other edition', () => {
    const file = setPath(
      minimalFile('2021'),
      ['tables', 'applications', 'received', 'legalPersons'],
      5,
    );
    setPath(file, ['tables', 'proactive', 'rules'], { issued: 1, made: 2 });
    const result = restore(file);
    const doc = documentOf(result);
    expect(doc.tables.applications.received?.legalPersons).toBe(5);
    expect(doc.tables.proactive.rules).toEqual({
      issued: 1,
      repealed: null,
      inForce: null,
      made: 2,
    });
    expect(result.problems).toEqual([
      problem('table.unknownColumn', 'warning', ['tables', 'proactive', 'rules', 'made'], {
        table: 'proactive',
        row: 'rules',
        column: 'made',
        otherEdition: '2019',
      }),
      problem(
        'table.unknownColumn',
        'warning',
        ['tables', 'applications', 'received', 'legalPersons'],
        {
          table: 'applications',
          row: 'received',
          column: 'legalPersons',
        },
      ),
    ]);
  });
});

describe('restore: never throws', () => {
  it('a cyclic value in extra is dropped with a warning', () => {
    const loop: JsonObject = {};
    loop.self = loop;
    const result = restore({ ...minimalFile(), loop });
    expect(documentOf(result).extra).toEqual({});
    expect(result.problems).toEqual([problem('field.invalid', 'warning', ['loop'])]);
  });

  it('a getter that throws spoils only its own field or cell', () => {
    const file = minimalFile();
    Object.defineProperty(file, 'title', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const row: JsonObject = { commercial: 2 };
    Object.defineProperty(row, 'naturalPerson', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    setPath(file, ['tables', 'applications', 'received'], row);
    const result = restore(file);
    expect(documentOf(result).tables.applications.received).toMatchObject({
      naturalPerson: null,
      commercial: 2,
    });
    expect(result.problems).toEqual([
      problem('field.invalid', 'warning', ['title'], { raw: '?' }),
      problem(
        'cell.notNumber',
        'warning',
        ['tables', 'applications', 'received', 'naturalPerson'],
        { raw: '?' },
      ),
    ]);
  });

  it('a proxy whose traps throw, a revoked proxy, a huge sparse array, deep nesting', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no keys');
        },
      },
    );
    expect(restore(hostile).problems).toEqual([problem('file.notObject', 'error', [])]);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(restore(proxy).problems).toEqual([problem('file.notObject', 'error', [])]);
    expect(restore({ ...minimalFile(), tables: proxy }).problems).toEqual([
      problem('field.invalid', 'warning', ['tables']),
    ]);

    const huge = restore({ ...minimalFile(), acknowledged: new Array(2 ** 32 - 1) });
    expect(huge.problems).toEqual([
      problem('field.invalid', 'warning', ['acknowledged'], { raw: '?' }),
    ]);

    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i += 1) deep = [deep];
    expect(restore({ ...minimalFile(), deep }).problems).toEqual([
      problem('field.invalid', 'warning', ['deep']),
    ]);
    const deepText = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(() => restoreText(deepText)).not.toThrow();
  });
});

describe('restore: round trip of every field type', () => {
  it.each(['2019', '2021'] as const)(
    '%s edition: file → document → file → same document, no problems',
    (format) => {
      const file = fullFile(format);
      const first = restore(file);
      expect(first.problems).toEqual([]);
      const doc = documentOf(first);
      expect(doc).toMatchObject({
        format,
        agency: file.agency,
        agencyLevel: 'county-government',
        year: file.year,
        title: file.title,
        preface: file.preface,
        sections: file.sections,
        acknowledged: file.acknowledged,
        publicationDate: '2025-01-20',
        extra: { localRegion: { code: '330211', reviewed: true, tags: ['a', null, 3] } },
      });
      const def = definitionOf(format);
      const money = def.tables.proactive.rows.flatMap((r) =>
        r.columns.filter((c) => c.kind === 'money').map(() => r.id),
      );
      expect(money.length).toBeGreaterThan(0);
      for (const rowId of money) {
        expect(Number.isInteger(doc.tables.proactive[rowId]?.amount)).toBe(true);
      }
      const second = restore(fileOf(doc, { exportedAt: 'x', generator: 'y' }));
      expect(second.problems).toEqual([]);
      expect(second.document).toEqual(doc);
    },
  );
});
