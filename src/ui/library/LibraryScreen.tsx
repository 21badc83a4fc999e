import { lazy, Suspense, useMemo, useState } from 'react';
import type { RestoredDocument } from '../../report/document';
import { draftYears, filterDrafts, type DraftSummary } from '../../storage/draftCatalog';
import { RECYCLE_BIN_DAYS } from '../../storage/reportsRepository';
import { usePersistence } from '../services/context';
import { StorageHealthPanel } from './StorageHealthPanel';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { DraftPager, pageOf } from './DraftPager';
import { DraftTable, type DraftActions } from './DraftTable';
import { importReport, renameReport } from '../services/reportActions';
import { RenameDialog } from './RenameDialog';
import { useDrafts } from '../services/useDrafts';
import './library.css';

/**
 * 导入 loads on demand: the dialog, and behind it the review of a published report and its
 * readers, are not part of the first screen's JavaScript.
 */
/** 新建报告 (blank, from last year, from a file) loads when asked for, like 导入. */
const NewReportDialog = lazy(() =>
  import('./NewReportDialog').then((m) => ({ default: m.NewReportDialog })),
);
const ImportDialog = lazy(() =>
  import('../exchange/ImportDialog').then((m) => ({ default: m.ImportDialog })),
);

type Dialog =
  | { readonly kind: 'new' }
  /** 导入 (from the toolbar, 新建报告 → 从文件导入, or a file dropped on the list). */
  | { readonly kind: 'import'; readonly file?: File }
  | { readonly kind: 'rename'; readonly line: DraftSummary; readonly document: RestoredDocument }
  | { readonly kind: 'purge'; readonly line: DraftSummary }
  | null;

interface Notice {
  readonly text: string;
  readonly undo?: () => void;
}

const FAILED = '操作没有完成：浏览器存储暂不可用或空间已满。';

