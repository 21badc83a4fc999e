import { describe, expect, it } from 'vitest';
import { definitionOf } from '../../report/definition/editions';
import {
  buildGeometry,
  INPUT_ONLY,
  inReadingOrder,
  neighbour,
  valuesRightOf,
  type GridGeometry,
} from './gridGeometry';

const ed2021 = definitionOf('2021');
const ed2019 = definitionOf('2019');

/** Every position of every body row is covered by exactly the slots the layout declares. */
function expectFullyCovered(geo: GridGeometry): void {
  for (const line of geo.rows) {
    expect(line).toHaveLength(geo.columnCount);
    for (const slot of line) expect(slot).not.toBeNull();
  }
}

describe('buildGeometry: 表三', () => {
  const geo = buildGeometry(ed2021, 'applications');

  it('covers every position and has 7 value cells per row', () => {
    expectFullyCovered(geo);
    expect(geo.columnCount).toBe(10);
    expect(geo.values).toHaveLength(ed2021.tables.applications.rows.length * 7);
  });

  it('lets the vertical 三、本年度办理结果 cell cover column 0 of all its rows', () => {
    const groupRow = geo.rows.findIndex((line) => {
      const slot = line[0];
      return slot?.type === 'text' && slot.cell.text === '三、本年度办理结果';
    });
    const group = geo.rows[groupRow]?.[0];
    expect(group?.type).toBe('text');
    expect(group?.rowSpan).toBe(geo.rows.length - 3);
    expect(geo.rows[groupRow + 5]?.[0]).toBe(group);
  });

  it('builds accessible names from row and column labels and marks totals computed', () => {
    const secret = geo.byId.get('applications.withheldStateSecret.naturalPerson');
    expect(secret?.label).toBe('（三）1.属于国家秘密 自然人');
    expect(secret?.computed).toBe(false);
    expect(geo.byId.get('applications.received.total')?.computed).toBe(true);
    expect(geo.byId.get('applications.handledTotal.commercial')?.computed).toBe(true);
  });

  it('moves by visual column and row, stopping at the edges', () => {
    expect(neighbour(geo, 'applications.received.naturalPerson', 'down')).toBe(
      'applications.carriedOver.naturalPerson',
    );
    expect(neighbour(geo, 'applications.received.naturalPerson', 'right')).toBe(
      'applications.received.commercial',
    );
    expect(neighbour(geo, 'applications.received.naturalPerson', 'left')).toBeNull();
    expect(neighbour(geo, 'applications.received.naturalPerson', 'up')).toBeNull();
    expect(neighbour(geo, 'applications.carriedForward.total', 'down')).toBeNull();
  });

  it('skips computed cells for input movement but not for arrows', () => {
    const other = 'applications.otherOther.naturalPerson';
    expect(neighbour(geo, other, 'down')).toBe('applications.handledTotal.naturalPerson');
    expect(neighbour(geo, other, 'down', INPUT_ONLY)).toBe(
      'applications.carriedForward.naturalPerson',
    );
    expect(inReadingOrder(geo, 'applications.received.otherOrg', 1, INPUT_ONLY)).toBe(
      'applications.carriedOver.naturalPerson',
    );
    expect(inReadingOrder(geo, 'applications.carriedOver.naturalPerson', -1, INPUT_ONLY)).toBe(
      'applications.received.otherOrg',
    );
  });

  it('has the single 2019 （六）其他处理 row spanning two label columns', () => {
    const geo2019 = buildGeometry(ed2019, 'applications');
    expectFullyCovered(geo2019);
    const slot = geo2019.byId.get('applications.other.naturalPerson');
    expect(slot?.label).toBe('（六）其他处理 自然人');
    const label = geo2019.rows[slot?.row ?? -1]?.[1];
    expect(label?.type === 'text' && label.cell.text).toBe('（六）其他处理');
    expect(label?.colSpan).toBe(2);
  });
});

