import type { ReviewAnalysis } from '../../io/review/reviewSet';
import type { FailedFile, ReviewedUnit } from '../../io/review/reviewFile';
import { crossUnitMessage } from '../../report/aggregate/messages';
import { textTable } from './textTable';

const HEADER = ['文件', '机关', '年度', '格式', '错误', '警告', '待填写', '检查项'];

/** The unit table and cross-unit findings as text for the terminal. */
export function summaryText(
  units: readonly ReviewedUnit[],
  failed: readonly FailedFile[],
  analysis: ReviewAnalysis,
): string {
  const lines: string[] = [];
  lines.push(
    `汇总审核：${String(units.length)} 份报告${failed.length > 0 ? `，${String(failed.length)} 个文件无法读取` : ''}。`,
    '',
  );
  if (units.length > 0) {
    const rows = units.map(({ summary: s }) => [
      s.file,
      s.agency,
      String(s.year),
      s.format,
      String(s.errors),
      String(s.warnings),
      String(s.notAssessable),
      s.checkIds.join(' ') || '—',
    ]);
    lines.push(textTable([HEADER, ...rows]), '');
  }
  const { findings } = analysis.cross;
  lines.push(
    findings.length === 0
      ? '跨单位检查：未发现问题。'
      : `跨单位检查（${String(findings.length)} 项）：`,
  );
  for (const f of findings) lines.push(`  - ${crossUnitMessage(f)}〔${f.code}〕`);
  if (failed.length > 0) {
    lines.push('', `无法读取（${String(failed.length)} 个文件）：`);
    for (const f of failed) lines.push(`  - ${f.file}：${f.reason}`);
  }
  return `${lines.join('\n')}\n`;
}

/** `summary --json`: one object with units, cross-unit findings and unreadable files. */
export function summaryJson(
  units: readonly ReviewedUnit[],
  failed: readonly FailedFile[],
  analysis: ReviewAnalysis,
): string {
  const out = {
    units: units.map(({ summary: s }) => ({
      file: s.file,
      agency: s.agency,
      agencyLevel: s.agencyLevel,
      year: s.year,
      format: s.format,
      publicationDate: s.publicationDate,
      deadline: s.deadline,
      timeliness: s.timeliness,
      errors: s.errors,
      warnings: s.warnings,
      acknowledged: s.acknowledged,
      notAssessable: s.notAssessable,
      importProblems: s.importProblems,
      checkIds: s.checkIds,
      keyFigures: s.keyFigures,
      yearChange: analysis.changes.get(s.file) ?? null,
      superseded: analysis.cross.superseded.has(s.file),
    })),
    crossUnit: analysis.cross.findings.map((f) => ({ ...f, message: crossUnitMessage(f) })),
    failed: failed.map((f) => ({ file: f.file, reason: f.reason })),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
