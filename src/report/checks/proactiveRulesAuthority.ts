import { definitionOf } from '../definition/editions';
import { AGENCY_LEVELS, type AgencyLevel } from '../document';
import { NO_FINDINGS, type CheckEntry } from './context';
import { AGENCY_LEVEL_NAMES, cellLabels, numbers, str, strings } from './messages';
import { cellSpec, perFormat, type CellSpec } from './plan';

/**
 * Levels that issue 规章 (立法法: 部门规章 by 国务院部门, 地方政府规章 by the people's governments
 * of provinces and of 设区的市). A 省级政府部门 drafts but does not issue 规章, so it is not here.
 * `other` is not here either: a warning the user can acknowledge is the safer default.
 */
const ISSUES_RULES: ReadonlySet<AgencyLevel> = new Set<AgencyLevel>([
  'state-council-department',
  'provincial-government',
  'city-government',
]);

const rulesCells = perFormat((format): readonly CellSpec[] => {
  const edition = definitionOf(format);
  const inputs = edition.checks['proactive.rulesAuthority'];
  const row = edition.tables.proactive.rows.find((r) => r.id === inputs?.row);
  return (row?.columns ?? []).map((c) => cellSpec(format, 'proactive', row?.id ?? '', c.id));
});

/**
 * `proactive.rulesAuthority`: the 规章 row holds a non-zero number for an agency level that
 * cannot issue 规章 (often 规范性文件 typed one row too high). Blanks count as 0, so a blank
 * never triggers it; an unknown level is not judged. `cells` lists the whole row in column
 * order (a stable first cell for acknowledgements); `actual` is the first non-zero value.
 */
export const proactiveRulesAuthority: CheckEntry = {
  id: 'proactive.rulesAuthority',
  severity: 'warning',
  appliesTo: (edition) => edition.checks['proactive.rulesAuthority'] !== undefined,
  run(ctx) {
    const level = ctx.doc.agencyLevel;
    if (level === null || ISSUES_RULES.has(level)) return NO_FINDINGS;
    const cells = rulesCells(ctx.doc.format);
    const columns: string[] = [];
    const values: number[] = [];
    for (const cell of cells) {
      const value = ctx.values[cell.index];
      if (typeof value !== 'number' || value === 0 || !Number.isFinite(value)) continue;
      columns.push(cell.column);
      values.push(value);
    }
    if (values.length === 0) return NO_FINDINGS;
    return [
      {
        status: 'fail',
        cells: cells.map((c) => c.id),
        expected: 0,
        actual: values[0] ?? null,
        part: 'proactive',
        params: { level, columns, values },
      },
    ];
  },
  describe(f, edition) {
    const { table, row } = cellLabels(edition, f.cells[0]);
    const values = numbers(f.params, 'values');
    const filled = strings(f.params, 'columns')
      .map((id, i) => `${row.columns.find((c) => c.id === id)?.label ?? id} ${String(values[i])}`)
      .join('、');
    const level = AGENCY_LEVELS.find((l) => l === str(f.params, 'level')) ?? 'other';
    return (
      `${table.shortName}「${row.label}」填有数据（${filled}），但${AGENCY_LEVEL_NAMES[level]}不能制定规章` +
      '（规章由国务院部门、省级和设区的市级人民政府制定），请核实'
    );
  },
};