describe('buildGeometry: 表二 (stacked blocks with spans)', () => {
  const geo = buildGeometry(ed2021, 'proactive');

  it('covers every position; a lone value column spans the rest of the grid', () => {
    expectFullyCovered(geo);
    const licensing = geo.byId.get('proactive.licensing.decisions');
    expect(licensing).toMatchObject({ col: 1, colSpan: 3 });
    expect(licensing?.label).toBe('第二十条第（五）项 行政许可 本年处理决定数量');
    expect(geo.byId.get('proactive.rules.issued')?.label).toBe(
      '第二十条第（一）项 规章 本年制发件数',
    );
  });

  it('moves down across caption and header rows, following the visual column', () => {
    expect(neighbour(geo, 'proactive.normativeDocs.inForce', 'down')).toBe(
      'proactive.licensing.decisions',
    );
    expect(neighbour(geo, 'proactive.licensing.decisions', 'up')).toBe(
      'proactive.normativeDocs.issued',
    );
    expect(neighbour(geo, 'proactive.licensing.decisions', 'right')).toBeNull();
    expect(neighbour(geo, 'proactive.enforcement.decisions', 'down')).toBe('proactive.fees.amount');
    expect(geo.byId.get('proactive.fees.amount')?.kind).toBe('money');
  });

  it('lists distinct value cells right of a column, spans counted once', () => {
    const row = geo.byId.get('proactive.licensing.decisions')?.row ?? -1;
    expect(valuesRightOf(geo, row, 2).map((s) => s.id)).toEqual(['proactive.licensing.decisions']);
    const rules = geo.byId.get('proactive.rules.issued')?.row ?? -1;
    expect(valuesRightOf(geo, rules, 2).map((s) => s.ref.column)).toEqual(['repealed', 'inForce']);
    expect(valuesRightOf(geo, rules - 1, 1)).toEqual([]);
  });

  it('handles the 2019 edition with its five blocks', () => {
    const geo2019 = buildGeometry(ed2019, 'proactive');
    expectFullyCovered(geo2019);
    expect(geo2019.byId.get('proactive.fees.change')).toMatchObject({ kind: 'signed', colSpan: 2 });
    expect(neighbour(geo2019, 'proactive.fees.change', 'down')).toBe(
      'proactive.procurement.amount',
    );
  });
});

describe('buildGeometry: 表四 (one row of 15 cells)', () => {
  const geo = buildGeometry(ed2021, 'review');

  it('puts the three groups side by side in one body row', () => {
    expectFullyCovered(geo);
    expect(geo.rows).toHaveLength(1);
    expect(geo.values.map((v) => v.id).slice(4, 7)).toEqual([
      'review.reconsideration.total',
      'review.litigationDirect.upheld',
      'review.litigationDirect.corrected',
    ]);
    expect(geo.byId.get('review.reconsideration.upheld')?.label).toBe('行政复议 结果维持');
  });

  it('moves right across group boundaries and nowhere vertically', () => {
    expect(neighbour(geo, 'review.reconsideration.total', 'right')).toBe(
      'review.litigationDirect.upheld',
    );
    expect(neighbour(geo, 'review.reconsideration.pending', 'right', INPUT_ONLY)).toBe(
      'review.litigationDirect.upheld',
    );
    expect(neighbour(geo, 'review.reconsideration.upheld', 'down')).toBeNull();
  });
});

describe('buildGeometry: 公开及回应解读情况统计', () => {
  it('has one value column and skips the heading rows vertically', () => {
    const geo = buildGeometry(ed2021, 'disclosureStats');
    expectFullyCovered(geo);
    expect(geo.values).toHaveLength(14);
    expect(neighbour(geo, 'disclosureStats.proactiveItems.value', 'down')).toBe(
      'disclosureStats.viaGazette.value',
    );
    expect(geo.byId.get('disclosureStats.pressConferencesByHead.value')?.label).toBe(
      '其中：主要负责同志参加新闻发布会次数 统计数',
    );
  });
});
