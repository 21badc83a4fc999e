import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { definitionOf } from '../definition/editions';
import type { TableId } from '../definition/types';
import { moneyFromNumber } from '../money';
import {
  CHECK_SEVERITY,
  IMPLEMENTED_CHECK_IDS,
  acknowledgementCell,
  findingKey,
  isAcknowledged,
  runChecks,
} from './index';
import {
  blankDoc,
  readyDoc,
  set,
  storeRaw,
  withSections,
  withStatsTable,
} from '../../../testing/testDocs';
import { CHECK_IDS, type Finding } from './types';
import type { RestoredDocument } from '../document';

const SEED = new URL('../../../fixtures/reports/zhenhai-2020.json', import.meta.url);

/** The seed report, copied value by value into a blank 2019 document through setCell. */
function seedDocument(): RestoredDocument {
  const json = JSON.parse(readFileSync(SEED, 'utf8')) as {
    agency: string;
    year: number;
    sections: { overview: string; problems: string; other: string };
    tables: Record<TableId, Record<string, Record<string, number>>>;
  };
  let doc = withStatsTable(blankDoc('2019', { year: json.year, agencyLevel: 'county-department' }));
  doc = withSections(doc, json.sections);
  const def = definitionOf('2019');
  for (const table of ['proactive', 'applications', 'review', 'disclosureStats'] as const) {
    for (const row of def.tables[table].rows) {
      for (const column of row.columns) {
        if (column.computed === true || row.computed === true) continue;
        const value = json.tables[table][row.id]?.[column.id];
        if (value === undefined) throw new Error(`seed lacks ${table}.${row.id}.${column.id}`);
        const money = moneyFromNumber(value);
        const stored = column.kind === 'money' && money.ok ? money.micro : value;
        doc = set(doc, `${table}.${row.id}.${column.id}`, stored);
      }
    }
  }
  return doc;
}

describe('runChecks', () => {
  it('finds nothing in the seed report (镇海区新闻中心 2020)', () => {
    const doc = seedDocument();
    expect(doc.tables.disclosureStats?.proactiveItems?.value).toBe(137);
    const findings = runChecks(doc);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings).toEqual([]);
  });

  it('finds nothing in a finished report of either edition', () => {
    expect(runChecks(readyDoc('2019'))).toEqual([]);
    expect(runChecks(readyDoc('2021'))).toEqual([]);
  });

  it('finds nothing in a consistent pair of consecutive reports of either edition', () => {
    const pairs = [
      [readyDoc('2019', { year: 2020 }), readyDoc('2019', { year: 2019 })],
      [readyDoc('2021', { year: 2022 }), readyDoc('2021', { year: 2021 })],
      [readyDoc('2021', { year: 2021 }), readyDoc('2019', { year: 2020 })],
    ] as const;
    for (const [doc, previous] of pairs) expect(runChecks(doc, { previous })).toEqual([]);
  });

  it('returns findings in catalogue order with the catalogue severity', () => {
    let doc = withSections(blankDoc('2021', { agencyLevel: 'township' }), { problems: '' });
    doc = set(doc, 'proactive.rules.issued', 1);
    doc = set(doc, 'applications.received.naturalPerson', 2);
    doc = storeRaw(doc, 'review.reconsideration.total', -1);
    const findings = runChecks(doc);
    const order = findings.map((f) => CHECK_IDS.indexOf(f.check));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(findings.map((f) => f.check))).toEqual(
      new Set([
        'cell.invalid',
        'review.total',
        'applications.balance',
        'proactive.rulesAuthority',
        'proactive.inForceBelowIssued',
        'section.empty',
        'section.feesNotStated',
        'table.blankCells',
      ]),
    );
    for (const f of findings) expect(f.severity).toBe(CHECK_SEVERITY[f.check]);
  });

  it('implements every catalogue check', () => {
    expect(IMPLEMENTED_CHECK_IDS).toEqual(CHECK_IDS);
  });
});

describe('acknowledgements', () => {
  const first = (doc: RestoredDocument): Finding => {
    const [finding] = runChecks(doc);
    if (finding === undefined) throw new Error('expected a finding');
    return finding;
  };
  const feesWarning = first(withSections(readyDoc('2021'), { other: '无。' }));
  const balanceError = first(set(readyDoc('2021'), 'applications.received.research', 1));
  const rulesWarning = first(set(readyDoc('2021'), 'proactive.rules.inForce', 1));
  const blankInfo = first(set(readyDoc('2021'), 'review.reconsideration.other', null));

  const withAck = (check: string, cell?: string) => ({
    acknowledged: [{ check, ...(cell === undefined ? {} : { cell }), note: '已核实' }],
  });

  it('builds the key from the check and its first cell', () => {
    expect(rulesWarning.check).toBe('proactive.rulesAuthority');
    expect(findingKey(rulesWarning)).toBe('proactive.rulesAuthority@proactive.rules.issued');
    expect(findingKey(balanceError)).toBe('applications.balance@applications.received.research');
  });

  it('matches a warning by check and first cell', () => {
    const f = rulesWarning;
    expect(isAcknowledged(f, withAck('proactive.rulesAuthority', 'proactive.rules.issued'))).toBe(
      true,
    );
    expect(isAcknowledged(f, withAck('proactive.rulesAuthority', 'proactive.rules.inForce'))).toBe(
      false,
    );
    expect(
      isAcknowledged(f, withAck('proactive.inForceBelowIssued', 'proactive.rules.issued')),
    ).toBe(false);
  });

  it('never acknowledges an error away', () => {
    const f = balanceError;
    expect(f.severity).toBe('error');
    expect(isAcknowledged(f, withAck(f.check, acknowledgementCell(f)))).toBe(false);
  });

  it('anchors whole-table and section findings by their part, so filling cells keeps the note', () => {
    expect(acknowledgementCell(blankInfo)).toBe('review');
    expect(isAcknowledged(blankInfo, withAck('table.blankCells', 'review'))).toBe(true);
    expect(isAcknowledged(blankInfo, withAck('table.blankCells', 'applications'))).toBe(false);
    expect(acknowledgementCell(feesWarning)).toBe('other');
    expect(isAcknowledged(feesWarning, withAck('section.feesNotStated', 'other'))).toBe(true);
    // A hand-written acknowledgement without a cell covers a check that names no cells.
    expect(isAcknowledged(feesWarning, withAck('section.feesNotStated'))).toBe(true);
    expect(isAcknowledged(rulesWarning, withAck('proactive.rulesAuthority'))).toBe(false);
  });
});
