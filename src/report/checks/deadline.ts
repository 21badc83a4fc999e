import type { AgencyLevel } from '../document';
import {
  EVERY_EDITION,
  NO_FINDINGS,
  type CheckContext,
  type CheckEntry,
  type RawFinding,
} from './context';
import { chineseDate, numbers, str, type CalendarDate } from './messages';

/**
 * 《政府信息公开条例》第四十九条: departments publish by 1月31日; the government's own report
 * (published by its 主管部门) is due by 3月31日. Agency levels ending in "-government" are a
 * government's own report.
 */
const GOVERNMENT_LEVELS: ReadonlySet<AgencyLevel> = new Set([
  'provincial-government',
  'city-government',
  'county-government',
]);

/** How many days before the deadline the reminder starts. */
const NEAR_DAYS = 31;
/** After this many days past the deadline an unpublished old report is no longer reminded of. */
const STALE_DAYS = 365;

const DAY_MS = 86_400_000;

/** Days since the epoch of a calendar date, independent of the time zone. */
function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

function parseIsoDate(value: string): { y: number; m: number; d: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match === null) return null;
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
}

export function deadlineOf(
  year: number,
  level: AgencyLevel | null,
): { m: number; d: number; y: number } {
  return level !== null && GOVERNMENT_LEVELS.has(level)
    ? { y: year + 1, m: 3, d: 31 }
    : { y: year + 1, m: 1, d: 31 };
}

/**
 * `meta.deadline` (info): a publication date after the statutory deadline; or, for a report not
 * yet given a publication date, a deadline that is near or recently past (as of `today`).
 */
function run(ctx: CheckContext): readonly RawFinding[] {
  const { doc } = ctx;
  const deadline = deadlineOf(doc.year, doc.agencyLevel);
  const deadlineDay = dayNumber(deadline.y, deadline.m, deadline.d);
  const finding = (
    kind: 'late' | 'near' | 'passed',
    days: number,
    actual: string | number | null,
    published?: CalendarDate,
  ): RawFinding => ({
    status: 'fail',
    cells: [],
    expected: `${String(deadline.y)}-${String(deadline.m).padStart(2, '0')}-${String(deadline.d)}`,
    actual,
    part: 'meta',
    params: {
      kind,
      days,
      deadline: [deadline.y, deadline.m, deadline.d],
      published: published === undefined ? [] : [published.y, published.m, published.d],
    },
  });
  const published = doc.publicationDate === null ? null : parseIsoDate(doc.publicationDate);
  if (published !== null) {
    const late = dayNumber(published.y, published.m, published.d) - deadlineDay;
    return late > 0 ? [finding('late', late, doc.publicationDate, published)] : NO_FINDINGS;
  }
  if (ctx.today === undefined) return NO_FINDINGS;
  const today = dayNumber(ctx.today.getFullYear(), ctx.today.getMonth() + 1, ctx.today.getDate());
  const left = deadlineDay - today;
  if (left >= 0 && left <= NEAR_DAYS) return [finding('near', left, left)];
  if (left < 0 && -left <= STALE_DAYS) return [finding('passed', -left, left)];
  return NO_FINDINGS;
}

function date(values: readonly number[]): CalendarDate {
  return { y: values[0] ?? 0, m: values[1] ?? 0, d: values[2] ?? 0 };
}

export const metaDeadline: CheckEntry = {
  id: 'meta.deadline',
  severity: 'info',
  appliesTo: EVERY_EDITION,
  run,
  describe(f) {
    const deadline = chineseDate(date(numbers(f.params, 'deadline')));
    const days = f.params.days;
    switch (str(f.params, 'kind')) {
      case 'late':
        return `发布日期（${chineseDate(date(numbers(f.params, 'published')))}）晚于法定发布时限（${deadline}）${String(days)} 天`;
      case 'near':
        return days === 0
          ? `今天是法定发布时限（${deadline}）`
          : `距法定发布时限（${deadline}）还有 ${String(days)} 天`;
      default:
        return `已超过法定发布时限（${deadline}）${String(days)} 天，尚未填写发布日期`;
    }
  },
};
