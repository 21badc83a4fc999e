import { useState } from 'react';
import { Modal } from '../../common/Modal';

interface BinnedDialogProps {
  readonly onRestore: () => Promise<unknown>;
  readonly onSaveCopy: () => Promise<unknown>;
  readonly onExport: () => void;
}

/**
 * The report was moved to 回收站 in another tab while this one had it open. Nothing typed here
 * went into the deleted report; the user decides: take it out of 回收站 with this tab's
 * version, keep this version as a new report, or export it.
 */
export function BinnedDialog({ onRestore, onSaveCopy, onExport }: BinnedDialogProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = (action: () => Promise<unknown>) => () => {
    setBusy(true);
    setError(null);
    action().then(
      () => {
        setBusy(false);
      },
      () => {
        setError('操作没有完成，请重试，或先导出 JSON 文件。');
        setBusy(false);
      },
    );
  };
  return (
    <Modal
      title="此报告已被移到回收站"
      actions={
        <>
          <button type="button" className="button" onClick={onExport} disabled={busy}>
            导出我的版本
          </button>
          <button type="button" className="button" onClick={run(onSaveCopy)} disabled={busy}>
            将我的版本另存为副本
          </button>
          <button
            type="button"
            className="button button--primary"
            onClick={run(onRestore)}
            disabled={busy}
          >
            从回收站恢复并保存我的版本
          </button>
        </>
      }
    >
      <p>
        另一个窗口（或标签页）把此报告移到了回收站。本窗口的内容没有保存到回收站中的报告里，仍保留在本页中。
      </p>
      <ul className="notice__list">
        <li>
          从回收站恢复并保存我的版本：报告回到报告列表，内容为本窗口的版本；回收站中原来的内容留在“历史版本”中。
        </li>
        <li>将我的版本另存为副本：把本窗口的内容保存为一份新报告，原报告留在回收站中。</li>
      </ul>
      {error === null ? null : (
        <p className="persist-error" role="alert">
          {error}
        </p>
      )}
    </Modal>
  );
}
