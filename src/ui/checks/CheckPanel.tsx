import { lazy, Suspense, useMemo } from 'react';
import { useNavigate } from '../state/navigation';
import type { EditorPart } from '../state/parts';
import { useDocumentSelector, useFindings } from '../state/hooks';
import { usePreviousReport } from '../state/usePreviousReport';
import { AcknowledgedItem } from './AcknowledgedItem';
import { CheckSummary } from './CheckSummary';
import { FindingItem } from './FindingItem';
import { groupFindings, type FindingSummary } from './groupFindings';
import { KeptDataNotice } from './KeptDataNotice';
import { PendingList } from './PendingList';
import './checks.css';

/** Year-on-year hints need last year's report: their code loads only once one is linked. */
const YearOnYearHints = lazy(() =>
  import('./YearOnYearHints').then((m) => ({ default: m.YearOnYearHints })),
);

interface CheckPanelProps {
  readonly parts: readonly EditorPart[];
  readonly open: boolean;
  readonly onToggle: () => void;
}

/**
 * “未发现错误或警告” only when nothing waits to be filled in: while cells or sections are blank,
 * the checks have not seen the whole report, and a green tick would promise too much.
 */
function NoIssues({ counts }: { readonly counts: FindingSummary['counts'] }) {
  const waiting = [
    counts.blankCells > 0 ? `${String(counts.blankCells)} 个空白单元格` : '',
    counts.pending > 0 ? `${String(counts.pending)} 项待填写` : '',
  ].filter((t) => t !== '');
  if (waiting.length === 0) {
    return (
      <p className="check-panel__clear">
        <span aria-hidden="true">✓ </span>未发现错误或警告
      </p>
    );
  }
  return (
    <p className="check-panel__waiting">
      目前没有错误或警告，但还有{waiting.join('、')}，填完后才能确定。
    </p>
  );
}

/**
 * 检查结果: every finding of the report, by part in print order. Failures first; 待填写 (checks
 * that wait for blank cells, blank-cell counts) and accepted warnings apart. It subscribes to the
 * findings list, which changes only when a finding does, not on every keystroke.
 */
export function CheckPanel({ parts, open, onToggle }: CheckPanelProps) {
  const hasPrevious = usePreviousReport() !== null;
  const findings = useFindings();
  const acknowledged = useDocumentSelector((d) => d.acknowledged);
  const summary = useMemo(
    () => groupFindings(findings, { acknowledged }, parts),
    [findings, acknowledged, parts],
  );
  const navigate = useNavigate();
  const withIssues = summary.parts.filter((p) => p.issues.length > 0);
  const withPending = summary.parts.filter((p) => p.pending.length + p.blankCells.length > 0);
  const accepted = summary.parts.flatMap((p) => p.acknowledged);
  return (
    <aside
      className={open ? 'check-panel' : 'check-panel check-panel--closed'}
      aria-labelledby="check-panel-title"
    >
      <div className="check-panel__top">
        <div className="check-panel__head">
          <h2 id="check-panel-title" className="check-panel__title">
            检查结果
          </h2>
          <button
            type="button"
            className="button button--quiet button--small"
            aria-expanded={open}
            aria-controls="check-panel-body"
            onClick={onToggle}
          >
            {open ? '收起' : '展开'}
          </button>
        </div>
        <CheckSummary counts={summary.counts} compact={!open} />
      </div>
      <div id="check-panel-body" className="check-panel__body" hidden={!open}>
        <KeptDataNotice />
        {withIssues.length === 0 ? (
          <NoIssues counts={summary.counts} />
        ) : (
          withIssues.map((p) => (
            <section key={p.part} className="check-group" aria-label={p.heading}>
              <h3 className="check-group__title">
                <button
                  type="button"
                  className="check-group__link"
                  onClick={() => {
                    navigate({ part: p.part, focus: { kind: 'heading' } });
                  }}
                >
                  {p.heading}
                </button>
              </h3>
              <ul className="finding-list">
                {p.issues.map((f, i) => (
                  <FindingItem key={`${f.check}@${f.cells.join(',')}#${String(i)}`} finding={f} />
                ))}
              </ul>
            </section>
          ))
        )}
        {/* Not findings: apart from the checks, and in no count. */}
        {hasPrevious ? (
          <Suspense fallback={null}>
            <YearOnYearHints />
          </Suspense>
        ) : null}
        {withPending.length > 0 ? (
          <PendingList parts={withPending} counts={summary.counts} />
        ) : null}
        {accepted.length > 0 ? (
          <details className="check-section" open>
            <summary className="check-section__summary">已确认的警告（{accepted.length}）</summary>
            <ul className="finding-list">
              {accepted.map((entry, i) => (
                <AcknowledgedItem
                  key={`${entry.finding.check}@${entry.finding.cells.join(',')}#${String(i)}`}
                  entry={entry}
                />
              ))}
            </ul>
          </details>
        ) : null}
      </div>
    </aside>
  );
}
