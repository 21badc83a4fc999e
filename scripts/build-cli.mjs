// Builds the command line once into dist-cli/nianbao.mjs (run by `npm ci` / `npm install`
// through the `prepare` script, and by bin/nianbao.mjs when the build is missing or older than
// its sources), so `nianbao check` starts without compiling TypeScript. Every node_modules
// package stays external (heavy libraries the CLI loads with import() stay lazy), except zod:
// restore needs it on every run, and loading its ~80 ES modules one by one costs more start-up
// time than the rest of the command line together.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const CLI_OUT = `${root}dist-cli/nianbao.mjs`;
/** The source files the build used, so bin/nianbao.mjs can tell when it is stale. */
export const CLI_INPUTS = `${root}dist-cli/inputs.json`;

/** Marks every bare import (a package) external, except the packages named. */
function externalExcept(bundled) {
  return {
    name: 'external-packages',
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, (args) => {
        const name = args.path.startsWith('@')
          ? args.path.split('/').slice(0, 2).join('/')
          : args.path.split('/')[0];
        return bundled.includes(name) ? undefined : { path: args.path, external: true };
      });
    },
  };
}

export async function buildCli() {
  const { build } = await import('esbuild');
  // Chunks of an older build would only pile up.
  rmSync(`${root}dist-cli/chunks`, { recursive: true, force: true });
  mkdirSync(`${root}dist-cli`, { recursive: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: { nianbao: 'src/cli/main.ts' },
    outdir: `${root}dist-cli`,
    outExtension: { '.js': '.mjs' },
    // Code splitting keeps the source's import() lazy: without it the writers of docx and
    // exceljs, and the importers, would be inlined and their packages loaded on every start.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    plugins: [externalExcept(['zod'])],
    metafile: true,
    logLevel: 'warning',
    // import.meta.env is Vite's; the CLI imports no module that reads it, but keep it defined.
    define: { 'import.meta.env': '{}' },
    banner: { js: '// Built by scripts/build-cli.mjs from src/cli/main.ts. Do not edit.' },
  });
  // Real files only (not esbuild's virtual `<define:…>` inputs).
  const files = Object.keys(result.metafile.inputs).filter((file) => !file.startsWith('<'));
  writeFileSync(CLI_INPUTS, JSON.stringify(files));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
