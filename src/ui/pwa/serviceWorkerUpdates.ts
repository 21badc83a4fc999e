import type { RegisterSWOptions } from 'vite-plugin-pwa/types';

/** `registerSW` from `virtual:pwa-register` (passed in, so tests can use a fake). */
export type RegisterServiceWorker = (
  options: RegisterSWOptions,
) => (reloadPage?: boolean) => Promise<void>;

export interface ServiceWorkerState {
  /** Every file of this version is cached: the app now opens with the network off. */
  readonly offlineReady: boolean;
  /** A newer version is installed and waits for the user's go-ahead (新版本可用). */
  readonly updateWaiting: boolean;
  /** The user pressed 立即更新: the page reloads once the new version is in charge. */
  readonly updating: boolean;
  /**
   * Another window switched to the new version; this page still runs the old code and should
   * be reloaded when convenient (never reloaded without asking).
   */
  readonly switchedElsewhere: boolean;
}

export interface ServiceWorkerUpdatesOptions {
  readonly register: RegisterServiceWorker;
  readonly reload: () => void;
  /** How often a long-open page asks the server for a new version; 0 turns it off. */
  readonly checkEveryMs?: number;
  /** Upper bound on `beforeReload` (saving pending edits) before updating anyway. */
  readonly flushTimeoutMs?: number;
  /** Fires when the page gets a new controlling service worker (navigator.serviceWorker). */
  readonly onControllerChange?: (listener: () => void) => void;
  readonly isOnline?: () => boolean;
}

const INITIAL: ServiceWorkerState = {
  offlineReady: false,
  updateWaiting: false,
  updating: false,
  switchedElsewhere: false,
};

const HOUR = 60 * 60 * 1000;
const UNKNOWN: unique symbol = Symbol('unknown waiting worker');

/**
 * The service worker's life as the UI sees it, as a small external store
 * (useSyncExternalStore). Updates wait for the user: a new version is announced, and the
 * page reloads only after 立即更新 and after pending edits were written.
 */
export class ServiceWorkerUpdates {
  readonly #options: ServiceWorkerUpdatesOptions;
  readonly #listeners = new Set<() => void>();
  #state: ServiceWorkerState = INITIAL;
  #updateServiceWorker: ((reloadPage?: boolean) => Promise<void>) | null = null;
  #reloading = false;
  #registration: Pick<ServiceWorkerRegistration, 'waiting'> | null = null;
  /**
   * The waiting worker the user put off with 稍后 (`UNKNOWN` when it could not be told apart).
   * workbox-window announces one waiting worker twice — `installed` (an external update) and
   * `waiting` 200 ms later — so without this the notice came back right after 稍后.
   */
  #postponed: object | typeof UNKNOWN | null = null;

  constructor(options: ServiceWorkerUpdatesOptions) {
    this.#options = options;
  }

  /** Registers the service worker; later calls do nothing. */
  start(): void {
    if (this.#updateServiceWorker !== null) return;
    this.#updateServiceWorker = this.#options.register({
      immediate: true,
      onOfflineReady: () => {
        this.#set({ offlineReady: true });
      },
      onNeedRefresh: () => {
        if (this.#isPostponed()) return;
        this.#set({ updateWaiting: true });
      },
      // The plugin's default here is `window.location.reload()`, also when the switch was
      // made in another window; a page must not reload under an officer who is typing.
      onNeedReload: () => {
        if (this.#state.updating) this.#reloadOnce();
        else this.#set({ updateWaiting: false, switchedElsewhere: true });
      },
      onRegisteredSW: (_url, registration) => {
        this.#registration = registration ?? null;
        this.#checkPeriodically(registration);
      },
    });
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  };

  readonly getSnapshot = (): ServiceWorkerState => this.#state;

  /**
   * 立即更新: writes pending edits (bounded wait), lets the waiting version take over and
   * reloads into it.
   */
  async applyUpdate(beforeReload?: () => Promise<unknown>): Promise<void> {
    const update = this.#updateServiceWorker;
    if (update === null || this.#state.updating) return;
    this.#set({ updating: true });
    // A page that no service worker controlled yet gets no `onNeedReload` from the plugin;
    // the controller change is the signal for every page.
    this.#options.onControllerChange?.(() => {
      this.#reloadOnce();
    });
    if (beforeReload !== undefined) {
      await withTimeout(beforeReload(), this.#options.flushTimeoutMs ?? 3000);
    }
    await update(true);
  }

  /**
   * 稍后: hides the notice for this waiting version; it comes back the next time the app is
   * opened, or when a still newer version is waiting.
   */
  postponeUpdate(): void {
    this.#postponed = this.#registration?.waiting ?? UNKNOWN;
    this.#set({ updateWaiting: false });
  }

  /** The version now waiting is the one the user put off (or there is no telling). */
  #isPostponed(): boolean {
    if (this.#postponed === null) return false;
    const waiting = this.#registration?.waiting ?? null;
    return this.#postponed === UNKNOWN || waiting === null || waiting === this.#postponed;
  }

  dismissOfflineReady(): void {
    this.#set({ offlineReady: false });
  }

  /** A reload that the user asked for (e.g. after another window switched versions). */
  reloadNow(): void {
    this.#reloadOnce();
  }

  #reloadOnce(): void {
    if (this.#reloading) return;
    this.#reloading = true;
    this.#options.reload();
  }

  #checkPeriodically(registration: ServiceWorkerRegistration | undefined): void {
    const every = this.#options.checkEveryMs ?? HOUR;
    if (registration === undefined || every <= 0) return;
    const isOnline = this.#options.isOnline ?? (() => true);
    // A page that stays open for days still hears about a new version; offline, skip.
    setInterval(() => {
      if (isOnline()) registration.update().catch(() => undefined);
    }, every);
  }

  #set(patch: Partial<ServiceWorkerState>): void {
    this.#state = { ...this.#state, ...patch };
    for (const listener of [...this.#listeners]) listener();
  }
}

function withTimeout(work: Promise<unknown>, ms: number): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  return Promise.race([work.catch(() => undefined), timeout]).finally(() => {
    clearTimeout(timer);
  });
}
