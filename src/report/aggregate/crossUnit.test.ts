import { describe, expect, it } from 'vitest';
import { withSections } from '../../../testing/testDocs';
import { asRestored } from '../document';
import { crossUnitChecks, type CrossUnitFinding } from './crossUnit';
import { crossUnitMessage } from './messages';
import { entryOf, unitDoc } from '../../../testing/testUnits';

const ofCode = <C extends CrossUnitFinding['code']>(
  findings: readonly CrossUnitFinding[],
  code: C,
) => findings.filter((f): f is Extract<CrossUnitFinding, { code: C }> => f.code === code);

/** Texts long enough to compare, different in wording. */
const TEXTS = [
  '本年度我局围绕优化营商环境主线，持续推进决策、执行、管理、服务、结果公开，全年主动公开各类信息，重点公开财政预决算、行政许可和行政处罚结果，及时回应企业和群众关切，推动政务公开标准化规范化建设不断深化。',
  '全镇坚持以人民为中心，聚焦乡村振兴和基层治理，通过村务公开栏、政务微信和便民服务中心公开惠农补贴、低保救助、征地拆迁等群众关心的信息，组织开展政府开放日活动，邀请群众代表参与重要事项讨论。',
  '街道依托社区网格和新媒体平台，围绕老旧小区改造、垃圾分类、养老服务等民生事项加强信息发布，建立居民议事会制度，定期向辖区居民通报工作进展，畅通意见建议反馈渠道，切实提高公开实效和群众满意度。',
];

describe('crossUnitChecks', () => {
  it('names the same agency twice for one year and lets the later export win', () => {
    const entries = [
      entryOf(unitDoc('甲局'), 'a-old.json', '2022-01-10T00:00:00.000Z'),
      entryOf(unitDoc('甲 局'), 'a-new.json', '2022-01-20T00:00:00.000Z'),
      entryOf(unitDoc('乙局'), 'b.json'),
    ];
    const result = crossUnitChecks(entries);
    const [dup] = ofCode(result.findings, 'duplicateAgency');
    expect(dup).toMatchObject({
      files: ['a-old.json', 'a-new.json'],
      winner: 'a-new.json',
      year: 2021,
    });
    expect([...result.superseded]).toEqual(['a-old.json']);
    expect(crossUnitMessage(dup as CrossUnitFinding)).toContain('以导出时间最晚的“a-new.json”为准');
  });

  it('flags a year or edition that differs from the rest, but not last year’s file of a unit', () => {
    const entries = [
      entryOf(unitDoc('甲局'), 'a.json'),
      entryOf(unitDoc('乙局'), 'b.json'),
      entryOf(unitDoc('乙局', {}, { year: 2020, format: '2019' }), 'b-2020.json'),
      entryOf(unitDoc('丙局', {}, { year: 2020, format: '2019' }), 'c-2020.json'),
      entryOf(unitDoc('丁局', {}, { year: 2021, format: '2019' }), 'd.json'),
    ];
    const { findings, mainYear } = crossUnitChecks(entries);
    expect(mainYear).toBe(2021);
    expect(ofCode(findings, 'yearDiffers').map((f) => f.file)).toEqual(['c-2020.json']);
    expect(ofCode(findings, 'formatDiffers').map((f) => f.file)).toEqual(['d.json']);
  });

  it('finds the same narrative reused across units despite other names and numbers', () => {
    const base = TEXTS[0] ?? '';
    const entries = [
      entryOf(
        withSections(unitDoc('甲局'), { overview: `甲局${base}全年公开信息120条。` }),
        'a.json',
      ),
      entryOf(
        withSections(unitDoc('乙局'), { overview: `乙局${base}全年公开信息86条。` }),
        'b.json',
      ),
      entryOf(withSections(unitDoc('丙局'), { overview: TEXTS[1] ?? '' }), 'c.json'),
      entryOf(withSections(unitDoc('丁局'), { overview: TEXTS[2] ?? '' }), 'd.json'),
    ];
    const similar = ofCode(crossUnitChecks(entries).findings, 'similarText');
    expect(similar).toHaveLength(1);
    expect(similar[0]).toMatchObject({
      files: ['a.json', 'b.json'],
      sameAgency: false,
      sectionKey: 'overview',
    });
    expect(crossUnitMessage(similar[0] as CrossUnitFinding)).toMatch(
      /^甲局与乙局的“一、总体情况”内容雷同/,
    );
  });

  it('finds last year’s text copied by the same unit', () => {
    const text = TEXTS[1] ?? '';
    const entries = [
      entryOf(withSections(unitDoc('青溪镇'), { problems: `2021年${text}` }), 'now.json'),
      entryOf(
        withSections(unitDoc('青溪镇', {}, { year: 2020, format: '2019' }), {
          problems: `2020年${text}`,
        }),
        'last.json',
      ),
    ];
    const [copy] = ofCode(crossUnitChecks(entries).findings, 'similarText');
    expect(copy).toMatchObject({ sameAgency: true, years: [2020, 2021] });
    expect(crossUnitMessage(copy as CrossUnitFinding)).toContain('疑为照搬上年');
  });

  it('does not flag different texts or short headings', () => {
    const entries = TEXTS.map((t, i) =>
      entryOf(
        withSections(unitDoc(`单位${String(i)}`), { overview: t, other: '（一）其他' }),
        `${String(i)}.json`,
      ),
    );
    expect(ofCode(crossUnitChecks(entries).findings, 'similarText')).toEqual([]);
  });

  it('flags a key figure far above the group, not ordinary spread', () => {
    const received = [3, 5, 8, 2, 6, 4, 7, 5, 9, 400];
    const entries = received.map((n, i) =>
      entryOf(
        unitDoc(`单位${String(i)}`, {
          'applications.received.naturalPerson': n,
          'applications.disclosed.naturalPerson': n,
        }),
        `${String(i)}.json`,
      ),
    );
    const found = ofCode(crossUnitChecks(entries).findings, 'outlier');
    expect(found.map((f) => [f.files[0], f.role, f.value])).toEqual([
      ['9.json', 'received', 400],
      ['9.json', 'handled', 400],
    ]);
    expect(crossUnitMessage(found[0] as CrossUnitFinding)).toContain('“新收申请”为400');
  });

  it('needs a group before calling anything an outlier', () => {
    const entries = [1, 500].map((n, i) =>
      entryOf(
        asRestored(unitDoc(`单位${String(i)}`, { 'review.reconsideration.upheld': n })),
        `${String(i)}.json`,
      ),
    );
    expect(ofCode(crossUnitChecks(entries).findings, 'outlier')).toEqual([]);
  });
});
