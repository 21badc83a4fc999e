import { describe, expect, it } from 'vitest';
import type { RestoredDocument } from '../document';
import { runChecks } from './index';
import { blankDoc, fillZeros, readyDoc, setAll, withStatsTable } from '../../../testing/testDocs';
import type { CheckId } from './types';

const only = (check: CheckId, doc: RestoredDocument) =>
  runChecks(doc).filter((f) => f.check === check);
const stats = (values: Record<string, number | null>) =>
  setAll(
    fillZeros(withStatsTable(readyDoc('2019'))),
    Object.fromEntries(
      Object.entries(values).map(([row, v]) => [`disclosureStats.${row}.value`, v]),
    ),
  );
const TABLE = '公开及回应解读情况统计表';

describe('stats.subsetOfParent', () => {
  it('fails when 其中：主要负责同志… exceeds its parent', () => {
    const doc = stats({ pressConferences: 2, pressConferencesByHead: 3 });
    expect(only('stats.subsetOfParent', doc)).toEqual([
      {
        check: 'stats.subsetOfParent',
        severity: 'error',
        status: 'fail',
        cells: [
          'disclosureStats.pressConferencesByHead.value',
          'disclosureStats.pressConferences.value',
        ],
        expected: 2,
        actual: 3,
        message: `${TABLE}：「其中：主要负责同志参加新闻发布会次数」（3）大于「（四）1.参加或举办新闻发布会总次数」（2），“其中”项不能多于总数`,
        part: 'disclosureStats',
      },
    ]);
  });

  it('checks the 在线访谈 pair too', () => {
    const doc = stats({ onlineInterviews: 0, onlineInterviewsByHead: 1 });
    expect(only('stats.subsetOfParent', doc).map((f) => f.cells[0])).toEqual([
      'disclosureStats.onlineInterviewsByHead.value',
    ]);
  });

  it('passes when 其中 ≤ parent (equal included)', () => {
    const doc = stats({ pressConferences: 2, pressConferencesByHead: 2, onlineInterviews: 5 });
    expect(only('stats.subsetOfParent', doc)).toEqual([]);
  });

  it('is not assessable when the parent is blank', () => {
    const doc = stats({ pressConferences: null, pressConferencesByHead: 1 });
    expect(only('stats.subsetOfParent', doc).map((f) => f.status)).toEqual(['not-assessable']);
  });

  it('does not run when the report has no statistics table', () => {
    expect(readyDoc('2019').tables.disclosureStats).toBeNull();
    expect(only('stats.subsetOfParent', blankDoc('2019'))).toEqual([]);
  });
});

describe('stats.dedupedAtMostChannels', () => {
  it('warns when 主动公开政府信息数 exceeds the five channels together', () => {
    const doc = stats({ proactiveItems: 10, viaWebsite: 4, viaWechat: 5 });
    expect(only('stats.dedupedAtMostChannels', doc)).toEqual([
      {
        check: 'stats.dedupedAtMostChannels',
        severity: 'warning',
        status: 'fail',
        cells: [
          'disclosureStats.proactiveItems.value',
          'disclosureStats.viaGazette.value',
          'disclosureStats.viaWebsite.value',
          'disclosureStats.viaWeibo.value',
          'disclosureStats.viaWechat.value',
          'disclosureStats.viaOther.value',
        ],
        expected: 9,
        actual: 10,
        message: expect.stringContaining(
          '「（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）」（10）大于各渠道公开政府信息数之和（9）',
        ) as unknown,
        part: 'disclosureStats',
      },
    ]);
  });

  it('passes when the de-duplicated count is at most the channel sum', () => {
    expect(
      only('stats.dedupedAtMostChannels', stats({ proactiveItems: 9, viaWebsite: 9 })),
    ).toEqual([]);
  });

  it('is not assessable while a channel is blank', () => {
    const doc = stats({ proactiveItems: 10, viaWebsite: 4, viaOther: null });
    expect(only('stats.dedupedAtMostChannels', doc)[0]?.status).toBe('not-assessable');
  });
});
