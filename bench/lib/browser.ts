import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
} from '@playwright/test';

/**
 * Debian's Chromium, never a downloaded one (see design/stack.md), with the flags the e2e tests
 * use. Headless, without a GPU: painting is done in software, which sets the floor of the typing
 * latency (see the plain-inputs baseline in docs/performance.md).
 */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * tsx compiles the bench with esbuild's keepNames, which wraps named functions in `__name(…)`.
 * Functions handed to the page (init scripts, evaluate) carry those calls with them, so the page
 * gets a no-op `__name` before anything else runs.
 */
const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((target) => target);';

export async function newBenchContext(
  browser: Browser,
  storageState?: BrowserContextOptions['storageState'],
): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
    ...(storageState === undefined ? {} : { storageState }),
  });
  await context.addInitScript({ content: NAME_SHIM });
  return context;
}
