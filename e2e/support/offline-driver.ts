/** Offline journeys: a plain static server, a second build of the atlas, and the service worker's view. */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  createReadStream,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, relative } from 'node:path';
import type { Frame, Page } from '@playwright/test';

const REPO = new URL('../../', import.meta.url).pathname;
export const DIST = process.env.E2E_DIST ?? join(REPO, 'dist/');

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/**
 * A plain file server (no rewrites, no SPA fallback, no cache headers) serving `root()` under
 * `prefix`: the test swaps the root to deploy a new build "in place".
 */
export async function serveStatic(port: number, prefix: string, root: () => string) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(prefix)) return void response.writeHead(404).end();
    const dir = root();
    const file = normalize(join(dir, path.slice(prefix.length) || 'index.html'));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile())
      return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * A second, real build of the atlas with a changed dataset (`change` edits a copy of
 * data/atlas.json), built from a copy of the sources so the working tree is never touched.
 */
export function buildWithChangedDataset(change: (atlas: Record<string, unknown>) => void): string {
  const work = mkdtempSync(join(tmpdir(), 'atlas-build-b-'));
  for (const entry of [
    'src',
    'data',
    'public',
    'scripts',
    'index.html',
    'vite.config.ts',
    'package.json',
    'tsconfig.json',
  ])
    cpSync(join(REPO, entry), join(work, entry), { recursive: true });
  symlinkSync(join(REPO, 'node_modules'), join(work, 'node_modules'), 'dir');
  const datasetPath = join(work, 'data', 'atlas.json');
  const atlas = JSON.parse(readFileSync(datasetPath, 'utf8'));
  change(atlas);
  writeFileSync(datasetPath, JSON.stringify(atlas, null, 2));
  const out = join(work, 'dist/');
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', out], {
    cwd: work,
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`second build failed:\n${build.stdout}\n${build.stderr}`);
  return out;
}

export function removeBuild(dist: string) {
  rmSync(join(dist, '..'), { recursive: true, force: true });
}

/** Every file of a build, relative to it (`assets/index-….js`). */
export function buildFiles(dist: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : [relative(dist, join(dir, entry.name))],
    );
  return walk(dist).sort();
}

/** The atlas has drawn (its `atlas:ready` mark): generous, a 2-core machine shared by busy neighbours took
 * 30 s to 90 s. */
export async function expectReady(target: Page | Frame) {
  await target.waitForFunction(() => performance.getEntriesByName('atlas:ready').length > 0, null, {
    timeout: 180_000,
  });
}

/** Waits until a service worker controls the page (or frame), and returns its script URL. */
export async function waitForServiceWorker(target: Page | Frame): Promise<string> {
  const handle = await target.waitForFunction(
    () => navigator.serviceWorker.controller?.scriptURL ?? false,
    null,
    {
      timeout: 180_000,
    },
  );
  return (await handle.jsonValue()) as string;
}

/** Every URL in the page's Cache Storage, relative to `base`, whatever the cache. */
export async function cachedUrls(page: Page, base: string): Promise<string[]> {
  const urls = await page.evaluate(async () => {
    const all: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      all.push(...(await cache.keys()).map((request) => request.url));
    }
    return all;
  });
  return urls
    .map((url) => (url.startsWith(base) ? url.slice(base.length).replace(/\?__WB_REVISION__=.*$/, '') : url))
    .sort();
}

/** What a fetch from the page gets: a status, or the network error's name. */
export async function fetchFromPage(page: Page, url: string): Promise<string> {
  return page.evaluate(async (target) => {
    try {
      const response = await fetch(target, { cache: 'no-store' });
      return `${response.status} ${response.headers.get('content-type') ?? ''}`.trim();
    } catch (error) {
      return (error as Error).name;
    }
  }, url);
}

export function updateNotice(page: Page | Frame) {
  return page.getByText(
    /^(A new version of the atlas is available\.|Une nouvelle version de l’atlas est disponible\.)$/,
  );
}

export function offlineNotice(page: Page | Frame) {
  return page.getByText(
    /^(Offline: the atlas as of the dataset of|Hors ligne\u00a0: l’atlas tel que le donne le jeu de données du) /,
  );
}