/** The home screen: every stored report, with search, year filter, 回收站 and storage health. */
export function LibraryScreen({
  onOpen,
  onReview,
}: {
  readonly onOpen: (id: string) => void;
  /** Opens 汇总审核 (many units' reports at once); absent where the app does not offer it. */
  readonly onReview?: () => void;
}) {
  const services = usePersistence();
  const { reports } = services;
  const { lines, error } = useDrafts();
  const [year, setYear] = useState<number | null>(null);
  const [search, setSearch] = useState('');
  const [inBin, setInBin] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [page, setPage] = useState(0);

  const all = useMemo(() => lines ?? [], [lines]);
  const existing = useMemo(() => all.filter((l) => l.deletedAt === null && l.readable), [all]);
  const shown = useMemo(
    () => filterDrafts(all, { year, search, deleted: inBin }),
    [all, year, search, inBin],
  );
  const years = useMemo(() => draftYears(all), [all]);
  const binCount = useMemo(() => all.filter((l) => l.deletedAt !== null).length, [all]);
  // One page of lines is rendered, whatever the number of reports.
  const visible = pageOf(shown, page);
  const attempt = (work: Promise<unknown>, done?: Notice) => {
    work.then(
      () => {
        if (done !== undefined) setNotice(done);
      },
      () => {
        setNotice({ text: FAILED });
      },
    );
  };

  const actions: DraftActions = {
    open: (line) => {
      onOpen(line.id);
    },
    duplicate: (line) => {
      attempt(reports.duplicate(line.id), { text: `已复制“${line.title}”。` });
    },
    rename: (line) => {
      reports.load(line.id).then(
        (loaded) => {
          if (loaded?.document == null) setNotice({ text: FAILED });
          else setDialog({ kind: 'rename', line, document: loaded.document });
        },
        () => {
          setNotice({ text: FAILED });
        },
      );
    },
    remove: (line) => {
      attempt(reports.moveToBin(line.id), {
        text: `已把“${line.title}”移到回收站（保留 ${String(RECYCLE_BIN_DAYS)} 天）。`,
        undo: () => {
          attempt(reports.restoreFromBin(line.id), { text: `已恢复“${line.title}”。` });
        },
      });
    },
    restore: (line) => {
      attempt(reports.restoreFromBin(line.id), { text: `已恢复“${line.title}”。` });
    },
    purge: (line) => {
      setDialog({ kind: 'purge', line });
    },
  };

  return (
    <div className="library">
      <header className="library__header">
        <h1>政府信息公开工作年度报告</h1>
        <p className="library__subtitle">
          报告列表 · 报告保存在这台电脑的浏览器中，输入后自动保存。
        </p>
      </header>
      <div className="library__body">
        <main
          className="library__main"
          onDragOver={(e) => {
            if (e.dataTransfer.types.includes('Files')) e.preventDefault();
          }}
          onDrop={(e) => {
            const file = e.dataTransfer.files[0];
            if (file === undefined) return;
            e.preventDefault();
            setDialog({ kind: 'import', file });
          }}
        >
          <div className="library__toolbar">
            <button
              type="button"
              className="button button--primary"
              onClick={() => {
                setDialog({ kind: 'new' });
              }}
            >
              新建报告
            </button>
            <button
              type="button"
              className="button"
              aria-haspopup="dialog"
              onClick={() => {
                setDialog({ kind: 'import' });
              }}
            >
              导入
            </button>
            {onReview === undefined ? null : (
              <button type="button" className="button" onClick={onReview}>
                汇总审核
              </button>
            )}
            <label className="library__filter">
              年度
              <select
                className="input input--small"
                value={year === null ? '' : String(year)}
                onChange={(e) => {
                  setYear(e.target.value === '' ? null : Number(e.target.value));
                  setPage(0);
                }}
              >
                <option value="">全部年度</option>
                {years.map((y) => (
                  <option key={y} value={y}>
                    {y}年
                  </option>
                ))}
              </select>
            </label>
            <input
              type="search"
              className="input input--small library__search"
              placeholder="搜索机关名称或标题"
              aria-label="搜索机关名称或标题"
              value={search}
              onChange={(e) => {
                setSearch(e.target.value);
                setPage(0);
              }}
            />
            <div className="library__tabs" role="group" aria-label="显示">
              <button
                type="button"
                className="button button--small"
                aria-pressed={!inBin}
                onClick={() => {
                  setInBin(false);
                  setPage(0);
                }}
              >
                报告
              </button>
              <button
                type="button"
                className="button button--small"
                aria-pressed={inBin}
                onClick={() => {
                  setInBin(true);
                  setPage(0);
                }}
              >
                回收站（{binCount}）
              </button>
            </div>
          </div>
          {notice === null ? null : (
            <div className="notice notice--suggest library__notice" role="status">
              <p>{notice.text}</p>
              <div className="notice__actions">
                {notice.undo === undefined ? null : (
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => {
                      notice.undo?.();
                    }}
                  >
                    撤销
                  </button>
                )}
                <button
                  type="button"
                  className="button button--quiet button--small"
                  onClick={() => {
                    setNotice(null);
                  }}
                >
                  关闭
                </button>
              </div>
            </div>
          )}
          {error === null ? null : (
            <p className="persist-error" role="alert">
              {error}
            </p>
          )}
          {lines === null ? (
            <p>正在读取……</p>
          ) : shown.length === 0 ? (
            <p className="library__empty">
              {inBin
                ? `回收站是空的。删除的报告在这里保留 ${String(RECYCLE_BIN_DAYS)} 天。`
                : all.length === 0
                  ? '还没有报告。点“新建报告”开始，或点“导入”上年发布的年报（网页、Word、PDF、文本）或 JSON 文件，也可以把文件拖到这里。'
                  : '没有符合条件的报告。'}
            </p>
          ) : (
            <>
              <DraftTable lines={visible.lines} inBin={inBin} actions={actions} />
              <DraftPager view={visible} onPage={setPage} />
            </>
          )}
          {inBin && shown.length > 0 ? (
            <p className="hint">
              回收站中的报告保留 {RECYCLE_BIN_DAYS} 天，之后在打开本程序时自动删除。
            </p>
          ) : null}
        </main>
        <StorageHealthPanel />
      </div>
      {dialog?.kind === 'new' ? (
        <Suspense fallback={null}>
          <NewReportDialog
            drafts={all}
            onClose={() => {
              setDialog(null);
            }}
            onCreated={(id) => {
              setDialog(null);
              onOpen(id);
            }}
            onChooseFile={() => {
              setDialog({ kind: 'import' });
            }}
          />
        </Suspense>
      ) : null}
      {dialog?.kind === 'import' ? (
        <Suspense fallback={null}>
          <ImportDialog
            existing={existing}
            initialFile={dialog.file}
            onClose={() => {
              setDialog(null);
            }}
            onImport={async (decision, doc) => {
              onOpen(await importReport(services, doc, decision));
            }}
          />
        </Suspense>
      ) : null}
      {dialog?.kind === 'rename' ? (
        <RenameDialog
          document={dialog.document}
          onClose={() => {
            setDialog(null);
          }}
          onRename={(change) => {
            setDialog(null);
            attempt(renameReport(services, dialog.line.id, change), { text: '已改名。' });
          }}
        />
      ) : null}
      <ConfirmDialog
        open={dialog?.kind === 'purge'}
        title="永久删除"
        tone="danger"
        confirmLabel="永久删除"
        onCancel={() => {
          setDialog(null);
        }}
        onConfirm={() => {
          if (dialog?.kind === 'purge')
            attempt(reports.deleteForever(dialog.line.id), {
              text: `已永久删除“${dialog.line.title}”。`,
            });
          setDialog(null);
        }}
      >
        <p>
          “{dialog?.kind === 'purge' ? dialog.line.title : ''}
          ”及其历史版本将被永久删除，无法恢复。删除前可以先打开它并导出 JSON 文件。
        </p>
      </ConfirmDialog>
    </div>
  );
}
