import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * pdf.js's Chinese CMaps as files of the app, on its own origin (never a CDN), so that the
 * browser reads PDFs whose text is in a non-embedded CID font over a predefined CMap
 * (iText's STSong-Light with /UniGB-UCS2-H, GBK-EUC-H, …), as the CLI does from
 * node_modules. `vite build` emits them under `pdfjs/cmaps/`, where the service worker
 * precaches them (pwa.config.ts), so such a PDF imports offline too; `vite` (dev) serves
 * them from node_modules. src/ui/exchange/published/pdfOptions.ts points pdf.js here.
 *
 * Only the GB ones (~290 KB): Adobe-GB1-UCS2 (CID → Unicode, which pdf.js loads for every
 * Adobe-GB1 font), Adobe-GB1-0…5 and every *GB* encoding (GB2312, GBK, GBK2K, GBT, UniGB in
 * UCS2/UTF-8/16/32, H and V). Their `usecmap` references stay inside this set (the -V maps
 * use their -H map). Japanese, Korean and traditional-Chinese CMaps (~1.2 MB) are left out:
 * such a PDF is not a 政府信息公开工作年度报告 of the mainland.
 */

/** Where the CMaps are, relative to the app's base (src/ui/exchange/published/pdfOptions.ts). */
export const CMAP_DIR = 'pdfjs/cmaps/';

/** pdf.js's packed CMaps and their licence, in node_modules/pdfjs-dist/cmaps. */
function sourceDirectory(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('pdfjs-dist/package.json')), 'cmaps');
}

/** The CMaps a mainland Chinese PDF can need, by file name (e.g. `UniGB-UCS2-H.bcmap`). */
export function chineseCMapFiles(directory: string = sourceDirectory()): string[] {
  return readdirSync(directory)
    .filter((name) => name.endsWith('.bcmap') && name.includes('GB'))
    .sort();
}

export function pdfjsCMaps(): Plugin {
  const directory = sourceDirectory();
  // The Adobe licence the files refer to ("See ./LICENSE") goes with them.
  const files = [...chineseCMapFiles(directory), 'LICENSE'];
  const served = new Set(files);
  let base = '/';
  return {
    name: 'nianbao:pdfjs-cmaps',
    configResolved(config) {
      base = config.base;
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '').split('?')[0] ?? '';
        const prefix = [`${base}${CMAP_DIR}`, `/${CMAP_DIR}`].find((p) => path.startsWith(p));
        if (prefix === undefined) {
          next();
          return;
        }
        const name = decodeURIComponent(path.slice(prefix.length));
        if (!served.has(name)) {
          // Not the app shell: pdf.js would try to read the HTML as a CMap.
          response.statusCode = 404;
          response.end();
          return;
        }
        response.setHeader('Content-Type', 'application/octet-stream');
        response.end(readFileSync(join(directory, name)));
      });
    },
    generateBundle() {
      for (const name of files) {
        this.emitFile({
          type: 'asset',
          fileName: `${CMAP_DIR}${name}`,
          source: readFileSync(join(directory, name)),
        });
      }
    },
  };
}
