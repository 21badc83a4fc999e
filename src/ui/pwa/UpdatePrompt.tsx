import { useEffect, useSyncExternalStore } from 'react';
import { serviceWorkerUpdates } from './registerServiceWorker';
import type { ServiceWorkerUpdates } from './serviceWorkerUpdates';
import './pwa.css';

/** How long 可以离线使用 stays on screen: a confirmation, not a task. */
export const OFFLINE_READY_MS = 6000;

interface UpdatePromptProps {
  /** Writes pending edits before the page reloads into the new version. */
  readonly beforeReload?: () => Promise<unknown>;
  /** The service worker store; tests pass their own. */
  readonly updates?: ServiceWorkerUpdates;
}

/**
 * Registers the service worker and shows its news without getting in the way: 可以离线使用
 * once everything is cached, and 新版本可用 when a new build waits. Never modal, and the page
 * never reloads unless the user presses 立即更新 (or 重新载入).
 */
export function UpdatePrompt({
  beforeReload,
  updates = serviceWorkerUpdates(),
}: UpdatePromptProps) {
  const state = useSyncExternalStore(updates.subscribe, updates.getSnapshot);

  useEffect(() => {
    updates.start();
  }, [updates]);

  useEffect(() => {
    if (!state.offlineReady) return;
    const timer = setTimeout(() => {
      updates.dismissOfflineReady();
    }, OFFLINE_READY_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [state.offlineReady, updates]);

  if (state.switchedElsewhere) {
    return (
      <div className="pwa-notice" role="status" aria-live="polite">
        <p className="pwa-notice__text">
          <strong>新版本已在另一个窗口启用。</strong>
          本窗口仍在运行旧版本，请在方便时重新载入。
        </p>
        <div className="pwa-notice__actions">
          <button
            type="button"
            className="button button--primary button--small"
            onClick={() => {
              updates.reloadNow();
            }}
          >
            重新载入
          </button>
        </div>
      </div>
    );
  }

  if (state.updateWaiting || state.updating) {
    return (
      <div className="pwa-notice" role="status" aria-live="polite">
        <p className="pwa-notice__text">
          <strong>新版本可用。</strong>
          更新会重新载入页面，已保存的报告不受影响。
        </p>
        <div className="pwa-notice__actions">
          <button
            type="button"
            className="button button--primary button--small"
            disabled={state.updating}
            onClick={() => {
              void updates.applyUpdate(beforeReload);
            }}
          >
            {state.updating ? '正在更新…' : '立即更新'}
          </button>
          <button
            type="button"
            className="button button--small"
            disabled={state.updating}
            title="继续使用当前版本；关闭所有年报窗口后再打开，即为新版本。"
            onClick={() => {
              updates.postponeUpdate();
            }}
          >
            稍后
          </button>
        </div>
      </div>
    );
  }

  if (state.offlineReady) {
    return (
      <div className="pwa-notice pwa-notice--quiet" role="status" aria-live="polite">
        <p className="pwa-notice__text">
          <strong>可以离线使用。</strong>
          年报已完整保存在此浏览器中，断网时也能打开。
        </p>
      </div>
    );
  }

  return null;
}
