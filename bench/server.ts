/**
 * A tiny static server for the benchmark: serves directories under URL prefixes on 127.0.0.1,
 * gzip-compressed when the client accepts it (so transfer sizes are what a real host sends),
 * with correct content types and no caching headers that could hide a transfer.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
/** Same level as a typical production host (nginx `gzip_comp_level` 6). */
import { GZIP_LEVEL } from '../scripts/lib/entrySize';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.bin': 'application/octet-stream',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** Already-compressed formats are sent as they are. */
const INCOMPRESSIBLE = new Set(['.png', '.jpg', '.webp', '.woff2']);

export interface StaticServer {
  readonly origin: string;
  close(): Promise<void>;
}

interface Entry {
  readonly raw: Buffer;
  readonly gz?: Buffer;
  readonly type: string;
}

/** Serves each `prefix → directory` (prefix like `/app/`); a directory path serves index.html. */
export async function startStaticServer(
  mounts: Readonly<Record<string, string>>,
): Promise<StaticServer> {
  const cache = new Map<string, Entry>();
  const roots = Object.entries(mounts).map(([prefix, dir]) => [prefix, resolve(dir)] as const);

  const load = (file: string): Entry | undefined => {
    const hit = cache.get(file);
    if (hit) return hit;
    let raw: Buffer;
    try {
      if (!statSync(file).isFile()) return undefined;
      raw = readFileSync(file);
    } catch {
      return undefined;
    }
    const ext = extname(file).toLowerCase();
    const entry: Entry = {
      raw,
      type: TYPES[ext] ?? 'application/octet-stream',
      ...(INCOMPRESSIBLE.has(ext) ? {} : { gz: gzipSync(raw, { level: GZIP_LEVEL }) }),
    };
    cache.set(file, entry);
    return entry;
  };

  const locate = (urlPath: string): string | undefined => {
    for (const [prefix, root] of roots) {
      if (!urlPath.startsWith(prefix)) continue;
      let rel = decodeURIComponent(urlPath.slice(prefix.length));
      if (rel === '' || rel.endsWith('/')) rel += 'index.html';
      const file = normalize(join(root, rel));
      if (file !== root && !file.startsWith(root + sep)) return undefined; // no escaping the root
      return file;
    }
    return undefined;
  };

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
    const file = req.method === 'GET' || req.method === 'HEAD' ? locate(urlPath) : undefined;
    const entry = file ? load(file) : undefined;
    if (!entry) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found');
      return;
    }
    const gzip = !!entry.gz && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip && entry.gz ? entry.gz : entry.raw;
    res.writeHead(200, {
      'content-type': entry.type,
      'content-length': body.byteLength,
      'cache-control': 'no-cache',
      vary: 'accept-encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  const server: Server = createServer(handle);
  server.keepAliveTimeout = 5000;
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
