/**
 * The bench's static server: node:http + node:zlib, no dependency. Both pages get the same gzip
 * (level 6, what nginx/compression serve; woff2 as is) and the same caching: hashed assets
 * immutable, the basemap an hour, HTML no-cache. Loopback only. `overrides` maps a path to a body
 * (the 10,000-site dataset in place of the real one).
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

export interface BenchServer {
  url: string;
  overrides: Map<string, Buffer>;
  close(): Promise<void>;
}

export async function startGzipServer(mounts: Record<string, string>, port = 0): Promise<BenchServer> {
  const overrides = new Map<string, Buffer>();
  const cache = new Map<string, Buffer>();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const [prefix, dir] = Object.entries(mounts)
      .filter(([p]) => path.startsWith(p))
      .sort((a, b) => b[0].length - a[0].length)[0] ?? ['/', ''];
    let file = normalize(join(dir, path.slice(prefix.length)));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const body = overrides.get(path) ?? (existsSync(file) ? readFileSync(file) : null);
    if (!body) {
      res.writeHead(404).end();
      return;
    }
    const type = TYPES[extname(path) || '.html'] ?? 'application/octet-stream';
    const headers: Record<string, string> = {
      'content-type': type,
      'cache-control': /\/assets\//.test(path)
        ? 'public, max-age=31536000, immutable'
        : path.includes('/basemap/')
          ? 'public, max-age=3600'
          : 'no-cache',
    };
    if (type !== 'font/woff2' && /gzip/.test(String(req.headers['accept-encoding']))) {
      const key = `${path}:${body.length}`;
      const zipped = cache.get(key) ?? gzipSync(body, { level: 6 });
      cache.set(key, zipped);
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' }).end(zipped);
    } else res.writeHead(200, headers).end(body);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actual}/`,
    overrides,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
