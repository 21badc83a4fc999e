import { useCallback, useEffect, useRef, useState } from 'react';
import { decodeText } from '../../report/restore/decodeText';
import type { Problem } from '../../report/restore/problems';
import {
  backupFileName,
  backupReminder,
  binnedInBackup,
  buildBackup,
  markBackedUp,
  mergeBackup,
  type BackupReminder,
  type MergeResult,
} from '../../storage/backup';
import {
  estimateUsage,
  formatBytes,
  requestPersistence,
  type PersistenceState,
  type StorageUsage,
} from '../../storage/health';
import { usePersistence } from './context';
import { downloadText } from './download';
import { formatDateTime } from './formatTime';
import { entryText, mergeSummary, refusalText, skippedName } from './backupText';
import { ProblemList } from './ProblemList';

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
  const [result, setResult] = useState<MergeResult | null>(null);
  /** How the backup file was decoded (a GB18030 notice), shown above the result. */
  const [fileProblems, setFileProblems] = useState<readonly Problem[]>([]);
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
    setResult(null);
    setFileProblems([]);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      setMessage(`无法读取文件“${file.name}”。没有做任何改动。`);
      return;
    }
    // The same decoding as 导入: UTF-8, else GB18030 with a notice; never replacement characters.
    const decoded = decodeText(bytes);
    setFileProblems(decoded.problems);
    if (!decoded.ok) {
      setMessage('备份文件无法读取，没有做任何改动。');
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(decoded.text);
    } catch {
      setMessage('这个文件不是 JSON 格式的备份文件。没有做任何改动。');
      return;
    }
    try {
      setResult(await mergeBackup(ctx, parsed));
    } catch {
      setMessage('恢复没有完成：浏览器存储暂不可用，或空间已满。已有的报告没有改动。');
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
      {fileProblems.length === 0 ? null : <ProblemList problems={fileProblems} />}
      {result === null ? null : <MergeSummary result={result} />}
    </section>
  );
}

function MergeSummary({ result }: { readonly result: MergeResult }) {
  if (!result.ok) {
    return (
      <p className="persist-error" role="alert">
        {refusalText(result.reason)}
      </p>
    );
  }
  return (
    <div className="notice notice--suggest" role="status">
      <p>{mergeSummary(result)}</p>
      <ul className="notice__list" aria-label="各份报告的恢复结果">
        {result.entries.map((entry) =>
          entry.outcome === 'skipped' ? (
            <li key={entry.index}>
              {skippedName(entry.index)}无法读取，已跳过：
              <ProblemList problems={entry.problems} />
            </li>
          ) : (
            <li key={entry.index}>
              <strong>{entry.title}</strong>：{entryText(entry)}
            </li>
          ),
        )}
      </ul>
    </div>
  );
}
