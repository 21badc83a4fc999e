import { useMemo } from 'react';
import type { Finding } from '../../../report/checks/types';
import { definitionOf } from '../../../report/definition/editions';
import type { RestoredDocument } from '../../../report/document';
import { CheckSummary } from '../../checks/CheckSummary';
import { FindingLink } from '../../checks/FindingLink';
import { groupFindings } from '../../checks/groupFindings';
import { PendingList } from '../../checks/PendingList';
import { editorParts } from '../../state/parts';
import '../../checks/checks.css';

/**
 * 检查结果 of the imported report: the editor's check list (same grouping, summary and
 * messages), read only. A finding leads to its cell in the review tables (the review provides
 * the navigation).
 */
export function ReviewChecks({
  document: doc,
  findings,
}: {
  readonly document: RestoredDocument;
  readonly findings: readonly Finding[];
}) {
  const summary = useMemo(
    () => groupFindings(findings, doc, editorParts(definitionOf(doc.format))),
    [findings, doc],
  );
  const withIssues = summary.parts.filter((p) => p.issues.length > 0);
  const withPending = summary.parts.filter((p) => p.pending.length + p.blankCells.length > 0);
  return (
    <div className="import-review__checks">
      <CheckSummary counts={summary.counts} compact={false} />
      {withIssues.length === 0 ? (
        <p className="check-panel__clear">
          <span aria-hidden="true">✓ </span>未发现错误或警告
        </p>
      ) : (
        withIssues.map((p) => (
          <section key={p.part} className="check-group" aria-label={p.heading}>
            <h4 className="check-group__title check-group__title--plain">{p.heading}</h4>
            <ul className="finding-list">
              {p.issues.map((f, i) => (
                <li
                  key={`${f.check}@${f.cells.join(',')}#${String(i)}`}
                  className={`finding finding--${f.severity}`}
                >
                  <FindingLink finding={f} listing="issue" />
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
      {withPending.length > 0 ? <PendingList parts={withPending} counts={summary.counts} /> : null}
    </div>
  );
}
