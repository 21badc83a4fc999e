import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { definitionOf, SECTION_KEYS } from '../../../report/definition/editions';
import type { SectionKey } from '../../../report/definition/types';
import type { DraftSummary } from '../../../storage/draftCatalog';
import { useDocumentSelector } from '../../state/hooks';
import { usePersistence } from '../../services/context';
import type { EditorSession } from './editorSession';
import { SidePanel } from './SidePanel';
import { ReportSelect } from '../../common/ReportSelect';

interface PreviousYearPanelProps {
  readonly session: EditorSession;
  readonly onClose: () => void;
}

function useSessionPrevious(session: EditorSession) {
  const subscribe = useCallback((l: () => void) => session.subscribe(l), [session]);
  return useSyncExternalStore(subscribe, () => session.previous);
}

/**
 * 参考上年: last year's narrative beside the editor, for reference. Nothing is copied unless
 * the user asks (per section). Also links the report to last year's, which turns on the
 * previous.* continuity checks.
 */
export function PreviousYearPanel({ session, onClose }: PreviousYearPanelProps) {
  const previous = useSessionPrevious(session);
  const [message, setMessage] = useState<string | null>(null);

  const copy = (key: SectionKey, text: string) => {
    session.store.update(
      (doc) => {
        const own = doc.sections[key];
        // Appended, never replacing what the user already wrote this year.
        const next = own.trim() === '' ? text : `${own.replace(/\s+$/, '')}\n${text}`;
        return { ...doc, sections: { ...doc.sections, [key]: next } };
      },
      { kind: 'carry-over', label: '复制上年文字' },
    );
    setMessage(
      `已把上年的“${definitionOf(session.store.document.format).sections[key].heading}”复制到本报告（可撤销）。`,
    );
  };

  return (
    <SidePanel title="参考上年" onClose={onClose}>
      {message === null ? null : (
        <p className="notice notice--suggest" role="status">
          {message}
        </p>
      )}
      {previous === null ? (
        <LinkPrevious session={session} />
      ) : (
        <>
          <p className="hint">
            上年报告：{previous.document.agency}
            {previous.document.year}
            年度。下面的文字只供参考，不会自动复制；点“复制到本报告”会追加到本年对应部分的末尾。
          </p>
          {SECTION_KEYS.map((key) => {
            const text = previous.document.sections[key];
            const heading = definitionOf(previous.document.format).sections[key].heading;
            return (
              <section key={key} className="previous-year__section" aria-label={`上年 ${heading}`}>
                <h3>{heading}</h3>
                {text.trim() === '' ? (
                  <p className="hint">（上年此部分为空）</p>
                ) : (
                  <>
                    <div className="previous-year__text reading">
                      {text.split('\n').map((line, i) => (
                        <p key={i}>{line}</p>
                      ))}
                    </div>
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => {
                        copy(key, text);
                      }}
                    >
                      复制到本报告
                    </button>
                  </>
                )}
              </section>
            );
          })}
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => {
              void session.linkPrevious(null);
            }}
          >
            取消与上年报告的关联
          </button>
        </>
      )}
    </SidePanel>
  );
}

/** Choose last year's report from the library (same agency first). */
function LinkPrevious({ session }: { readonly session: EditorSession }) {
  const { catalog } = usePersistence();
  const year = useDocumentSelector((d) => d.year);
  const agency = useDocumentSelector((d) => d.agency);
  const [candidates, setCandidates] = useState<readonly DraftSummary[] | null>(null);
  const [choice, setChoice] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void catalog.list().then(({ lines: all }) => {
      if (!live) return;
      const lines = all
        .filter(
          (l) =>
            l.id !== session.reportId &&
            l.deletedAt === null &&
            l.readable &&
            l.year !== null &&
            l.year < year,
        )
        .sort(
          (a, b) =>
            Number(b.agency === agency) - Number(a.agency === agency) ||
            (b.year ?? 0) - (a.year ?? 0),
        );
      setCandidates(lines);
      setChoice(lines[0]?.id ?? '');
    });
    return () => {
      live = false;
    };
  }, [catalog, session.reportId, year, agency]);

  if (candidates === null) return <p>正在读取……</p>;
  if (candidates.length === 0) {
    return (
      <p>
        此报告没有关联上年报告，报告列表中也没有更早年度的报告。可以在报告列表中导入上年的报告（已发布的网页、Word、PDF
        或 JSON 文件），导入时选“已有报告的上年报告”即可关联。
      </p>
    );
  }
  return (
    <div className="previous-year__link">
      <p>
        此报告还没有关联上年报告。关联后，可以在这里参考上年的文字，并自动核对“上年结转”等与上年数字的衔接。
      </p>
      <label className="field__label" htmlFor="previous-year-choice">
        上年报告
      </label>
      <ReportSelect
        id="previous-year-choice"
        reports={candidates}
        value={choice}
        onChange={setChoice}
      />
      <div className="notice__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={choice === ''}
          onClick={() => {
            setError(null);
            session.linkPrevious(choice).catch(() => {
              setError('关联没有完成：上年报告无法读取。');
            });
          }}
        >
          关联
        </button>
      </div>
      {error === null ? null : (
        <p className="persist-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
