import { lazy, Suspense, useCallback, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { RestoredDocument } from '../../report/document';
import { EditorScreen } from './EditorScreen';
// Not through '../exchange' (its index): that would bundle the import dialog and the print
// preview, which load on demand, into the editor's first visit.
import { ExportMenu } from '../exchange/ExportMenu';
import { ImportButton } from '../exchange/ImportButton';
import type { ImportDecision } from '../exchange/importFlow';
import { importReport } from '../services/reportActions';
import { ReportStoreContext } from '../state/hooks';
import { usePersistence } from '../services/context';
import { downloadText } from '../common/download';
import { downloadReport } from './session/download';
import type { EditorSession } from './session/editorSession';
import { Modal } from '../common/Modal';
import { PanelErrorBoundary } from './session/PanelErrorBoundary';
import { SaveFailureAlert } from './session/SaveFailureAlert';
import { SaveStatusIndicator } from './session/SaveStatusIndicator';
import { useAutosaveStatus } from './session/useAutosaveStatus';
import { useEditorSession } from './session/useEditorSession';
import '../common/persistence.css';

// What only some visits show (the side panels, the dialogs of a conflict, 回收站 or damaged
// data) loads when shown, so opening a report loads only the editor.
const HistoryPanel = lazy(() =>
  import('./session/HistoryPanel').then((m) => ({ default: m.HistoryPanel })),
);
const PreviousYearPanel = lazy(() =>
  import('./session/PreviousYearPanel').then((m) => ({ default: m.PreviousYearPanel })),
);
const ConflictDialog = lazy(() =>
  import('./session/ConflictDialog').then((m) => ({ default: m.ConflictDialog })),
);
const BinnedDialog = lazy(() =>
  import('./session/BinnedDialog').then((m) => ({ default: m.BinnedDialog })),
);
const ProblemList = lazy(() =>
  import('../common/ProblemList').then((m) => ({ default: m.ProblemList })),
);

interface EditorRouteProps {
  readonly reportId: string;
  /** Back to the drafts library. */
  readonly onBack: () => void;
  /** Open another report (e.g. the copy made from a conflict). */
  readonly onOpen: (id: string) => void;
}

/** A stored draft in the editor, with autosave, conflict handling, history and 参考上年. */
export function EditorRoute({ reportId, onBack, onOpen }: EditorRouteProps) {
  const services = usePersistence();
  const [attempt, setAttempt] = useState(0);
  const state = useEditorSession(services, reportId, attempt);
  switch (state.kind) {
    case 'loading':
      return <CenteredMessage title="正在打开报告……" onBack={onBack} />;
    case 'error':
      return <CenteredMessage title={state.message} onBack={onBack} />;
    case 'missing':
      return <CenteredMessage title="找不到这份报告：它可能已被永久删除。" onBack={onBack} />;
    case 'binned':
      return (
        <CenteredMessage title="这份报告在回收站中。" onBack={onBack}>
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              void services.reports.restoreFromBin(reportId).then(() => {
                setAttempt((a) => a + 1);
              });
            }}
          >
            从回收站恢复并打开
          </button>
        </CenteredMessage>
      );
    case 'unreadable':
      return (
        <CenteredMessage title="这份报告的存储数据已损坏，无法打开。" onBack={onBack}>
          <Suspense fallback={null}>
            <ProblemList problems={state.report.problems} />
          </Suspense>
          <p>可以下载原始数据，交给技术人员查看；报告列表中的其他报告不受影响。</p>
          <button
            type="button"
            className="button"
            onClick={() => {
              downloadText(`损坏的报告-${reportId}.json`, safeJson(state.report.payload));
            }}
          >
            下载原始数据
          </button>
        </CenteredMessage>
      );
    case 'ready':
      return (
        <OpenDraft
          key={state.session.reportId}
          session={state.session}
          onBack={onBack}
          onOpen={onOpen}
        />
      );
  }
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value, null, 2);
  } catch {
    return String(value);
  }
}

function CenteredMessage({
  title,
  onBack,
  children,
}: {
  readonly title: string;
  readonly onBack: () => void;
  readonly children?: ReactNode;
}) {
  return (
    <main className="persist-message">
      <h1>{title}</h1>
      {children}
      <p>
        <button type="button" className="button" onClick={onBack}>
          返回报告列表
        </button>
      </p>
    </main>
  );
}

type Panel = 'history' | 'previous' | null;

function useSessionNotice(session: EditorSession): string | null {
  const subscribe = useCallback((l: () => void) => session.subscribe(l), [session]);
  return useSyncExternalStore(subscribe, () => session.notice);
}

type OpenDraftProps = { readonly session: EditorSession } & Omit<EditorRouteProps, 'reportId'>;

/**
 * The editor of one open draft. It subscribes to nothing that changes while typing (save
 * status and the list of stored reports live in small children), so a keystroke or a save
 * never re-renders the editor screen from here.
 */
