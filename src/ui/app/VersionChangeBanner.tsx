import { useCallback, useSyncExternalStore } from 'react';
import { usePersistence } from '../services/context';

/**
 * Another tab opened a newer version of the app, which closed this tab's database. Edits on
 * screen were written just before (or are still in memory, with export offered by the editor);
 * this tab must reload to continue.
 */
export function VersionChangeBanner() {
  const { closed } = usePersistence();
  const subscribe = useCallback((l: () => void) => closed.subscribe(l), [closed]);
  const isClosed = useSyncExternalStore(subscribe, () => closed.closed);
  if (!isClosed) return null;
  return (
    <div className="version-banner" role="alert">
      <p>
        年报已在另一个窗口中更新为新版本，本窗口已停止保存。正在编辑的内容已尽量保存；如果显示“未能保存”，请先导出
        JSON 文件，再重新载入。
      </p>
      <button
        type="button"
        className="button button--primary button--small"
        onClick={() => {
          window.location.reload();
        }}
      >
        重新载入
      </button>
    </div>
  );
}
