import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { renderReportHtml } from '../../io/html';
import type { CheckedReport } from '../../io/review/reviewFile';
import { AGENCY_LEVEL_LABELS } from '../../report/agencyLevels';
import { crossUnitMessage } from '../../report/aggregate/messages';
import type { CrossUnitFinding } from '../../report/aggregate/crossUnit';
import { isAcknowledged } from '../../report/checks';
import type { Finding } from '../../report/checks/types';
import { definitionOf } from '../../report/definition/editions';
import { titleOf } from '../../report/document';
import { SEVERITY_LABEL, SEVERITY_MARK } from '../common/severityText';
import { Modal } from '../common/Modal';

type Loaded =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly report: CheckedReport }
  | { readonly kind: 'failed'; readonly reason: string };

interface Group {
  readonly title: string;
  readonly findings: readonly Finding[];
}

function groupsOf(report: CheckedReport): Group[] {
  const { findings, document: doc } = report;
  const acked = (f: Finding) => isAcknowledged(f, doc);
  return [
    {
      title: '错误',
      findings: findings.filter((f) => f.severity === 'error' && f.status === 'fail'),
    },
    {
      title: '警告',
      findings: findings.filter(
        (f) => f.severity === 'warning' && f.status === 'fail' && !acked(f),
      ),
    },
    { title: '待填写', findings: findings.filter((f) => f.status === 'not-assessable') },
    {
      title: '提示',
      findings: findings.filter((f) => f.severity === 'info' && f.status === 'fail' && !acked(f)),
    },
    {
      title: '已确认',
      findings: findings.filter((f) => f.severity !== 'error' && f.status === 'fail' && acked(f)),
    },
  ].filter((g) => g.findings.length > 0);
}

function Findings({ report }: { readonly report: CheckedReport }) {
  const groups = groupsOf(report);
  if (groups.length === 0)
    return <p className="review-detail__clear">未发现错误、警告和待填写的项。</p>;
  return (
    <>
      {groups.map((g) => (
        <section
          key={g.title}
          className="review-detail__group"
          aria-label={`${g.title}（${String(g.findings.length)} 项）`}
        >
          <h3 className="review-detail__group-title">
            {g.title}（{g.findings.length} 项）
          </h3>
          <ul className="review-detail__findings">
            {g.findings.map((f, i) => (
              <li
                key={`${f.check}-${String(i)}`}
                className={`review-finding review-finding--${f.severity}`}
              >
                <span className="review-finding__mark" aria-hidden="true">
                  {SEVERITY_MARK[f.severity]}
                </span>
                <span className="sr-only">{SEVERITY_LABEL[f.severity]}：</span>
                {f.message}
                <span className="review-finding__id">〔{f.check}〕</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

/**
 * A unit's report, read-only: what the checks found, findings across units, and the report as
 * it prints (the same renderer as the exported HTML, in a frame without scripts).
 */
export function UnitDetail({
  load,
  cross,
  onClose,
  onImport,
  extra,
}: {
  readonly load: () => Promise<CheckedReport>;
  readonly cross: readonly CrossUnitFinding[];
  readonly onClose: () => void;
  readonly onImport: (report: CheckedReport) => Promise<void>;
  /** More content above the findings (the consolidation's record). */
  readonly extra?: ReactNode;
}) {
  // Read once per opening: the parent re-renders while the worker reports, with a new `load`.
  const [loader] = useState(() => load);
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [importState, setImportState] = useState<'idle' | 'busy' | 'done' | 'failed'>('idle');
  useEffect(() => {
    let live = true;
    loader().then(
      (report) => {
        if (live) setLoaded({ kind: 'ready', report });
      },
      (error: unknown) => {
        if (live)
          setLoaded({
            kind: 'failed',
            reason: error instanceof Error ? error.message : '无法读取。',
          });
      },
    );
    return () => {
      live = false;
    };
  }, [loader]);
  const doc = loaded.kind === 'ready' ? loaded.report.document : null;
  const html = useMemo(() => (doc === null ? '' : renderReportHtml(doc)), [doc]);
  const title = doc === null ? '报告' : titleOf(doc);

  return (
    <Modal
      title={title}
      wide
      onClose={onClose}
      actions={
        <>
          {importState === 'done' ? (
            <span role="status" className="review-detail__imported">
              已导入报告列表。
            </span>
          ) : null}
          {importState === 'failed' ? (
            <span role="alert" className="persist-error">
              导入没有完成：浏览器存储暂不可用或空间已满。
            </span>
          ) : null}
          <button
            type="button"
            className="button"
            disabled={loaded.kind !== 'ready' || importState === 'busy' || importState === 'done'}
            onClick={() => {
              if (loaded.kind !== 'ready') return;
              setImportState('busy');
              onImport(loaded.report).then(
                () => {
                  setImportState('done');
                },
                () => {
                  setImportState('failed');
                },
              );
            }}
          >
            导入到报告列表
          </button>
          <button type="button" className="button button--primary" onClick={onClose} autoFocus>
            关闭
          </button>
        </>
      }
    >
      <div className="review-detail">
        {loaded.kind === 'loading' ? <p>正在读取……</p> : null}
        {loaded.kind === 'failed' ? (
          <p role="alert" className="persist-error">
            {loaded.reason}
          </p>
        ) : null}
        {doc !== null && loaded.kind === 'ready' ? (
          <>
            <p className="review-detail__meta">
              {doc.agencyLevel === null ? '' : `${AGENCY_LEVEL_LABELS[doc.agencyLevel]} · `}
              {doc.year}年 · {definitionOf(doc.format).notice}格式 · 发布日期：
              {doc.publicationDate ?? '未填'}
            </p>
            {extra}
            <Findings report={loaded.report} />
            {cross.length > 0 ? (
              <section className="review-detail__group" aria-label="跨单位检查">
                <h3 className="review-detail__group-title">跨单位检查（{cross.length} 项）</h3>
                <ul className="review-detail__findings">
                  {cross.map((f, i) => (
                    <li key={i} className="review-finding review-finding--warning">
                      {crossUnitMessage(f)}
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
            <iframe
              className="review-detail__frame"
              title={`${title}（只读）`}
              srcDoc={html}
              sandbox=""
            />
          </>
        ) : null}
      </div>
    </Modal>
  );
}
