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

  /** A registration whose `waiting` worker the test sets (only what the app reads). */
  readonly registration: { waiting: object | null } = { waiting: null };

  /** The plugin's `onRegisteredSW`, after the page registered the service worker. */
  registered(): void {
    // The app reads only `waiting`; the stand-in is not a full ServiceWorkerRegistration.
    this.options?.onRegisteredSW?.('/sw.js', this.registration as ServiceWorkerRegistration);
  }

  /**
   * A new version installed and waits. `worker` stands for it; workbox-window calls
   * onNeedRefresh twice for one external update (`installed`, then `waiting` 200 ms later).
   */
  newVersionWaiting(worker: object = {}): void {
    this.registration.waiting = worker;
    this.options?.onNeedRefresh?.();
  }

  /** The new version took control of this page (workbox-window `controlling`). */
  tookControl(): void {
    this.options?.onNeedReload?.();
  }
}
