#!/usr/bin/env node
// Runs the built command line (dist-cli/nianbao.mjs, made by `npm ci` through the `prepare`
// script): no TypeScript compile on the way. When the build is missing (a fresh clone before
// `npm ci`) or older than a source it was built from (a developer changed the code), it is
// rebuilt first; if building is impossible, the sources run through tsx as before.
import { readFileSync, statSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const built = new URL('dist-cli/nianbao.mjs', root);
const inputs = new URL('dist-cli/inputs.json', root);

function mtime(url) {
  try {
    return statSync(url).mtimeMs;
  } catch {
    return null;
  }
}

function isCurrent() {
  const builtAt = mtime(built);
  if (builtAt === null) return false;
  try {
    const sources = JSON.parse(readFileSync(inputs, 'utf8'));
    return sources.every((file) => {
      const changed = mtime(new URL(file, root));
      return changed !== null && changed <= builtAt;
    });
  } catch {
    return false;
  }
}

async function load() {
  if (isCurrent()) return import(built.href);
  try {
    const { buildCli } = await import('../scripts/build-cli.mjs');
    await buildCli();
    return await import(built.href);
  } catch {
    const { register } = await import('tsx/esm/api');
    register();
    return import('../src/cli/main.ts');
  }
}

const { main } = await load();
await main();
