import { useState } from 'react';
import type { RestoredDocument } from '../../report/document';
import type { DraftSummary } from '../../storage/draftCatalog';
import { usePersistence } from '../services/context';
import { Modal } from '../common/Modal';
import { FromLastYearForm } from './FromLastYearForm';
import { NewBlankForm } from './NewBlankForm';

type Mode = 'blank' | 'lastYear' | 'file';

const MODES: readonly { readonly mode: Mode; readonly label: string }[] = [
  { mode: 'blank', label: '空白报告' },
  { mode: 'lastYear', label: '从上年报告开始' },
  { mode: 'file', label: '从文件导入' },
];

interface NewReportDialogProps {
  readonly drafts: readonly DraftSummary[];
  readonly onClose: () => void;
  /** Called with the new report's id once it is stored. */
  readonly onCreated: (id: string) => void;
  /** 从文件导入: hand over to the import dialog (which lists problems before creating). */
  readonly onChooseFile: () => void;
}

/** 新建报告: blank, from last year's report (carry-over), or from an imported file. */
export function NewReportDialog({
  drafts,
  onClose,
  onCreated,
  onChooseFile,
}: NewReportDialogProps) {
  const services = usePersistence();
  const [mode, setMode] = useState<Mode>('blank');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const readable = drafts.filter((d) => d.deletedAt === null && d.readable);

  const create = (doc: RestoredDocument, previousReportId: string | null = null) => {
    setBusy(true);
    setError(null);
    services.reports.create(doc, { previousReportId }).then(
      (meta) => {
        onCreated(meta.id);
      },
      () => {
        setBusy(false);
        setError('没有保存成功：浏览器存储暂不可用或空间已满。');
      },
    );
  };

  return (
    <Modal
      title="新建报告"
      wide
      onClose={onClose}
      actions={
        <button type="button" className="button" onClick={onClose}>
          取消
        </button>
      }
    >
      <div className="new-report__modes" role="radiogroup" aria-label="新建方式">
        {MODES.map((m) => (
          <label key={m.mode} className="new-report__mode">
            <input
              type="radio"
              name="new-report-mode"
              checked={mode === m.mode}
              onChange={() => {
                setMode(m.mode);
              }}
            />
            {m.label}
          </label>
        ))}
      </div>
      {mode === 'blank' ? (
        <NewBlankForm
          busy={busy}
          onCreate={(doc) => {
            create(doc);
          }}
        />
      ) : null}
      {mode === 'lastYear' ? (
        <FromLastYearForm
          busy={busy}
          candidates={readable}
          onCreate={(result, previousId) => {
            create(result.document, previousId);
          }}
        />
      ) : null}
      {mode === 'file' ? (
        <div className="new-report__form">
          <p>
            选择年报 JSON
            文件，或已发布的年报（网页、Word、PDF、文本，也可以粘贴复制的网页）。会先列出全部问题并可逐格核对，确认后才创建报告；同一机关同一年度的报告也可以选择替换（替换前先保存快照）。
          </p>
          <div className="confirm-dialog__actions">
            <button type="button" className="button button--primary" onClick={onChooseFile}>
              选择文件…
            </button>
          </div>
        </div>
      ) : null}
      {error === null ? null : (
        <p className="persist-error" role="alert">
          {error}
        </p>
      )}
    </Modal>
  );
}
