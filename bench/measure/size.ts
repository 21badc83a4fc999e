import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions } from '@playwright/test';
import { newBenchContext } from '../lib/browser';
import { gotoTable } from '../lib/gotoTable';
import { gzipSize } from '../lib/gzip';
import type { Target } from '../targets/target';

export interface SizedFile {
  readonly path: string;
  readonly gzip: number;
}

export interface SizeResult {
  /** gzip -9 bytes of the JS and CSS the browser fetched to show 表三 on a first visit. */
  readonly firstVisit: {
    readonly js: number;
    readonly css: number;
    readonly files: readonly SizedFile[];
  };
  /** gzip -9 bytes of what a service worker keeps for offline use. */
  readonly precache: {
    readonly bytes: number;
    readonly files: number;
    /** `sw-manifest`: the files listed in the generated sw.js; `dist`: no service worker yet. */
    readonly source: 'sw-manifest' | 'dist';
  };
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** The precache manifest of a vite-plugin-pwa (Workbox) build: `{url:"…",revision:…}` entries. */
async function precacheList(
  dist: string,
): Promise<{ files: string[]; source: 'sw-manifest' | 'dist' }> {
  const sw = join(dist, 'sw.js');
  if (!existsSync(sw)) return { files: await listFiles(dist), source: 'dist' };
  const text = await readFile(sw, 'utf8');
  const urls = new Set<string>();
  for (const match of text.matchAll(/["']?url["']?\s*:\s*["']([^"']+)["']/g)) {
    if (match[1] !== undefined) urls.add(match[1]);
  }
  const files = [...urls]
    .map((u) => join(dist, decodeURIComponent(u.replace(/^\//, '').split(/[?#]/)[0] ?? '')))
    .filter((f) => existsSync(f));
  return { files, source: 'sw-manifest' };
}

/**
 * Loads the built page in a fresh browser context (empty HTTP cache, no service worker: a first
 * visit; storage holds the report to open), reaches 表三, waits for the network to go quiet, and
 * sums the gzip -9 size of every JS and CSS file of the build that the page requested.
 */
export async function measureSize(
  browser: Browser,
  origin: string,
  target: Target,
  storageState: BrowserContextOptions['storageState'],
): Promise<SizeResult> {
  const context = await newBenchContext(browser, storageState);
  const requested = new Set<string>();
  try {
    const page = await context.newPage();
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin === origin && /\.(m?js|css)$/.test(url.pathname)) {
        requested.add(decodeURIComponent(url.pathname));
      }
    });
    await gotoTable(page, origin, target);
  } finally {
    await context.close();
  }
  const files: SizedFile[] = [];
  for (const path of [...requested].sort()) {
    const file = join(target.dist, path.replace(/^\//, ''));
    if (existsSync(file)) files.push({ path, gzip: await gzipSize(file) });
  }
  const sum = (ext: RegExp) =>
    files.filter((f) => ext.test(f.path)).reduce((a, f) => a + f.gzip, 0);
  const precache = await precacheList(target.dist);
  let bytes = 0;
  for (const file of precache.files) bytes += await gzipSize(file);
  return {
    firstVisit: { js: sum(/\.m?js$/), css: sum(/\.css$/), files },
    precache: { bytes, files: precache.files.length, source: precache.source },
  };
}
