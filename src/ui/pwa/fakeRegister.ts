import type { RegisterSWOptions } from 'vite-plugin-pwa/types';
import type { RegisterServiceWorker } from './serviceWorkerUpdates';

/**
 * Stands in for `registerSW` in tests: keeps the callbacks so a test can play the service
 * worker's part (installed, waiting, took control), and records skip-waiting requests.
 */
export class FakeRegister {
  options: RegisterSWOptions | null = null;
  registrations = 0;
  skipWaitingRequests = 0;

  readonly register: RegisterServiceWorker = (options) => {
    this.registrations += 1;
    this.options = options;
    return () => {
      this.skipWaitingRequests += 1;
      return Promise.resolve();
    };
  };

  offlineReady(): void {
    this.options?.onOfflineReady?.();
  }

  newVersionWaiting(): void {
    this.options?.onNeedRefresh?.();
  }

  /** The new version took control of this page (workbox-window `controlling`). */
  tookControl(): void {
    this.options?.onNeedReload?.();
  }
}
