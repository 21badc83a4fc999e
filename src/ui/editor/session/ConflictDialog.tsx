import { useState } from 'react';
import { Modal } from '../../common/Modal';

interface ConflictDialogProps {
  /** `null`: the report was removed in the other tab (nothing to reload). */
  readonly storedRevision: number | null;
  readonly onReload: () => Promise<unknown>;
  readonly onSaveCopy: () => Promise<unknown>;
  readonly onExport: () => void;
}

/**
 * Another tab saved this report after this tab loaded it. Nothing was overwritten; the user
 * chooses which version continues here. Either way no version is lost: reloading keeps this
 * tab's version in the history, and the copy keeps it as a separate report.
 */
export function ConflictDialog({
  storedRevision,
  onReload,
  onSaveCopy,
  onExport,
}: ConflictDialogProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = (action: () => Promise<unknown>) => () => {
    setBusy(true);
    setError(null);
    action().catch(() => {
      setError('操作没有完成，请重试，或先导出 JSON 文件。');
      setBusy(false);
    });
  };
  const removed = storedRevision === null;
  return (
    <Modal
      title="另一个窗口已修改此报告"
      actions={
        <>
          <button type="button" className="button" onClick={onExport} disabled={busy}>
            导出我的版本
          </button>
          {removed ? null : (
            <button type="button" className="button" onClick={run(onReload)} disabled={busy}>
              重新载入较新的版本
            </button>
          )}
          <button
            type="button"
            className="button button--primary"
            onClick={run(onSaveCopy)}
            disabled={busy}
          >
            将我的版本另存为副本
          </button>
        </>
      }
    >
      {removed ? (
        <p>此报告已在另一个窗口中被删除。本窗口的修改没有保存，仍保留在本页中。</p>
      ) : (
        <p>
          在您编辑期间，另一个窗口（或标签页）保存了此报告的较新版本。为了不覆盖那边的修改，本窗口的修改没有保存，仍保留在本页中。
        </p>
      )}
      <ul className="notice__list">
        {removed ? null : (
          <li>
            重新载入较新的版本：显示另一个窗口保存的内容；本窗口的版本会留在“历史版本”中，可以找回。
          </li>
        )}
        <li>将我的版本另存为副本：把本窗口的内容保存为一份新报告，原报告保持另一个窗口的内容。</li>
      </ul>
      {error === null ? null : (
        <p className="persist-error" role="alert">
          {error}
        </p>
      )}
    </Modal>
  );
}
