import { cleanup, render, screen } from '@testing-library/react';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterEach, describe, expect, it } from 'vitest';
import { annualReportJsonSchema } from '../io/json/jsonSchema';
import { serializeReport } from '../io/json/exportJson';
import { renderReportHtml } from '../io/html';
import { createBlankDocument } from '../report/blank';
import { runChecks } from '../report/checks';
import { CHECKS } from '../report/checks/registry';
import {
  applicationsTable,
  dispositionRowIds,
  groupRows,
  type OtherDispositions,
} from '../report/definition/applications';
import {
  applicationsRoles,
  carriedApplications,
  commonChecks,
  OUTLINES,
  PREFACE_NAME,
  SECTIONS,
  standardParts,
  TABLE_NOTES,
} from '../report/definition/common';
import { disclosureStatsTable } from '../report/definition/disclosureStats';
import {
  defaultFormatForYear,
  definitionOf,
  FORMATS,
  registerEdition,
} from '../report/definition/editions';
import { count, proactiveTable } from '../report/definition/proactive';
import { reviewTable } from '../report/definition/review';
import type { EditionDefinition } from '../report/definition/types';
import type { RestoredDocument } from '../report/document';
import { setCell } from '../report/edit';
import { restore } from '../report/restore/restore';
import { TableGrid } from './grid';
import { ReportStoreContext } from './state/hooks';
import { ReportStore } from './state/reportStore';

/**
 * A fictional third national edition, defined and registered here and nowhere else, run through
 * the whole pipeline: if anything outside the definition knew the two real editions, this would
 * fail. Compared with 2021, 表三 （六） has two more rows and 表二 （一） has no 本年废止件数.
 */
