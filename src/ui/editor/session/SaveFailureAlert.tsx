import type { Autosave } from '../../../storage/autosave';
import { formatClock } from '../../common/formatTime';
import { useAutosaveStatus } from './useAutosaveStatus';

interface SaveFailureAlertProps {
  readonly autosave: Autosave;
  readonly onExport: () => void;
}

/**
 * Shown while writes fail: the edits are still in this page, and how to keep them safe —
 * export a JSON file now. Autosave keeps retrying in the background.
 */
export function SaveFailureAlert({ autosave, onExport }: SaveFailureAlertProps) {
  const status = useAutosaveStatus(autosave);
  if (status.kind !== 'failed') return null;
  return (
    <div className="save-alert" role="alert">
      <p className="save-alert__title">未能保存（{status.reason}）</p>
      <p>
        您的修改仍保留在本页中，但还没有存入浏览器。为防丢失，请先导出 JSON
        文件保存一份，不要关闭本页。
      </p>
      {status.quota ? (
        <p>
          浏览器分给本程序的存储空间已满：可以删除回收站中的报告、清理浏览器中其他网站的数据，然后重试。
        </p>
      ) : null}
      {status.closed ? (
        <p>
          年报已在另一个窗口中更新为新版本，本窗口不能再保存。导出文件后，请重新载入页面，再在报告列表中导入该文件。
        </p>
      ) : status.retryAt === null ? null : (
        <p className="save-alert__hint">将于 {formatClock(status.retryAt)} 自动重试。</p>
      )}
      <div className="save-alert__actions">
        <button type="button" className="button button--primary" onClick={onExport}>
          导出 JSON 文件
        </button>
        {status.closed ? (
          <button
            type="button"
            className="button"
            onClick={() => {
              window.location.reload();
            }}
          >
            已导出，重新载入页面
          </button>
        ) : (
          <button
            type="button"
            className="button"
            onClick={() => {
              void autosave.retryNow();
            }}
          >
            立即重试
          </button>
        )}
      </div>
    </div>
  );
}
