import { useEffect, useState } from 'react';
import { watchQuery } from '../../../storage/live';
import type { OpenedRevision, RevisionEntry } from '../../../storage/revisions';
import { useDocumentSelector } from '../../state/hooks';
import type { EditorSession } from './editorSession';
import { formatDateTimeSeconds } from '../../common/formatTime';
import { RevisionPreview } from './RevisionPreview';
import { describeChange, revisionKindLabel } from './revisionText';
import { usePersistence } from '../../services/context';
import { SidePanel } from './SidePanel';

interface HistoryPanelProps {
  readonly session: EditorSession;
  readonly onClose: () => void;
}

/**
 * 历史版本: snapshots with time and a short summary of what changed; preview one, and restore
 * it (restoring first snapshots the current state, and is one undo step).
 */
export function HistoryPanel({ session, onClose }: HistoryPanelProps) {
  const { revisions } = usePersistence();
  const [entries, setEntries] = useState<readonly RevisionEntry[] | null>(null);
  const [selected, setSelected] = useState<OpenedRevision | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const current = useDocumentSelector((d) => d);

  useEffect(() => {
    return watchQuery(
      () => revisions.list(session.reportId),
      setEntries,
      () => {
        setMessage('历史版本暂时无法读取。');
      },
    );
  }, [revisions, session.reportId]);

  const preview = (entry: RevisionEntry) => {
    setMessage(null);
    revisions
      .open(entry.id)
      .then((opened) => {
        setSelected(opened ?? null);
      })
      .catch(() => {
        setMessage('这个快照无法读取。');
      });
  };

  const restore = (revision: OpenedRevision) => {
    if (revision.document === null) return;
    session
      .restoreRevision(revision.document)
      .then(() => {
        setSelected(null);
        setMessage(
          `已恢复 ${formatDateTimeSeconds(revision.createdAt)} 的版本。恢复前的内容已存为快照，也可以撤销。`,
        );
      })
      .catch(() => {
        setMessage('恢复没有完成：未能先保存当前内容的快照。');
      });
  };

  return (
    <SidePanel title="历史版本" onClose={onClose}>
      <p className="hint">
        编辑期间每隔几分钟，以及导入、切换版本、粘贴、批量填写、改名之前，会自动保存一份快照。
      </p>
      {message === null ? null : (
        <p className="notice notice--suggest" role="status">
          {message}
        </p>
      )}
      {selected === null ? null : (
        <section className="history-panel__preview" aria-label="预览">
          <h3>
            {formatDateTimeSeconds(selected.createdAt)} · {revisionKindLabel(selected.kind)}
          </h3>
          <RevisionPreview revision={selected} current={current} />
          <div className="notice__actions">
            <button
              type="button"
              className="button button--primary"
              disabled={selected.document === null}
              onClick={() => {
                restore(selected);
              }}
            >
              恢复此版本
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setSelected(null);
              }}
            >
              关闭预览
            </button>
          </div>
        </section>
      )}
      {entries === null ? (
        <p>正在读取……</p>
      ) : entries.length === 0 ? (
        <p>还没有快照。开始编辑后会自动生成。</p>
      ) : (
        <ol className="history-list" aria-label="快照列表">
          {entries.map((entry) => (
            <li key={entry.id} className="history-list__item">
              <button
                type="button"
                className="history-list__button"
                aria-pressed={selected?.id === entry.id}
                onClick={() => {
                  preview(entry);
                }}
              >
                <span className="history-list__time">{formatDateTimeSeconds(entry.createdAt)}</span>
                <span className="history-list__reason">{revisionKindLabel(entry.kind)}</span>
                <span className="history-list__summary">
                  {describeChange(entry.change, current.format)}
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </SidePanel>
  );
}
