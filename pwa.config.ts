import { VitePWA } from 'vite-plugin-pwa';

/**
 * Offline and installable: a service worker (Workbox generateSW) precaches every file of the
 * build, so after one visit the whole app runs with the network off; and a web app manifest
 * makes it installable. Used by vite.config.ts.
 *
 * Rules this config keeps (e2e/offline.spec.ts, e2e/update.spec.ts, e2e/no-third-party.spec.ts):
 * - Updates wait for the user (`registerType: 'prompt'`): a new build installs in the
 *   background and src/ui/pwa/UpdatePrompt asks before switching; nothing reloads by itself
 *   while an officer is typing.
 * - Nothing from other origins: no runtime caching rules, and Workbox's own code is bundled
 *   next to sw.js (`mode: 'production'`), never loaded from a CDN.
 * - Colours match src/ui/app.css (`--bg`, the white header).
 */

/** Same as `--bg` in src/ui/app.css: the splash screen before the first paint. */
const BACKGROUND_COLOR = '#f4f5f7';
/** The header (`--surface`) is white: an installed window's title bar continues it. */
const THEME_COLOR = '#ffffff';

export function pwaPlugin() {
  return VitePWA({
    strategies: 'generateSW',
    registerType: 'prompt',
    // src/ui/pwa/registerServiceWorker.ts registers the worker through `virtual:pwa-register`.
    injectRegister: false,
    manifestFilename: 'manifest.webmanifest',
    // The glob below already precaches public/icons/; listing them twice adds duplicates.
    includeManifestIcons: false,
    manifest: {
      name: '年报 · 政府信息公开工作年度报告',
      short_name: '年报',
      description: '政府信息公开工作年度报告的起草、校验与打印工具。报告只保存在本机浏览器中。',
      lang: 'zh-CN',
      dir: 'ltr',
      // Relative to the manifest, so a build served under a sub-path (vite build --base) works.
      start_url: '.',
      scope: '.',
      display: 'standalone',
      theme_color: THEME_COLOR,
      background_color: BACKGROUND_COLOR,
      categories: ['productivity', 'government'],
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        {
          src: 'icons/maskable-512.png',
          sizes: '512x512',
          type: 'image/png',
          purpose: 'maskable',
        },
        { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      ],
    },
    workbox: {
      // Every file of the build, including the published schema (public/schema/*.json), the
      // icons and pdf.js's Chinese CMaps (build/pdfjsCMaps.ts, ~290 KB: a PDF in a CID font
      // imports offline too); the plugin adds manifest.webmanifest itself.
      globPatterns: ['**/*.{js,css,html,svg,png,ico,json,woff2,bcmap}'],
      // ... except the grid's development page (built for the browser tests only): users
      // never open it, so it must not cost them a download.
      globIgnores: ['**/node_modules/**', 'grid-harness.html', 'assets/gridHarness-*'],
      // A file over the limit would be left out silently and then missing offline.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      // The app routes by the URL hash; any other path opened offline gets the app shell.
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // Prompt mode: a new version waits until the user presses 立即更新 ...
      skipWaiting: false,
      // ... but the first install takes charge of the open page at once, so the page that
      // installed the app already works offline (claiming only happens on activation).
      clientsClaim: true,
      // The app never talks to another origin, so there is nothing to cache at run time.
      runtimeCaching: [],
      // Workbox bundled with the worker, production build, no console chatter.
      mode: 'production',
      inlineWorkboxRuntime: false,
      sourcemap: false,
      disableDevLogs: true,
    },
    // No service worker under `vite` (dev): it would cache modules while they are being edited.
    devOptions: { enabled: false },
  });
}