function OpenDraft({ session, onBack, onOpen }: OpenDraftProps) {
  const notice = useSessionNotice(session);
  const [panel, setPanel] = useState<Panel>(null);
  const [showProblems, setShowProblems] = useState(() =>
    session.openProblems.some((p) => p.severity !== 'notice'),
  );
  const exportMine = useCallback(() => {
    downloadReport(session.store.document);
  }, [session]);
  const toggle = (p: Exclude<Panel, null>) => () => {
    setPanel((current) => (current === p ? null : p));
  };
  const leading = (
    <nav className="draft-toolbar" aria-label="报告操作">
      <button type="button" className="button button--small" onClick={onBack}>
        ← 报告列表
      </button>
      <button
        type="button"
        className="button button--small"
        aria-pressed={panel === 'previous'}
        onClick={toggle('previous')}
      >
        参考上年
      </button>
      <button
        type="button"
        className="button button--small"
        aria-pressed={panel === 'history'}
        onClick={toggle('history')}
      >
        历史版本
      </button>
      <ExportMenu compact getDocument={() => session.store.document} />
      <EditorImport session={session} onOpen={onOpen} />
    </nav>
  );
  return (
    <>
      <EditorScreen
        store={session.store}
        header={leading}
        saveStatus={<SaveStatusIndicator autosave={session.autosave} />}
      />
      {notice === null ? null : (
        <div className="draft-notice" role="status">
          <span>{notice}</span>
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => {
              session.dismissNotice();
            }}
          >
            知道了
          </button>
        </div>
      )}
      <SaveFailureAlert autosave={session.autosave} onExport={exportMine} />
      {/* The panels read the document, so they need the store outside EditorScreen too. */}
      <ReportStoreContext.Provider value={session.store}>
        <PanelErrorBoundary key={panel}>
          <Suspense fallback={null}>
            {panel === 'history' ? (
              <HistoryPanel
                session={session}
                onClose={() => {
                  setPanel(null);
                }}
              />
            ) : null}
            {panel === 'previous' ? (
              <PreviousYearPanel
                session={session}
                onClose={() => {
                  setPanel(null);
                }}
              />
            ) : null}
          </Suspense>
        </PanelErrorBoundary>
      </ReportStoreContext.Provider>
      <SaveConflict session={session} onOpen={onOpen} onExport={exportMine} />
      {showProblems ? (
        <Modal
          title="这份报告的存储数据有问题"
          wide
          onClose={() => {
            setShowProblems(false);
          }}
          actions={
            <button
              type="button"
              className="button button--primary"
              onClick={() => {
                setShowProblems(false);
              }}
            >
              知道了，继续编辑
            </button>
          }
        >
          <p>
            浏览器中保存的数据有部分无法读取，已尽量恢复。请核对下列位置；原始数据已保留在“历史版本”中。
          </p>
          <Suspense fallback={null}>
            <ProblemList problems={session.openProblems} format={session.store.document.format} />
          </Suspense>
        </Modal>
      ) : null}
    </>
  );
}

/**
 * The conflict dialog, shown while autosave reports that another tab saved first; the 回收站
 * dialog when another tab moved the report there.
 */
function SaveConflict({
  session,
  onOpen,
  onExport,
}: {
  readonly session: EditorSession;
  readonly onOpen: (id: string) => void;
  readonly onExport: () => void;
}) {
  const status = useAutosaveStatus(session.autosave);
  if (status.kind === 'binned') {
    return (
      <Suspense fallback={null}>
        <BinnedDialog
          onExport={onExport}
          onRestore={() => session.restoreFromBinKeepingMine()}
          onSaveCopy={async () => {
            onOpen(await session.saveMineAsCopy());
          }}
        />
      </Suspense>
    );
  }
  if (status.kind !== 'conflict') return null;
  return (
    <Suspense fallback={null}>
      <ConflictDialog
        storedRevision={status.storedRevision}
        onExport={onExport}
        onReload={async () => {
          if (!(await session.reloadNewer())) throw new Error('gone');
        }}
        onSaveCopy={async () => {
          onOpen(await session.saveMineAsCopy());
        }}
      />
    </Suspense>
  );
}

/**
 * 导入 in the editor header. The stored reports are read only to offer 替换, and only when the
 * dialog opens (after the pending autosave is written): a live list of all reports here would
 * be re-read on every autosave.
 */
function EditorImport({
  session,
  onOpen,
}: {
  readonly session: EditorSession;
  readonly onOpen: (id: string) => void;
}) {
  const services = usePersistence();
  const existing = useCallback(async () => {
    // What was typed a moment ago may still wait for the autosave (or a slow write): write
    // it first, and match the open report by the agency and year on screen in any case.
    await session.autosave.flush().catch(() => undefined);
    const { agency, year } = session.store.document;
    return (await services.catalog.list()).lines
      .filter((l) => l.deletedAt === null && l.readable)
      .map((l) => (l.id === session.reportId ? { ...l, agency, year } : l));
  }, [services, session]);
  const importFile = async (decision: ImportDecision, doc: RestoredDocument) => {
    // Over the open report: one undoable step, and the revision recorder keeps the state
    // before it (a commit of kind `import` is always snapshotted).
    if (decision.kind === 'replace' && decision.reportId === session.reportId) {
      session.store.commit(doc, { kind: 'import', label: '导入文件' });
      return;
    }
    // Last year's report of the open one: the session links it, so its checks run at once.
    if (decision.kind === 'lastYearOf' && decision.reportId === session.reportId) {
      const { id } = await services.reports.create(doc);
      await session.linkPrevious(id);
      return;
    }
    onOpen(await importReport(services, doc, decision));
  };
  return <ImportButton compact existing={existing} onImport={importFile} />;
}
