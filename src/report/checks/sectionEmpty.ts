import { SECTION_KEYS } from '../definition/editions';
import { hasSubstance } from '../narrative/substance';
import { EVERY_EDITION, NO_FINDINGS, type CheckEntry, type RawFinding } from './context';

/**
 * `section.empty`: one warning per narrative section (一, 五, 六) with nothing written yet —
 * blank, or only the starter outline and placeholders such as “（见原文）”.
 */
export const sectionEmpty: CheckEntry = {
  id: 'section.empty',
  severity: 'warning',
  appliesTo: EVERY_EDITION,
  run(ctx) {
    let findings: RawFinding[] | null = null;
    for (const key of SECTION_KEYS) {
      if (hasSubstance(ctx.doc.sections[key], ctx.doc.format, key)) continue;
      findings ??= [];
      findings.push({
        status: 'fail',
        cells: [],
        expected: null,
        actual: null,
        part: key,
        params: {},
      });
    }
    return findings ?? NO_FINDINGS;
  },
  describe(f, edition) {
    const section = Object.values(edition.sections).find((s) => s.key === f.part);
    return `「${section?.heading ?? f.part}」还没有内容`;
  },
};
