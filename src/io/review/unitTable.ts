import { AGENCY_LEVEL_LABELS } from '../../report/agencyLevels';
import { KEY_FIGURE_LABELS, KEY_FIGURE_ROLES } from '../../report/definition/keyFigures';
import type { Timeliness, UnitSummary } from '../../report/aggregate/unitSummary';
import type { YearChange } from '../../report/aggregate/yearChange';

/** The unit table as plain cells, shared by the CSV and XLSX exports (same columns, same words). */
export type TableCell = string | number | null;

export const TIMELINESS_LABELS: Readonly<Record<Timeliness, string>> = {
  onTime: '按时发布',
  late: '逾期发布',
  pending: '未填发布日期',
  overdue: '未填发布日期，已过期限',
};

export function unitTableHeader(): string[] {
  return [
    '文件',
    '机关',
    '机关层级',
    '年度',
    '格式',
    '发布日期',
    '发布期限',
    '发布情况',
    '错误',
    '警告',
    '已确认',
    '待填写',
    '检查项',
    ...KEY_FIGURE_ROLES.map((r) => KEY_FIGURE_LABELS[r]),
    ...KEY_FIGURE_ROLES.map((r) => `${KEY_FIGURE_LABELS[r]}同比`),
  ];
}

/** A change as a whole percentage, e.g. +52% → 52; null when there is nothing to compare. */
export function changePercent(change: number | null | undefined): number | null {
  return change === null || change === undefined ? null : Math.round(change * 100);
}

export function unitTableRow(s: UnitSummary, change: YearChange | undefined): TableCell[] {
  return [
    s.file,
    s.agency,
    s.agencyLevel === null ? '' : AGENCY_LEVEL_LABELS[s.agencyLevel],
    s.year,
    s.format,
    s.publicationDate ?? '',
    s.deadline,
    TIMELINESS_LABELS[s.timeliness],
    s.errors,
    s.warnings,
    s.acknowledged,
    s.notAssessable,
    s.checkIds.join(' '),
    ...KEY_FIGURE_ROLES.map((r) => s.keyFigures[r]),
    ...KEY_FIGURE_ROLES.map((r) => changePercent(change?.[r])),
  ];
}
