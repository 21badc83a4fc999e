import { AGENCY_LEVEL_LABELS } from '../agencyLevels';
import { parseCellId } from '../cells';
import { definitionOf } from '../definition/editions';
import type { Format } from '../definition/types';
import { KEY_FIGURE_LABELS } from '../definition/keyFigures';
import type { CrossUnitFinding } from './crossUnit';
import type { ConsolidationProblem } from './problems';

/** All Chinese wording of many-report work (consolidation refusals, cross-unit findings). */

const SHOWN_NAMES = 5;

/** `甲、乙、丙等12个单位` — a list that stays short however many units there are. */
export function unitList(names: readonly string[]): string {
  const shown = names.slice(0, SHOWN_NAMES).join('、');
  return names.length > SHOWN_NAMES ? `${shown}等${String(names.length)}个单位` : shown;
}

/** A cell in the form's own words: `表三 一、本年新收政府信息公开申请数量 / 自然人`. */
export function cellLabel(format: Format, id: string): string {
  const ref = parseCellId(id);
  if (ref === null) return id;
  const table = definitionOf(format).tables[ref.table];
  const row = table.rows.find((r) => r.id === ref.row);
  const column = row?.columns.find((c) => c.id === ref.column);
  return `${table.shortName} ${row?.label ?? ref.row} / ${column?.label ?? ref.column}`;
}

export function consolidationProblemMessage(p: ConsolidationProblem, format?: Format): string {
  switch (p.code) {
    case 'empty':
      return '没有可汇总的报告。';
    case 'mixedYears':
      return `只能汇总同一年度的报告，所选报告涉及${String(p.groups.length)}个年度：${p.groups
        .map((g) => `${String(g.value)}年（${unitList(g.names)}）`)
        .join('；')}。请只选同一年度的报告再汇总。`;
    case 'mixedFormats':
      return `只能汇总同一版本格式的报告，所选报告使用了${String(p.groups.length)}种格式：${p.groups
        .map((g) => `${definitionOf(g.value).notice}格式（${unitList(g.names)}）`)
        .join('；')}。请只选同一格式的报告再汇总。`;
    case 'tooLarge':
      return `“${format === undefined ? p.cell : cellLabel(format, p.cell)}”的汇总数超出可精确计算的范围，请检查各单位填写的数字。`;
  }
}

export function crossUnitMessage(f: CrossUnitFinding): string {
  switch (f.code) {
    case 'duplicateAgency':
      return `${f.agency}的${String(f.year)}年报告有${String(f.files.length)}份（${f.files.join('、')}），以导出时间最晚的“${f.winner}”为准，其余不参加汇总。`;
    case 'yearDiffers':
      return `“${f.file}”（${f.agency}）是${String(f.year)}年的报告，其他报告大多是${String(f.expected)}年。`;
    case 'formatDiffers':
      return `“${f.file}”（${f.agency}）使用${definitionOf(f.format).notice}格式，同年度其他报告大多使用${definitionOf(f.expected).notice}格式。`;
    case 'similarText':
      return f.sameAgency
        ? `${f.agency[0] ?? ''}${String(f.years[1])}年报告的“${f.section}”与${String(f.years[0])}年报告内容雷同（约${String(Math.round(f.similarity * 100))}%相同），疑为照搬上年。`
        : `${f.agency.length === 2 ? f.agency.join('与') : unitList(f.agency)}的“${f.section}”内容雷同（约${String(Math.round(f.similarity * 100))}%相同）。`;
    case 'continuity':
      return `${f.agency}${String(f.year)}年报告与${String(f.year - 1)}年报告不衔接（“${f.files[0]}”与“${f.files[1]}”）：${f.message}。`;
    case 'outlier':
      return `${f.agency}的“${KEY_FIGURE_LABELS[f.role]}”为${String(f.value)}，远高于同组单位（中位数${String(f.median)}，通常不超过${String(f.bound)}），请核实。`;
  }
}

export function agencyLevelLabel(level: keyof typeof AGENCY_LEVEL_LABELS | null): string {
  return level === null ? '' : AGENCY_LEVEL_LABELS[level];
}
