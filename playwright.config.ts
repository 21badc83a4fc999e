import { defineConfig } from '@playwright/test';

const CI = Boolean(process.env.CI);
// E2E_PORT lets several checkouts run their browser tests side by side.
const PORT = process.env.E2E_PORT ?? '4173';
const BASE_URL = `http://127.0.0.1:${PORT}`;

// Browsers are never downloaded (`playwright install` is not used): tests run on Debian's
// Chromium, installed by scripts/ensure-system-deps.sh.
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: CI ? 1 : 2,
  retries: 0,
  forbidOnly: CI,
  reporter: [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox', // needed when running as root
        '--disable-gpu',
        // The machine has no open network: stop Chromium from trying to reach it.
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    {
      // No `devices[...]` preset and no `channel`: both point Playwright at downloaded browsers.
      name: 'chromium',
      use: { browserName: 'chromium', viewport: { width: 1280, height: 800 } },
    },
  ],
  webServer: {
    command: `npx vite build && npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: BASE_URL,
    reuseExistingServer: !CI,
    timeout: 180_000,
  },
});