const OTHER_ROWS = groupRows('（六）', [
  ['otherNoCorrection', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
  ['otherUnpaidFee', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
  ['otherWithdrawn', '3.申请人撤回申请'],
  ['otherTransferred', '4.转送其他机关处理'],
  ['otherOther', '5.其他'],
]);
const OTHER: OtherDispositions = { group: '（六）其他处理', rows: OTHER_ROWS };

const TABLES = {
  proactive: proactiveTable([
    {
      caption: '第二十条第（一）项',
      columns: [count('issued', '本年制发件数'), count('inForce', '现行有效件数')],
      rows: [
        { id: 'rules', label: '规章' },
        { id: 'normativeDocs', label: '行政规范性文件' },
      ],
    },
    {
      caption: '第二十条第（八）项',
      columns: [{ id: 'amount', label: '本年收费金额（单位：万元）', kind: 'money' }],
      rows: [{ id: 'fees', label: '行政事业性收费' }],
    },
  ]),
  applications: applicationsTable(OTHER),
  review: reviewTable(),
  disclosureStats: disclosureStatsTable(),
};
const ROLES = applicationsRoles(dispositionRowIds(OTHER));

const EDITION_2025 = {
  format: '2025',
  notice: '国办公开办函〔2025〕99号（虚构，仅用于测试）',
  years: { from: 2025 },
  prefaceName: PREFACE_NAME,
  sections: SECTIONS,
  tables: TABLES,
  parts: standardParts(TABLES),
  applicationsRoles: ROLES,
  checks: commonChecks(
    ROLES,
    OTHER_ROWS.map((r) => r.id),
  ),
  carryOver: { rows: carriedApplications(ROLES), sums: [], editionBound: [], sameEditionNotes: [] },
  tableNotes: TABLE_NOTES,
  outlines: OUTLINES,
} satisfies EditionDefinition;

const FORMAT = registerEdition(EDITION_2025);

afterEach(cleanup);

/** A file of the fictional edition, as another program would write it. */
function file(): Record<string, unknown> {
  const applicants = {
    naturalPerson: 0,
    commercial: 0,
    research: 0,
    nonprofit: 0,
    legalService: 0,
  };
  const row = (naturalPerson: number) => ({
    ...applicants,
    naturalPerson,
    otherOrg: 0,
    total: naturalPerson,
  });
  const applications: Record<string, Record<string, number>> = {};
  for (const r of TABLES.applications.rows) applications[r.id] = row(0);
  Object.assign(applications, {
    received: row(9),
    carriedOver: row(1),
    disclosed: row(4),
    otherWithdrawn: row(3),
    otherTransferred: row(2),
    handledTotal: row(9),
    carriedForward: row(1),
  });
  const reviewRow = { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 };
  return {
    type: 'nianbao/annual-report',
    version: 1,
    format: '2025',
    agency: '虚构市统计局',
    agencyLevel: 'city-department',
    year: 2025,
    sections: {
      overview: '本年共收到政府信息公开申请9件，予以公开4件，其他处理5件。',
      problems: '无。',
      other: '本年度未收取信息处理费。',
    },
    tables: {
      proactive: {
        rules: { issued: 0, inForce: 0 },
        normativeDocs: { issued: 2, inForce: 11 },
        fees: { amount: 0 },
      },
      applications,
      review: {
        reconsideration: reviewRow,
        litigationDirect: reviewRow,
        litigationAfterReconsideration: reviewRow,
      },
    },
  };
}

function restored(): RestoredDocument {
  const { document, problems } = restore(file());
  expect(problems).toEqual([]);
  if (document === null) throw new Error('the 2025 file was refused');
  return document;
}

describe('a third edition, registered by a test', () => {
  it('is a format like the others, chosen by its declared years', () => {
    expect(FORMATS).toContain(FORMAT);
    expect(definitionOf(FORMAT)).toBe(EDITION_2025);
    expect(defaultFormatForYear(2026)).toBe(FORMAT);
    expect(defaultFormatForYear(2024)).not.toBe(FORMAT);
    expect(createBlankDocument({ agency: '某局', year: 2025 }).format).toBe(FORMAT);
  });

  it('restores a file of that edition with its own rows and columns, nothing reported', () => {
    const doc = restored();
    expect(doc.format).toBe(FORMAT);
    expect(doc.tables.applications.otherWithdrawn?.naturalPerson).toBe(3);
    expect(Object.keys(doc.tables.proactive.rules ?? {})).toEqual(['issued', 'inForce']);
  });

  it('totals （七）总计 over the edition’s own （六） rows', () => {
    const doc = setCell(
      restored(),
      { table: 'applications', row: 'otherTransferred', column: 'commercial' },
      4,
    ).doc;
    expect(doc.tables.applications.handledTotal?.commercial).toBe(4);
    expect(doc.tables.applications.otherTransferred?.total).toBe(6);
    expect(doc.tables.applications.handledTotal?.total).toBe(13);
  });

  it('runs every check that applies, with the edition’s rows as inputs', () => {
    const applying = CHECKS.filter((c) => c.appliesTo(EDITION_2025)).map((c) => c.id);
    expect(applying).not.toContain('previous.inForce');
    expect(applying).not.toContain('section.feesNotStated');
    expect(applying).toContain('applications.balance');
    expect(runChecks(restored())).toEqual([]);

    const broken = setCell(
      restored(),
      { table: 'applications', row: 'otherWithdrawn', column: 'naturalPerson' },
      5,
    ).doc;
    const balance = runChecks(broken).filter((f) => f.check === 'applications.balance');
    expect(balance.map((f) => [f.cells[0], f.actual, f.expected])).toEqual([
      ['applications.received.naturalPerson', 10, 12],
      ['applications.received.total', 10, 12],
    ]);
    const claims = runChecks(broken).filter((f) => f.check === 'narrative.numberMismatch');
    expect(claims.map((f) => [f.actual, f.expected, f.cells.length])).toEqual([[5, 7, 5]]);
  });

  it('renders its grids with every cell named by row and column label', () => {
    const store = new ReportStore(restored());
    render(
      <ReportStoreContext.Provider value={store}>
        <TableGrid tableId="applications" />
        <TableGrid tableId="proactive" />
      </ReportStoreContext.Provider>,
    );
    const withdrawn = document.querySelector(
      'input[data-cell="applications.otherWithdrawn.naturalPerson"]',
    );
    expect(withdrawn).not.toBeNull();
    expect(screen.getByLabelText('（六）3.申请人撤回申请 自然人', { selector: 'input' })).toBe(
      withdrawn,
    );
    expect(document.querySelectorAll('input[data-cell^="proactive.rules."]')).toHaveLength(2);
    expect(document.querySelector('input[data-cell="proactive.rules.repealed"]')).toBeNull();
  });

  it('prints the edition’s rows and columns, and no other edition’s', () => {
    const html = renderReportHtml(restored());
    expect(html).toContain('3.申请人撤回申请');
    expect(html).toContain('4.转送其他机关处理');
    expect(html).not.toContain('本年废止件数');
    expect(html).not.toContain('第二十条第（五）项');
  });

  it('exports JSON that restores to the same document, valid against the generated schema', () => {
    const doc = restored();
    const text = serializeReport(doc, {
      exportedAt: new Date('2026-01-20T09:30:00.000Z'),
      generator: 'nianbao test',
    });
    const again = restore(JSON.parse(text));
    expect(again.problems).toEqual([]);
    expect(again.document?.tables).toEqual(doc.tables);
    const schema = annualReportJsonSchema() as {
      properties: { format: { enum: readonly string[]; description: string } };
    };
    expect(schema.properties.format.enum).toContain(FORMAT);
    expect(schema.properties.format.description).toContain('2025 = 国办公开办函〔2025〕99号');
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(JSON.parse(text))).toBe(true);
  });
});
