import { describe, expect, it } from 'vitest';
import { asRestored } from '../document';
import { storeRaw } from '../../../testing/testDocs';
import { entryOf, unitDoc } from '../../../testing/testUnits';
import { hasNotableChange, yearChanges } from './yearChange';

describe('summarizeUnit', () => {
  it('counts errors, warnings, acknowledged and 待填写, and names the failing checks', () => {
    // 3 received by companies, 结转下年度 blank: the balance is 待填写, not an error.
    const partial = unitDoc('甲局', {
      'applications.received.naturalPerson': 2,
      'applications.disclosed.naturalPerson': 2,
      'applications.received.commercial': 3,
      'applications.carriedForward.commercial': null,
    });
    // A stored total that disagrees with its parts: an error.
    const broken = storeRaw(partial, 'applications.received.total', 9);
    const withBlank = asRestored({
      ...broken,
      sections: { ...broken.sections, problems: '' },
      acknowledged: [{ check: 'section.empty', cell: 'problems', note: '本年无问题' }],
    });
    const { summary } = entryOf(withBlank, 'a.json');
    expect(summary.errors).toBeGreaterThan(0);
    expect(summary.checkIds).toContain('applications.rowTotal');
    expect(summary.acknowledged).toBe(1);
    expect(summary.checkIds).not.toContain('section.empty');
    expect(summary.notAssessable).toBeGreaterThan(0);
  });

  it('reads the key figures from the roles the definition names', () => {
    const doc = unitDoc('甲局', {
      'applications.received.naturalPerson': 7,
      'applications.disclosed.naturalPerson': 7,
      'review.reconsideration.corrected': 2,
      'review.litigationDirect.upheld': 1,
      'review.litigationAfterReconsideration.pending': 3,
    });
    expect(entryOf(doc, 'a.json').summary.keyFigures).toEqual({
      received: 7,
      handled: 7,
      reconsideration: 2,
      litigation: 4,
    });
  });

  it('tells 逾期 from on time by the publication date against the deadline', () => {
    const late = asRestored({ ...unitDoc('甲局'), publicationDate: '2022-02-03' });
    const onTime = asRestored({ ...unitDoc('乙局'), publicationDate: '2022-01-30' });
    expect(entryOf(late, 'a.json').summary).toMatchObject({
      timeliness: 'late',
      deadline: '2022-01-31',
    });
    expect(entryOf(onTime, 'b.json').summary.timeliness).toBe('onTime');
    // No date and the deadline passed (TODAY is 2022-06-01): overdue.
    expect(entryOf(unitDoc('丙局'), 'c.json').summary.timeliness).toBe('overdue');
  });
});

describe('yearChanges', () => {
  it('compares each key figure with the same unit’s previous year', () => {
    const now = entryOf(
      unitDoc('甲局', {
        'applications.received.naturalPerson': 30,
        'applications.disclosed.naturalPerson': 30,
      }),
      'now.json',
    ).summary;
    const last = entryOf(
      unitDoc(
        '甲局',
        { 'applications.received.naturalPerson': 10, 'applications.disclosed.naturalPerson': 10 },
        { year: 2020, format: '2019' },
      ),
      'last.json',
    ).summary;
    const other = entryOf(unitDoc('乙局'), 'b.json').summary;
    const changes = yearChanges([now, last, other]);
    expect(changes.get(now)?.received).toBe(2);
    expect(changes.get(now)?.reconsideration).toBe(0);
    expect(changes.has(other)).toBe(false);
    expect(hasNotableChange(changes.get(now))).toBe(true);
  });
});
