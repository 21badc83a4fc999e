/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register';
import { ServiceWorkerUpdates } from './serviceWorkerUpdates';

let updates: ServiceWorkerUpdates | null = null;

/**
 * The page's one service worker store. Creating it registers nothing; `start()` (called by
 * <UpdatePrompt> once mounted) does. Under `vite` (dev) the plugin's register is a no-op.
 */
export function serviceWorkerUpdates(): ServiceWorkerUpdates {
  updates ??= new ServiceWorkerUpdates({
    register: registerSW,
    reload: () => {
      window.location.reload();
    },
    onControllerChange: (listener) => {
      // Absent on plain http (not localhost): no service worker, so nothing to wait for.
      if ('serviceWorker' in navigator) {
        navigator.serviceWorker.addEventListener('controllerchange', listener, { once: true });
      }
    },
    isOnline: () => navigator.onLine,
  });
  return updates;
}
