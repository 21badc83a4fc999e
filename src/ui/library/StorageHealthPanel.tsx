import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import {
  backupFileName,
  backupReminder,
  binnedInBackup,
  buildBackup,
  markBackedUp,
  type BackupReminder,
} from '../../storage/backup';
import {
  estimateUsage,
  formatBytes,
  requestPersistence,
  type PersistenceState,
  type StorageUsage,
} from '../../storage/health';
import { usePersistence } from '../services/context';
import { downloadText } from '../common/download';
import { formatDateTime } from '../common/formatTime';

const PERSISTENCE_TEXT: Readonly<Record<PersistenceState, string>> = {
  granted: '已获准长期保存：浏览器不会在空间不足时自动清除这些报告。',
  denied: '浏览器未准许长期保存：空间不足时可能清除这些报告，请定期备份。',
  unsupported: '此浏览器不支持长期保存设置，请定期备份。',
};

/**
 * 存储状况 on the library screen: whether the browser promised to keep the data, how much
 * space it uses, the backup reminder, 备份全部报告 and 从备份恢复.
 */
export function StorageHealthPanel() {
  const services = usePersistence();
  const { ctx } = services;
  const [persistence, setPersistence] = useState<PersistenceState | null>(null);
  const [usage, setUsage] = useState<StorageUsage | null>(null);
  const [reminder, setReminder] = useState<BackupReminder | null>(null);
  /** What 从备份恢复 did (rendered by its lazily loaded module). */
  const [restored, setRestored] = useState<ReactNode>(null);
  const [restoring, setRestoring] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const refresh = useCallback(() => {
    void estimateUsage().then(setUsage);
    backupReminder(ctx).then(setReminder, () => {
      setReminder(null);
    });
  }, [ctx]);

  useEffect(() => {
    void requestPersistence().then(setPersistence);
    refresh();
  }, [refresh]);

  const backupAll = async () => {
    setMessage(null);
    try {
      const backup = await buildBackup(ctx);
      downloadText(backupFileName(ctx.now()), `${JSON.stringify(backup, null, 2)}\n`);
      await markBackedUp(ctx);
      const binned = binnedInBackup(backup);
      const total = `${String(backup.reports.length)} 份报告${binned > 0 ? `（含回收站中的 ${String(binned)} 份）` : ''}`;
      setMessage(`已备份 ${total}。请把文件存到单位的共享盘或移动存储中。`);
    } catch {
      setMessage('备份没有完成：浏览器存储暂不可用。可以逐份打开报告并导出 JSON 文件。');
    }
    refresh();
  };

  const restoreFrom = async (file: File) => {
    setMessage(null);
    setRestored(null);
    setRestoring(true);
    try {
      const { restoreBackupFile, RestoreOutcomeView } = await import('./BackupRestore');
      const outcome = await restoreBackupFile(ctx, file);
      setRestored(<RestoreOutcomeView outcome={outcome} />);
    } catch {
      setMessage('恢复没有完成：程序文件未能载入，请检查网络后重试。已有的报告没有改动。');
    } finally {
      setRestoring(false);
    }
    refresh();
  };

  return (
    <section className="storage-health" aria-labelledby="storage-health-title">
      <h2 id="storage-health-title" className="storage-health__title">
        存储与备份
      </h2>
      <p data-testid="persistence-state">
        {persistence === null ? '正在检查浏览器存储……' : PERSISTENCE_TEXT[persistence]}
      </p>
      {usage === null ? null : (
        <p>
          已用 {formatBytes(usage.usage)}，浏览器允许约 {formatBytes(usage.quota)}。
        </p>
      )}
      {reminder?.due === true ? (
        <p className="notice notice--kept" role="status">
          {reminder.lastBackupAt === null
            ? '还没有备份过。报告只保存在这台电脑的浏览器中，建议现在备份全部报告。'
            : `上次备份在 ${formatDateTime(reminder.lastBackupAt)}，已超过 7 天，建议现在备份。`}
        </p>
      ) : reminder?.lastBackupAt == null ? null : (
        <p className="hint">上次备份：{formatDateTime(reminder.lastBackupAt)}</p>
      )}
      <div className="notice__actions">
        <button type="button" className="button" onClick={() => void backupAll()}>
          备份全部报告
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            fileInput.current?.click();
          }}
        >
          从备份恢复
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label="选择备份文件"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file !== undefined) void restoreFrom(file);
          }}
        />
      </div>
      {message === null ? null : (
        <p className="notice notice--suggest" role="status">
          {message}
        </p>
      )}
      {restoring ? <p role="status">正在从备份恢复……</p> : null}
      {restored}
    </section>
  );
}
