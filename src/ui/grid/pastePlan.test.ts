import { describe, expect, it } from 'vitest';
import { createBlankDocument } from '../../report/blank';
import { definitionOf } from '../../report/definition/editions';
import { setCell } from '../../report/edit';
import { buildGeometry } from './gridGeometry';
import { planPaste, type PastePlan, type PasteReady } from './pastePlan';

const doc = createBlankDocument({ agency: '测试局', year: 2021 });
const ed = definitionOf('2021');
const t3 = buildGeometry(ed, 'applications');
const t2 = buildGeometry(ed, 'proactive');
const t4 = buildGeometry(ed, 'review');

function expectReady(plan: PastePlan): PasteReady {
  if (!plan.ok) throw new Error(`expected a plan, got ${JSON.stringify(plan.problems)}`);
  return plan;
}

const written = (plan: PasteReady) =>
  plan.entries.map(([ref, value]) => [`${ref.row}.${ref.column}`, value]);

describe('planPaste', () => {
  it('fills six applicant columns of a 表三 row from 自然人', () => {
    const plan = expectReady(
      planPaste(doc, t3, 'applications.received.naturalPerson', [['12', '3件', '0', '', '—', '1']]),
    );
    expect(written(plan)).toEqual([
      ['received.naturalPerson', 12],
      ['received.commercial', 3],
      ['received.research', 0],
      ['received.nonprofit', null],
      ['received.legalService', null],
      ['received.otherOrg', 1],
    ]);
    expect(plan.first.id).toBe('applications.received.naturalPerson');
    expect(plan.last.id).toBe('applications.received.otherOrg');
    expect(plan.overwritten).toEqual([]);
  });

  it('lists none-marks (“-”, “—”, “/”, “无”) and reads them as blank, or as 0 when asked', () => {
    const tokens = [['-', '—', '/', '无', '2', '']];
    const blank = expectReady(planPaste(doc, t3, 'applications.received.naturalPerson', tokens));
    expect(blank.noneAs).toBe('blank');
    expect(blank.noneMarks.map((m) => [m.id, m.token])).toEqual([
      ['applications.received.naturalPerson', '-'],
      ['applications.received.commercial', '—'],
      ['applications.received.research', '/'],
      ['applications.received.nonprofit', '无'],
    ]);
    expect(written(blank).map(([, v]) => v)).toEqual([null, null, null, null, 2, null]);

    const zero = expectReady(
      planPaste(doc, t3, 'applications.received.naturalPerson', tokens, 'zero'),
    );
    expect(zero.noneMarks).toEqual(blank.noneMarks);
    // A truly empty token stays blank either way: only the marks are read as 0.
    expect(written(zero).map(([, v]) => v)).toEqual([0, 0, 0, 0, 2, null]);
  });

  it('skips a pasted 总计 that equals the sum, and reports one that does not', () => {
    const good = expectReady(
      planPaste(doc, t3, 'applications.received.naturalPerson', [
        ['1', '2', '0', '0', '0', '0', '3'],
      ]),
    );
    expect(good.entries).toHaveLength(6);
    expect(good.skippedTotals).toBe(1);
    expect(good.mismatches).toEqual([]);

    const bad = expectReady(
      planPaste(doc, t3, 'applications.received.naturalPerson', [
        ['1', '2', '0', '0', '0', '0', '9'],
      ]),
    );
    expect(bad.entries).toHaveLength(6);
    expect(bad.mismatches).toMatchObject([
      { cell: '一、本年新收政府信息公开申请数量 总计', pasted: 9, computed: 3 },
    ]);
  });

  it('checks a computed row in the range against the recomputed total', () => {
    const anchor = 'applications.otherOther.naturalPerson';
    const plan = expectReady(planPaste(doc, t3, anchor, [['4'], ['5'], ['6']]));
    expect(written(plan)).toEqual([
      ['otherOther.naturalPerson', 4],
      ['carriedForward.naturalPerson', 6],
    ]);
    expect(plan.mismatches).toMatchObject([{ pasted: 5, computed: 4 }]);
  });

  it('refuses a block that runs past the right edge, naming the row', () => {
    const plan = planPaste(doc, t3, 'applications.received.otherOrg', [['1', '2', '3']]);
    expect(plan).toEqual({
      ok: false,
      problems: [
        {
          code: 'columnsPastEdge',
          line: 1,
          tokens: 3,
          available: 2,
          rowLabel: '一、本年新收政府信息公开申请数量',
        },
      ],
    });
  });

  it('refuses a block that runs past the bottom edge', () => {
    const plan = planPaste(doc, t3, 'applications.carriedForward.naturalPerson', [['1'], ['2']]);
    expect(plan).toEqual({
      ok: false,
      problems: [{ code: 'rowsPastEdge', lines: 2, available: 1 }],
    });
  });

  it('refuses invalid tokens and says which line, position and cell', () => {
    const plan = planPaste(doc, t3, 'applications.received.naturalPerson', [
      ['1', 'abc'],
      ['-2', '1.5'],
    ]);
    expect(plan.ok).toBe(false);
    expect(!plan.ok && plan.problems).toEqual([
      {
        code: 'invalidToken',
        line: 1,
        position: 2,
        token: 'abc',
        cell: '一、本年新收政府信息公开申请数量 商业企业',
        reason: 'notNumber',
      },
      {
        code: 'invalidToken',
        line: 2,
        position: 1,
        token: '-2',
        cell: '二、上年结转政府信息公开申请数量 自然人',
        reason: 'negative',
      },
      {
        code: 'invalidToken',
        line: 2,
        position: 2,
        token: '1.5',
        cell: '二、上年结转政府信息公开申请数量 商业企业',
        reason: 'notInteger',
      },
    ]);
  });

  it('lists the non-blank cells that will be overwritten', () => {
    const filled = setCell(
      setCell(doc, { table: 'applications', row: 'received', column: 'naturalPerson' }, 7).doc,
      { table: 'applications', row: 'received', column: 'commercial' },
      2,
    ).doc;
    const plan = expectReady(
      planPaste(filled, t3, 'applications.received.naturalPerson', [['8', '2', '1']]),
    );
    expect(plan.overwritten.map((o) => [o.cell, o.before, o.after])).toEqual([
      ['一、本年新收政府信息公开申请数量 自然人', 7, 8],
    ]);
  });

  it('crosses 表二 caption and header rows only where the pasted text is blank or the same', () => {
    const anchor = 'proactive.normativeDocs.issued';
    const fits = expectReady(
      planPaste(doc, t2, anchor, [['1', '2', '3'], [''], ['本年处理决定数量'], ['40']]),
    );
    expect(written(fits)).toEqual([
      ['normativeDocs.issued', 1],
      ['normativeDocs.repealed', 2],
      ['normativeDocs.inForce', 3],
      ['licensing.decisions', 40],
    ]);
    const refused = planPaste(doc, t2, anchor, [['1'], ['9']]);
    expect(!refused.ok && refused.problems).toEqual([
      { code: 'noCellsInRow', line: 2, position: 1, token: '9', rowText: '第二十条第（五）项' },
    ]);
  });

  it('counts a spanning 表二 value cell once', () => {
    const refused = planPaste(doc, t2, 'proactive.licensing.decisions', [['1', '2']]);
    expect(!refused.ok && refused.problems[0]).toMatchObject({
      code: 'columnsPastEdge',
      available: 1,
    });
  });

  it('parses money tokens exactly in the 收费金额 cell', () => {
    const plan = expectReady(planPaste(doc, t2, 'proactive.fees.amount', [['5,949.088667']]));
    expect(written(plan)).toEqual([['fees.amount', 5949088667]]);
  });

  it('fills 表四 across its three groups, skipping matching totals', () => {
    const plan = expectReady(
      planPaste(doc, t4, 'review.reconsideration.upheld', [['1', '0', '0', '1', '2', '3']]),
    );
    expect(written(plan)).toEqual([
      ['reconsideration.upheld', 1],
      ['reconsideration.corrected', 0],
      ['reconsideration.other', 0],
      ['reconsideration.pending', 1],
      ['litigationDirect.upheld', 3],
    ]);
    expect(plan.skippedTotals).toBe(1);
  });
});
