import { describe, expect, it } from 'vitest';
// ?raw: the text exactly as a user's file holds it (jsdom cannot read files by URL).
import SEED_TEXT from '../../../fixtures/reports/zhenhai-2020.json?raw';
import {
  isSameReport,
  matchingReports,
  MAX_IMPORT_BYTES,
  problemSummary,
  reviewFileSize,
  reviewImport,
  type ExistingReport,
} from './importFlow';

const SEED_AGENCY = '镇海区新闻中心';

const existing = (
  id: string,
  agency: string,
  year: number | null,
  updatedAt: number,
): ExistingReport => ({
  id,
  agency,
  year,
  updatedAt,
});

/** The seed with the three kinds of trouble a hand-edited file has. */
function troubledSeed(): string {
  const file = JSON.parse(SEED_TEXT) as {
    tables: { applications: Record<string, Record<string, unknown>> };
  };
  const table = file.tables.applications;
  table.received = { ...table.received, naturalPerson: '１２' };
  table.disclosed = { ...table.disclosed, commercial: 'abc' };
  table.madeUpRow = { naturalPerson: 1 };
  return JSON.stringify(file);
}

describe('reviewImport', () => {
  it('accepts a clean file with no problems and offers only a new report', () => {
    const review = reviewImport(SEED_TEXT, []);
    expect(review.kind).toBe('ready');
    if (review.kind !== 'ready') return;
    expect(review.document.agency).toBe(SEED_AGENCY);
    expect(review.problems).toEqual([]);
    expect(review.choices).toEqual([{ kind: 'new' }]);
  });

  it('lists every problem, in the form’s words, before anything is decided', () => {
    const review = reviewImport(troubledSeed(), []);
    if (review.kind !== 'ready') throw new Error('expected the file to be importable');
    expect(review.problems.map((p) => [p.severityText, p.message])).toEqual([
      ['说明', '表三「一、本年新收政府信息公开申请数量」行「自然人」列：“１２”已按 12 读取'],
      ['警告', '表三「（一）予以公开」行「商业企业」列：“abc”不是数字，已留空'],
      ['警告', '表三中有 2019 年版格式没有的行「madeUpRow」，已原样保留'],
    ]);
    // What the problems say is what the document holds.
    expect(review.document.tables.applications.received?.naturalPerson).toBe(12);
    expect(review.document.tables.applications.disclosed?.commercial).toBeNull();
  });

  it('refuses a file that is not JSON, with the position, and offers nothing', () => {
    const review = reviewImport('{"type": "nianbao/annual-report",', []);
    expect(review).toEqual({
      kind: 'refused',
      problems: [
        {
          severity: 'error',
          severityText: '错误',
          message: expect.stringMatching(
            /^文件不是有效的 JSON（第 1 行第 \d+ 列附近）$/,
          ) as unknown,
        },
      ],
    });
  });

  it('refuses a file from a newer program', () => {
    const review = reviewImport(
      JSON.stringify({ ...(JSON.parse(SEED_TEXT) as object), version: 99 }),
      [],
    );
    expect(review.kind).toBe('refused');
    expect(review.problems.map((p) => p.message)).toEqual([
      '文件版本 99 比本程序支持的版本 1 新，请升级年报后再导入',
    ]);
  });

  it('offers to replace each stored report of the same agency and year, newest first', () => {
    const stored = [
      existing('older', SEED_AGENCY, 2020, 100),
      existing('other-year', SEED_AGENCY, 2021, 300),
      existing('other-agency', '镇海区人民政府办公室', 2020, 400),
      existing('newer', ` ${SEED_AGENCY} `, 2020, 200),
    ];
    const review = reviewImport(SEED_TEXT, stored);
    if (review.kind !== 'ready') throw new Error('expected the file to be importable');
    expect(review.matches.map((m) => m.id)).toEqual(['newer', 'older']);
    expect(review.choices).toEqual([
      { kind: 'new' },
      { kind: 'replace', reportId: 'newer' },
      { kind: 'replace', reportId: 'older' },
    ]);
  });
});

describe('matchingReports', () => {
  it('never matches a report without an agency or a damaged row without a year', () => {
    expect(matchingReports({ agency: ' ', year: 2020 }, [existing('a', '', 2020, 1)])).toEqual([]);
    expect(isSameReport({ agency: '甲局', year: 2020 }, existing('b', '甲局', null, 1))).toBe(
      false,
    );
    expect(isSameReport({ agency: '甲局', year: 2020 }, existing('c', '甲局', 2020, 1))).toBe(true);
  });
});

describe('reviewFileSize', () => {
  it('lets a report-sized file through and refuses a huge one before reading it', () => {
    expect(reviewFileSize(SEED_TEXT.length)).toBeNull();
    expect(reviewFileSize(MAX_IMPORT_BYTES)).toBeNull();
    const refused = reviewFileSize(MAX_IMPORT_BYTES + 1);
    expect(refused?.kind).toBe('refused');
    expect(refused?.problems[0]?.message).toMatch(/^文件过大（1\.0 MB），无法导入。/);
    // The 4.6 MB file of issue 11 (a narrative of about 1.5 million characters) is refused,
    // with the reason: such a file makes the editor slow.
    const huge = reviewFileSize(4.6 * 1024 * 1024);
    expect(huge?.problems[0]?.message).toContain('文件过大（4.6 MB）');
    expect(huge?.problems[0]?.message).toContain('明显变慢');
  });
});

describe('problemSummary', () => {
  it('counts by severity, most serious first', () => {
    const review = reviewImport(troubledSeed(), []);
    expect(problemSummary(review.problems)).toBe('共 3 个问题：警告 2 个，说明 1 个');
    expect(problemSummary([])).toBe('未发现问题。');
  });
});
