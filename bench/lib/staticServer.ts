import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  close(): Promise<void>;
}

/**
 * A tiny static server for one build directory, bound to 127.0.0.1 on a free port (no clash
 * with `vite preview` or a dev server). It serves files uncompressed, like `vite preview`:
 * sizes are computed separately with gzip -9, and on loopback the transfer time is negligible.
 * Hashed files under /assets/ are cacheable for good (as a real deployment would serve them),
 * HTML is revalidated: this is what makes the warm start a repeat visit.
 */
export async function serveDirectory(
  root: string,
  extraPages: Readonly<Record<string, string>> = {},
): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const extra = extraPages[url.pathname];
      if (extra !== undefined) {
        res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-cache' });
        res.end(extra);
        return;
      }
      const relative = normalize(decodeURIComponent(url.pathname)).replace(/^[/\\]+/, '');
      let file = join(root, relative === '' ? 'index.html' : relative);
      if (!file.startsWith(root + sep) && file !== root) {
        res.writeHead(403).end();
        return;
      }
      try {
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        const body = await readFile(file);
        const immutable = url.pathname.startsWith('/assets/');
        res.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        });
        res.end(body);
      } catch {
        res.writeHead(404, { 'content-type': TYPES['.txt'] }).end('not found');
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${String(port)}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}

/** The servers of one bench run: `serve` starts one and gives its origin, `closeAll` ends them. */
export interface ServerPool {
  readonly serve: (root: string, extraPages?: Readonly<Record<string, string>>) => Promise<string>;
  readonly closeAll: () => Promise<void>;
}

export function serverPool(): ServerPool {
  const servers: StaticServer[] = [];
  return {
    serve: async (root, extraPages) => {
      const server = await serveDirectory(root, extraPages);
      servers.push(server);
      return server.origin;
    },
    closeAll: async () => {
      await Promise.all(servers.map((s) => s.close()));
    },
  };
}
