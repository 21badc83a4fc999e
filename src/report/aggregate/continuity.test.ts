import { describe, expect, it } from 'vitest';
import { unitDoc } from '../../../testing/testUnits';
import type { RestoredDocument } from '../document';
import { continuityBreaks, type ContinuityEntry } from './continuity';
import { crossUnitMessage } from './messages';
import { summarizeUnit } from './unitSummary';
import { unitVector } from './unitVector';

const TODAY = new Date('2023-06-01T00:00:00Z');

function entry(doc: RestoredDocument, file: string): ContinuityEntry {
  return {
    file,
    summary: summarizeUnit({ file, doc, findings: [], exportedAt: null, today: TODAY }),
    vector: unitVector(doc),
  };
}

const lastYear = (agency: string, carriedForward: number) =>
  unitDoc(agency, { 'applications.carriedForward.naturalPerson': carriedForward }, { year: 2021 });
const thisYear = (agency: string, carriedOver: number) =>
  unitDoc(agency, { 'applications.carriedOver.naturalPerson': carriedOver }, { year: 2022 });

describe('continuityBreaks', () => {
  it('finds a carry-over that does not match the same unit’s report of the year before', () => {
    const breaks = continuityBreaks([
      entry(lastYear('甲局', 5), 'jia-2021.json'),
      entry(thisYear('甲局', 3), 'jia-2022.json'),
    ]);
    // The column typed and its 总计, as the check of one report says.
    expect(breaks.map((b) => b.check)).toEqual(['previous.carriedOver', 'previous.carriedOver']);
    expect(breaks.map((b) => crossUnitMessage(b)).join('\n')).toContain('总计');
    const [found] = breaks;
    expect(found).toMatchObject({
      code: 'continuity',
      files: ['jia-2022.json', 'jia-2021.json'],
      agency: '甲局',
      year: 2022,
      check: 'previous.carriedOver',
    });
    if (found === undefined) throw new Error('no break');
    const message = crossUnitMessage(found);
    expect(message).toContain('甲局2022年报告与2021年报告不衔接');
    expect(message).toContain('自然人');
    expect(message).toContain('（3）');
    expect(message).toContain('（5）');
  });

  it('says nothing when the years follow on, or are of different units or not adjacent', () => {
    expect(
      continuityBreaks([
        entry(lastYear('甲局', 5), 'a.json'),
        entry(thisYear('甲局', 5), 'b.json'),
      ]),
    ).toEqual([]);
    expect(
      continuityBreaks([
        entry(lastYear('甲局', 5), 'a.json'),
        entry(thisYear('乙局', 3), 'b.json'),
      ]),
    ).toEqual([]);
    const twoYearsLater = unitDoc(
      '甲局',
      { 'applications.carriedOver.naturalPerson': 3 },
      { year: 2023 },
    );
    expect(
      continuityBreaks([entry(lastYear('甲局', 5), 'a.json'), entry(twoYearsLater, 'b.json')]),
    ).toEqual([]);
  });

  it('matches the agency however its spaces were typed', () => {
    const breaks = continuityBreaks([
      entry(lastYear('甲 局', 5), 'a.json'),
      entry(thisYear('甲局', 3), 'b.json'),
    ]);
    expect(breaks.map((b) => b.check)).toEqual(['previous.carriedOver', 'previous.carriedOver']);
  });
});
