import { definitionOf } from '../definition/editions';
import type { AgencyLevel } from '../document';
import { NO_FINDINGS, type CheckContext } from './context';
import { inForceCells } from './inForceCells';
import * as text from './messages';
import { cellSpec, perFormat, type CellSpec } from './plan';
import { evaluateRelations, relation, term, type Relation } from './relation';
import { CHECK_SEVERITY } from './severity';
import type { Finding } from './types';

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

const rulesCells = perFormat((format): readonly CellSpec[] =>
  (definitionOf(format).tables.proactive.rows.find((r) => r.id === 'rules')?.columns ?? []).map(
    (c) => cellSpec(format, 'proactive', 'rules', c.id),
  ),
);

/**
 * `proactive.rulesAuthority`: the 规章 row holds a non-zero number for an agency level that
 * cannot issue 规章 (often 规范性文件 typed one row too high). Blanks count as 0, so a blank
 * never triggers it; an unknown level is not judged. `cells` lists the whole row in column
 * order (a stable first cell for acknowledgements); `actual` is the first non-zero value.
 */
export function proactiveRulesAuthority(ctx: CheckContext): readonly Finding[] {
  const level = ctx.doc.agencyLevel;
  if (level === null || ISSUES_RULES.has(level)) return NO_FINDINGS;
  const cells = rulesCells(ctx.doc.format);
  let filled: { column: string; value: number }[] | null = null;
  for (const cell of cells) {
    const value = ctx.values[cell.index];
    if (typeof value !== 'number' || value === 0 || !Number.isFinite(value)) continue;
    filled ??= [];
    filled.push({ column: cell.columnDef.label, value });
  }
  const first = cells[0];
  if (filled === null || first === undefined) return NO_FINDINGS;
  return [
    {
      check: 'proactive.rulesAuthority',
      severity: CHECK_SEVERITY['proactive.rulesAuthority'],
      status: 'fail',
      cells: cells.map((c) => c.id),
      expected: 0,
      actual: filled[0]?.value ?? null,
      message: text.rulesAuthority(first.tableDef.shortName, first.rowDef.label, filled, level),
      part: 'proactive',
    },
  ];
}

/**
 * 2021 表二 （一）: 现行有效件数 ≥ 本年制发件数 − 本年废止件数, because last year's 现行有效件数 is
 * never negative. `actual` = 现行有效件数, `expected` = 本年制发件数 − 本年废止件数 (the minimum).
 */
const inForceRelations = perFormat((format): readonly Relation[] => {
  const table = definitionOf(format).tables.proactive;
  return inForceCells(format).map(({ inForce, issued, repealed, labels }) =>
    relation({
      part: 'proactive',
      comparison: 'atLeast',
      left: [term(inForce)],
      right: [term(issued), term(repealed, -1)],
      describe: (actual, expected) =>
        text.inForceBelowIssued(table.shortName, inForce.rowDef.label, labels, actual, expected),
    }),
  );
});

export function proactiveInForceBelowIssued(ctx: CheckContext): readonly Finding[] {
  if (ctx.doc.format !== '2021') return NO_FINDINGS;
  return evaluateRelations('proactive.inForceBelowIssued', inForceRelations('2021'), ctx);
}
