import { blankTable, createBlankDocument } from './blank';
import { APPLICANT_INPUT_COLUMNS } from './definition/applications';
import { definitionOf } from './definition/editions';
import {
  asRestored,
  type ReportDocument,
  type RestoredDocument,
  type TableValues,
} from './document';
import { recomputeAll } from './totals';

export interface CarryOverResult {
  /** The new report for `year`, in the edition that year uses by default. */
  readonly document: RestoredDocument;
  /** What was deliberately not taken over from last year, in Chinese, for the user to read. */
  readonly notCarried: readonly string[];
}

/** 2019 edition 表二 rows whose 上一年项目数量 follows from last year's report. */
const ITEM_ROWS_2019 = ['licensing', 'otherServices', 'penalty', 'enforcement', 'fees'] as const;

function carriedApplications(previous: ReportDocument, target: TableValues): TableValues {
  const forward = previous.tables.applications.carriedForward ?? {};
  const carried = { ...(target.carriedOver ?? {}) };
  for (const column of APPLICANT_INPUT_COLUMNS) carried[column.id] = forward[column.id] ?? null;
  return { ...target, carriedOver: carried };
}

/**
 * 2019 edition (2019 → 2020): this year's 上一年项目数量 = last year's 上一年项目数量 + 本年增/减.
 * Only when both are filled in: a blank input stays blank (blank is not zero).
 */
function carriedItems2019(previous: ReportDocument, target: TableValues): TableValues {
  const next: Record<string, Record<string, number | null>> = { ...target };
  for (const row of ITEM_ROWS_2019) {
    const last = previous.tables.proactive[row];
    const items = last?.lastYearItems ?? null;
    const change = last?.change ?? null;
    if (items === null || change === null) continue;
    next[row] = { ...(target[row] ?? {}), lastYearItems: items + change };
  }
  return next;
}

/**
 * "Start from last year": a new report for `year` (default: the year after `previous`) that
 * takes over only what means the same thing in both years — the agency, its level, 表三
 * 二、上年结转 (= last year's 四、结转下年度继续办理, per applicant column) and, within the 2019
 * edition, 表二 上一年项目数量. Narrative text is not copied (it is shown beside the editor as
 * reference, copied only on request); numbers whose columns changed meaning between editions
 * are left blank and listed in `notCarried`.
 */
export function carryOver(
  previous: ReportDocument,
  year: number = previous.year + 1,
): CarryOverResult {
  const blank = createBlankDocument({
    agency: previous.agency,
    year,
    agencyLevel: previous.agencyLevel,
  });
  const sameEdition = blank.format === previous.format;
  const def = definitionOf(blank.format);
  const notCarried: string[] = [];

  let proactive = blank.tables.proactive;
  if (sameEdition && blank.format === '2019') {
    proactive = carriedItems2019(previous, proactive);
  } else if (sameEdition) {
    notCarried.push(
      '表二“现行有效件数”未带入：它等于上年现行有效件数加本年制发件数、减本年废止件数，请填写本年数字后核对（系统会按上年报告提示）。',
    );
  } else {
    notCarried.push(
      `表二未带入：上年报告使用${definitionOf(previous.format).notice}格式，本年使用${def.notice}格式，两版栏目含义不同，上年数值只能参考，不能沿用。`,
    );
  }
  if (previous.year !== year - 1) {
    notCarried.push(
      `上年报告是${String(previous.year)}年度的，不是${String(year - 1)}年度；“上年结转”仍按其“结转下年度继续办理”带入，请核对。`,
    );
  }
  notCarried.push('一、五、六部分的文字未复制：编辑时可在“参考上年”中查看，并按需复制。');
  if (previous.acknowledged.length > 0) {
    notCarried.push(
      `上年已确认的${String(previous.acknowledged.length)}条提示未带入：确认只对当年的数字有效。`,
    );
  }
  if (previous.title !== null) {
    notCarried.push('上年自定的标题未带入：本年标题按机关名称和年度生成，可改。');
  }

  const withTables: ReportDocument = {
    ...blank,
    tables: {
      ...blank.tables,
      proactive,
      applications: carriedApplications(previous, blank.tables.applications),
      // The optional statistics table is a local requirement: keep it if last year had it.
      disclosureStats:
        previous.tables.disclosureStats === null ? null : blankTable(def.tables.disclosureStats),
    },
  };
  return { document: asRestored(recomputeAll(withTables)), notCarried };
}
