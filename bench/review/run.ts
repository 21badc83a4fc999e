/**
 * The 汇总审核 figures alone: `npx tsx bench/review/run.ts [--quick]` (serves an existing app build
 * from bench/results/dist-app, or builds it first). `npm run bench` runs them too.
 */
import { existsSync } from 'node:fs';
import { build } from 'vite';
import { launchChromium } from '../lib/browser';
import { APP_DIST, REPO_ROOT } from '../lib/paths';
import { serveDirectory } from '../lib/staticServer';
import { formatReview, measureReview } from './index';

const log = (line: string) => process.stderr.write(`[bench review] ${line}\n`);
if (!existsSync(`${APP_DIST}/index.html`)) {
  log('build: app');
  await build({
    root: REPO_ROOT,
    configFile: `${REPO_ROOT}vite.config.ts`,
    logLevel: 'warn',
    build: { outDir: APP_DIST, emptyOutDir: true, chunkSizeWarningLimit: 100_000 },
  });
}
const server = await serveDirectory(APP_DIST);
const browser = await launchChromium();
try {
  const figures = await measureReview(
    browser,
    server.origin,
    { quick: process.argv.includes('--quick') },
    log,
  );
  process.stdout.write(`${formatReview(figures)}\n`);
} finally {
  await browser.close();
  await server.close();
}
