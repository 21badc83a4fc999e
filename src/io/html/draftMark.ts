import { runChecks } from '../../report/checks';
import type { ReportDocument } from '../../report/document';
import { escapeHtml } from './escape';

/**
 * A report that still has errors (a broken 勾稽关系, an invalid value) prints as a draft: a
 * 草稿 mark on every page and, before the title, a note listing the errors, so a sheet that
 * is not ready can never pass for the published report. Warnings, accepted or not, and 待填写
 * do not make a draft: only errors, which cannot be accepted away.
 */

/** At most this many errors are listed; the note gives the total. */
const LISTED = 5;

export function draftErrors(doc: ReportDocument): readonly string[] {
  return runChecks(doc)
    .filter((f) => f.severity === 'error' && f.status === 'fail')
    .map((f) => f.message);
}

/** The draft note and the page mark, or '' for a report without errors. */
export function renderDraftMark(doc: ReportDocument): string {
  const errors = draftErrors(doc);
  if (errors.length === 0) return '';
  const items = errors
    .slice(0, LISTED)
    .map((m) => `<li>${escapeHtml(m)}</li>`)
    .join('');
  const more =
    errors.length > LISTED ? `<p>另有 ${String(errors.length - LISTED)} 处错误。</p>` : '';
  return [
    '<div class="draft-mark" aria-hidden="true">草稿</div>',
    '<div class="draft-note" role="note">',
    `<p class="draft-note__title">草稿：本报告尚有 ${String(errors.length)} 处错误，改正后再印发。</p>`,
    `<ol>${items}</ol>${more}`,
    '</div>',
  ].join('\n');
}

export const DRAFT_CSS = `
/* Fixed: Chromium prints a fixed element on every page. */
.report .draft-mark {
  position: fixed;
  top: 45%;
  left: 0;
  right: 0;
  text-align: center;
  font-size: 110pt;
  line-height: 1;
  letter-spacing: 0.3em;
  color: rgba(168, 35, 27, 0.16);
  transform: rotate(-30deg);
  pointer-events: none;
}
.report .draft-note {
  margin: 0 0 1em;
  padding: 2mm 3mm;
  border: 1.5pt solid #a8231b;
  color: #a8231b;
  font-size: 11pt;
  line-height: 1.5;
  text-indent: 0;
  text-align: left;
}
.report .draft-note ol { margin: 1mm 0 0; padding-left: 2em; }
.report .draft-note p { font-size: 11pt; }`;
