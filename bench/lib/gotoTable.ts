import type { Page } from '@playwright/test';
import { installStartProbe, type StartWindow } from '../page/startProbe';
import type { Target } from '../targets/target';

/**
 * Opens the target and waits until 表三 takes input, clicking through the app the same way the
 * start measurement does (add other init scripts before calling this). Then lets start-up work
 * settle, so the first keystrokes do not compete with it.
 */
export async function gotoTable(page: Page, origin: string, target: Target): Promise<void> {
  await page.addInitScript(installStartProbe, target.start);
  await page.goto(`${origin}${target.path}`);
  await page.waitForFunction(
    () => (window as StartWindow).__benchStart?.interactiveAt != null,
    undefined,
    {
      timeout: 30_000,
    },
  );
  await page.waitForLoadState('networkidle');
  await settleServiceWorker(page);
  await quietFirstVisitNotice(page);
  await page.waitForTimeout(300);
}

/**
 * A first visit ends with Nianbao's 可以离线使用 notice, which goes away by itself after six
 * seconds (src/ui/pwa/UpdatePrompt.tsx). Typing starts once it has gone: its leaving re-lays the
 * editor out, which belongs to the start, not to whichever keystroke it happens during. Other
 * pages have no such notice and go on at once.
 */
async function quietFirstVisitNotice(page: Page): Promise<void> {
  const notice = page.locator('.pwa-notice--quiet');
  // It shows once the service worker has cached everything, which may be just after the
  // worker settled; a page without one loses a second and a half here.
  const shown = await notice
    .waitFor({ state: 'attached', timeout: 1500 })
    .then(() => true)
    .catch(() => false);
  if (shown) await notice.waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);
}

/**
 * A first visit installs the app's service worker, which downloads the whole precache in the
 * background; typing measured during that download would pay for it. Waits (10 s at most) until
 * a registered worker is active with no other one installing.
 */
export async function settleServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    if (!('serviceWorker' in navigator)) return;
    const deadline = performance.now() + 10_000;
    for (;;) {
      const registration = await navigator.serviceWorker.getRegistration();
      const busy =
        registration !== undefined &&
        (registration.installing !== null || registration.active === null);
      if (!busy || performance.now() > deadline) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
