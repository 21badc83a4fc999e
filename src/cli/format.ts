import type { Finding, FindingStatus, Severity } from '../report/checks/types';
import type { Format } from '../report/definition/types';
import type { Problem, ProblemSeverity } from '../report/restore/problems';
import { problemMessage } from '../report/restore/problemMessages';
import type { CheckOutcome, CheckedFile } from './checkResult';

const SEVERITY_HEADINGS: Readonly<Record<Severity, string>> = {
  error: '错误',
  warning: '警告',
  info: '提示',
};
const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

const STATUS_LABELS: Readonly<Record<FindingStatus, string>> = {
  fail: '不通过',
  'not-assessable': '待填写',
};

// "说明" rather than "提示" so a restore notice is not confused with an info finding.
const PROBLEM_SEVERITY_LABELS: Readonly<Record<ProblemSeverity, string>> = {
  error: '错误',
  warning: '警告',
  notice: '说明',
};

const OUTCOME_LABELS: Readonly<Record<CheckOutcome, string>> = {
  unreadable: '无法检查（文件无法读取）',
  refused: '无法检查（文件被拒绝）',
  fail: '不通过',
  pass: '通过',
};

export function formatProblem(problem: Problem, format: Format | null): string {
  const message = problemMessage(problem, format ?? undefined);
  const where = problem.path.length === 0 ? '' : `（位置：${problem.path.join('.')}）`;
  return `[${PROBLEM_SEVERITY_LABELS[problem.severity]}] ${message}${where}`;
}

function formatFinding(finding: Finding): string {
  return `[${STATUS_LABELS[finding.status]}] ${finding.message}〔${finding.check}〕`;
}

function countBy(findings: readonly Finding[], severity: Severity, status: FindingStatus): number {
  return findings.filter((f) => f.severity === severity && f.status === status).length;
}

/** `小结：不通过。错误 1 项不通过、2 项待填写；警告 3 项；提示 1 项；导入问题 0 项。` */
export function formatSummary(checked: CheckedFile): string {
  const head = `小结：${OUTCOME_LABELS[checked.outcome]}`;
  if (checked.outcome === 'unreadable' || checked.outcome === 'refused') return `${head}。`;
  const { findings } = checked;
  const counts = [
    `错误 ${countBy(findings, 'error', 'fail')} 项不通过、${countBy(findings, 'error', 'not-assessable')} 项待填写`,
    `警告 ${findings.filter((f) => f.severity === 'warning').length} 项`,
    `提示 ${findings.filter((f) => f.severity === 'info').length} 项`,
    `导入问题 ${checked.problems.length} 项`,
  ];
  return `${head}。${counts.join('；')}。`;
}

/** One file's block of the text report, findings grouped by severity, failures first. */
export function formatCheckedFile(checked: CheckedFile): string {
  const lines = [`文件：${checked.file}`];
  if (checked.readError !== null) lines.push(`  无法读取：${checked.readError}`);
  if (checked.problems.length > 0) {
    lines.push(`  导入问题（${checked.problems.length} 项）`);
    for (const p of checked.problems) lines.push(`    ${formatProblem(p, checked.format)}`);
  }
  for (const severity of SEVERITY_ORDER) {
    const group = checked.findings
      .filter((f) => f.severity === severity)
      .sort((a, b) => Number(a.status !== 'fail') - Number(b.status !== 'fail'));
    if (group.length === 0) continue;
    lines.push(`  ${SEVERITY_HEADINGS[severity]}（${group.length} 项）`);
    for (const f of group) lines.push(`    ${formatFinding(f)}`);
  }
  lines.push(`  ${formatSummary(checked)}`);
  return `${lines.join('\n')}\n`;
}
