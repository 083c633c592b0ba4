import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { expect, test } from './support/atlas-test';
import { datasetSiteIds } from './support/dataset';

// dist/ must work from any sub-path of any static host: serve it under /nested/path/ with a
// plain file server (no rewrites, no SPA fallback) and use the app there.
const PREFIX = '/nested/path/';
const DIST = process.env.E2E_DIST ?? new URL('../dist/', import.meta.url).pathname;
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
};

let server: Server;
let base = '';

test.beforeAll(async () => {
  server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(PREFIX)) return void response.writeHead(404).end();
    const file = normalize(join(DIST, path.slice(PREFIX.length) || 'index.html'));
    if (!file.startsWith(DIST) || !existsSync(file) || !statSync(file).isFile())
      return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}${PREFIX}`;
});

test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('the built app works from a sub-path of a plain static server', async ({ atlas, page }) => {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(`${base}?site=borlange`);
  await atlas.waitForReady();
  await expect(atlas.detailsHeading()).toContainText('Borlänge');
  await expect.poll(() => atlas.map.shownSiteCount()).toBe(datasetSiteIds().length);
  expect(failed).toEqual([]);
  expect(atlas.requests.every((url) => url.startsWith(base))).toBe(true);
});
