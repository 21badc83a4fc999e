import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  /** `http://127.0.0.1:<port>` (no trailing slash). */
  readonly origin: string;
  /** Serve another directory from now on, on the same origin (a new deployment). */
  setRoot(dir: string): void;
  /** Paths requested so far, e.g. `/sw.js`. */
  readonly requests: readonly string[];
  close(): Promise<void>;
}

/**
 * A minimal static file server, like the intranet web server a 政府信息公开 office would use:
 * 127.0.0.1 on a free port, files from one directory, unknown paths answered with index.html
 * (the app routes by the URL hash). `setRoot` swaps the deployment without changing the
 * origin, which is what a service worker update needs. Nothing is cached by HTTP, so only the
 * service worker decides what the browser keeps.
 */
export async function startStaticServer(root: string): Promise<StaticServer> {
  let current = root;
  const requests: string[] = [];

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    requests.push(path);
    const file = await existingFile(current, path.endsWith('/') ? `${path}index.html` : path);
    // SPA fallback for page navigations only; a missing asset is a real 404.
    const target = file ?? (extname(path) === '' ? join(current, 'index.html') : null);
    if (target === null) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found');
      return;
    }
    const body = await readFile(target);
    res.writeHead(200, {
      'content-type': TYPES[extname(target)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      'content-length': String(body.length),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(String(e));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    origin: `http://127.0.0.1:${String(port)}`,
    setRoot: (dir) => {
      current = dir;
    },
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => {
          if (e === undefined) resolve();
          else reject(e);
        });
      }),
  };
}

/** The file for a URL path inside `root`, or null (also for paths that try to leave root). */
async function existingFile(root: string, urlPath: string): Promise<string | null> {
  const full = normalize(join(root, urlPath));
  if (full !== root && !full.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  try {
    return (await stat(full)).isFile() ? full : null;
  } catch {
    return null;
  }
}
