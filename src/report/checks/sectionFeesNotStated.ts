import { NO_FINDINGS, type CheckEntry } from './context';

/**
 * The edition asks a section to say something (2021: whether 信息处理费 was charged, under 六;
 * 国办函〔2020〕109号). Any mention counts — 信息处理费用 contains it — since the check cannot
 * read whether the sentence says "charged" or "not charged", only that it is there.
 */
export const sectionFeesNotStated: CheckEntry = {
  id: 'section.feesNotStated',
  severity: 'warning',
  appliesTo: (edition) => edition.checks['section.feesNotStated'] !== undefined,
  run(ctx) {
    const inputs = ctx.edition.checks['section.feesNotStated'];
    if (inputs === undefined || ctx.doc.sections[inputs.section].includes(inputs.phrase)) {
      return NO_FINDINGS;
    }
    return [
      {
        status: 'fail',
        cells: [],
        expected: null,
        actual: null,
        part: inputs.section,
        params: {},
      },
    ];
  },
  describe(f, edition) {
    const section = Object.values(edition.sections).find((s) => s.key === f.part);
    const phrase = edition.checks['section.feesNotStated']?.phrase ?? '';
    return `「${section?.heading ?? f.part}」没有提到${phrase}：请说明本年度是否收取${phrase}`;
  },
};
