import { useOnlineStatus } from './useOnlineStatus';
import './pwa.css';

/**
 * A small 离线 badge for the header while the computer has no network. Nothing changes for the
 * user (the app and the reports are all in this browser); the badge only reassures. The live
 * region stays mounted so that screen readers announce the change.
 */
export function OfflineIndicator() {
  const online = useOnlineStatus();
  return (
    <span className="offline-indicator" role="status" data-testid="offline-indicator">
      {online ? null : (
        <span
          className="offline-indicator__badge"
          title="当前没有网络连接。年报照常使用，报告保存在本机浏览器中。"
        >
          离线
        </span>
      )}
    </span>
  );
}
