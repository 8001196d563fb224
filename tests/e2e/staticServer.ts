/**
 * A small static file server for flows that need to change what is deployed while a page is
 * open (the service-worker update flow): serves the files under `root`, which may be switched.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  /** Base URL, with a trailing slash. */
  readonly url: string;
  /** The directory served from now on. */
  root: string;
  close(): Promise<void>;
}

/** Serves `root` on 127.0.0.1 at a free port; `/` is index.html, anything missing is a 404. */
export async function serveStatic(root: string): Promise<StaticServer> {
  const state = { root };
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const rel = normalize(path === '/' ? '/index.html' : path).replace(/^[/\\]+/, '');
    const file = join(state.root, rel);
    if (rel.startsWith('..') || !file.startsWith(state.root + sep)) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        res.writeHead(200, {
          'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
          'Cache-Control': 'no-cache',
        });
        res.end(body);
      },
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    get root() {
      return state.root;
    },
    set root(dir: string) {
      state.root = dir;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
