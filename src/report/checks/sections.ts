import { definitionOf, SECTION_KEYS } from '../definition/editions';
import { hasSubstance } from '../narrative/substance';
import { NO_FINDINGS, type CheckContext } from './context';
import * as text from './messages';
import { CHECK_SEVERITY } from './severity';
import type { Finding } from './types';

/**
 * `section.empty`: one warning per narrative section (一, 五, 六) with nothing written yet —
 * blank, or only the starter outline and placeholders such as “（见原文）”.
 */
export function sectionEmpty(ctx: CheckContext): readonly Finding[] {
  const { sections } = definitionOf(ctx.doc.format);
  let findings: Finding[] | null = null;
  for (const key of SECTION_KEYS) {
    if (hasSubstance(ctx.doc.sections[key], key)) continue;
    findings ??= [];
    findings.push({
      check: 'section.empty',
      severity: CHECK_SEVERITY['section.empty'],
      status: 'fail',
      cells: [],
      expected: null,
      actual: null,
      message: text.sectionEmpty(sections[key].heading),
      part: key,
    });
  }
  return findings ?? NO_FINDINGS;
}

/**
 * 2021 reports state under 六 whether 信息处理费 was charged (国办函〔2020〕109号; the （一） item
 * of 六 in published reports). Any mention counts — 信息处理费用 contains it — since the check
 * cannot read whether the sentence says "charged" or "not charged", only that it is there.
 */
const FEES = '信息处理费';

export function sectionFeesNotStated(ctx: CheckContext): readonly Finding[] {
  if (ctx.doc.format !== '2021' || ctx.doc.sections.other.includes(FEES)) return NO_FINDINGS;
  return [
    {
      check: 'section.feesNotStated',
      severity: CHECK_SEVERITY['section.feesNotStated'],
      status: 'fail',
      cells: [],
      expected: null,
      actual: null,
      message: text.feesNotStated(definitionOf(ctx.doc.format).sections.other.heading),
      part: 'other',
    },
  ];
}
