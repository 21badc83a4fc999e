import { acknowledgementCell, isAcknowledged } from '../../report/checks';
import type { Finding, Severity } from '../../report/checks/types';
import { definitionOf } from '../../report/definition/editions';
import { titleOf, type Acknowledgement, type ReportDocument } from '../../report/document';
import { escapeHtml } from '../html/escape';

const SEVERITY: Readonly<Record<Severity, string>> = {
  error: '错误',
  warning: '警告',
  info: '提示',
};

function statusOf(finding: Finding, doc: ReportDocument): string {
  if (isAcknowledged(finding, doc)) return '已确认';
  return finding.status === 'fail' ? '未通过' : '待填写（有空白单元格，暂无法判断）';
}

/** The acknowledgement that covers a finding, if any (errors are never covered). */
function reasonOf(finding: Finding, doc: ReportDocument): string {
  if (!isAcknowledged(finding, doc)) return '';
  const anchor = acknowledgementCell(finding);
  const ack = doc.acknowledged.find(
    (a) =>
      a.check === finding.check &&
      (a.cell === undefined ? finding.cells.length === 0 : a.cell === anchor),
  );
  return ack?.note ?? '';
}

const CSP = "default-src 'none'; style-src 'unsafe-inline'";
const CSS = `
body { font-family: "仿宋_GB2312", FangSong, "Noto Serif CJK SC", serif; margin: 24px; color: #000; }
h1 { font-family: "黑体", SimHei, "Noto Sans CJK SC", sans-serif; font-size: 20pt; font-weight: normal; text-align: center; }
h2 { font-family: "黑体", SimHei, "Noto Sans CJK SC", sans-serif; font-size: 14pt; font-weight: normal; }
table { border-collapse: collapse; width: 100%; font-size: 11pt; }
th, td { border: 1px solid #000; padding: 4px 6px; vertical-align: top; text-align: left; }
th { font-weight: normal; background: #eee; }
td.n { text-align: center; white-space: nowrap; }
.meta { margin: 0 0 12px; }`;

function row(cells: readonly string[], className: readonly string[] = []): string {
  return `<tr>${cells.map((c, i) => `<td${className[i] === undefined || className[i] === '' ? '' : ` class="${className[i] ?? ''}"`}>${escapeHtml(c)}</td>`).join('')}</tr>`;
}

function findingsTable(findings: readonly Finding[], doc: ReportDocument): string {
  if (findings.length === 0) return '<p>全部检查项均已通过。</p>';
  const head =
    '<tr><th>序号</th><th>级别</th><th>状态</th><th>检查项</th><th>说明</th><th>确认理由</th></tr>';
  const body = findings.map((f, i) =>
    row(
      [String(i + 1), SEVERITY[f.severity], statusOf(f, doc), f.check, f.message, reasonOf(f, doc)],
      ['n', 'n', 'n', 'n'],
    ),
  );
  return `<table>\n<thead>${head}</thead>\n<tbody>\n${body.join('\n')}\n</tbody>\n</table>`;
}

function acknowledgementsTable(acks: readonly Acknowledgement[]): string {
  if (acks.length === 0) return '<p>没有已确认的警告。</p>';
  const head = '<tr><th>序号</th><th>检查项</th><th>单元格或部分</th><th>确认理由</th></tr>';
  const body = acks.map((a, i) =>
    row([String(i + 1), a.check, a.cell ?? '', a.note], ['n', 'n', 'n']),
  );
  return `<table>\n<thead>${head}</thead>\n<tbody>\n${body.join('\n')}\n</tbody>\n</table>`;
}

function count(findings: readonly Finding[], doc: ReportDocument) {
  const open = findings.filter((f) => !isAcknowledged(f, doc));
  return {
    errors: open.filter((f) => f.severity === 'error' && f.status === 'fail').length,
    warnings: open.filter((f) => f.severity === 'warning' && f.status === 'fail').length,
    pending: open.filter((f) => f.status === 'not-assessable').length,
    acknowledged: findings.length - open.length,
  };
}

/**
 * 检查结果: every finding of the check catalogue with its severity and status, and every
 * acknowledged warning with the user's reason, so the 主管部门 sees what was checked and what
 * the unit accepted. A standalone page without script or anything fetched.
 */
export function renderCheckReport(
  doc: ReportDocument,
  findings: readonly Finding[],
  checkedAt: Date,
): string {
  const def = definitionOf(doc.format);
  const c = count(findings, doc);
  const date = `${String(checkedAt.getFullYear())}年${String(checkedAt.getMonth() + 1)}月${String(checkedAt.getDate())}日`;
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    `<title>检查结果 — ${escapeHtml(titleOf(doc))}</title>`,
    `<style>${CSS}\n</style>`,
    '</head>',
    '<body>',
    '<h1>检查结果</h1>',
    `<p class="meta">报告：${escapeHtml(titleOf(doc))}<br>格式：${escapeHtml(def.notice)}<br>检查日期：${date}</p>`,
    `<p class="meta">未通过的错误 ${String(c.errors)} 项，未通过的警告 ${String(c.warnings)} 项，待填写 ${String(c.pending)} 项，已确认 ${String(c.acknowledged)} 项。</p>`,
    '<h2>一、检查发现</h2>',
    findingsTable(findings, doc),
    '<h2>二、已确认的警告及理由</h2>',
    acknowledgementsTable(doc.acknowledged),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
