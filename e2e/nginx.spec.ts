import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { AtlasDriver } from './support/atlas-driver';
import { collectCspViolations, describeViolations, STRICT_CSP } from './support/csp';
import { findNginx, startNginx, type NginxServer } from './support/nginx-server';

// The production deploy. deploy/serve-local.sh runs Debian's nginx with deploy/nginx.conf
// on a port of its own; these journeys check every header it must send and run the app through it.
// Skipped (with the reason) only where nginx is not installed locally; in CI a missing nginx fails.

const nginx = findNginx();
const port = Number(process.env.NGINX_E2E_PORT ?? Number(process.env.E2E_PORT ?? 4174) + 100);
const IMMUTABLE = 'public, max-age=31536000, immutable';

test.describe('the nginx deploy (deploy/nginx.conf)', () => {
  test.skip(
    !nginx && !process.env.CI,
    'nginx is not installed here (apt-get install nginx); CI installs it and runs these',
  );
  test.describe.configure({ mode: 'serial', timeout: 180_000 });

  let server: NginxServer;
  test.beforeAll(async () => {
    if (!nginx) throw new Error('nginx is required in CI: .ci/run installs it with apt-get');
    server = await startNginx(port, nginx);
  });
  test.afterAll(async () => {
    if (!server) return;
    const code = await server.stop();
    expect(code, `nginx stops cleanly on SIGQUIT:\n${server.output()}`).toBe(0);
  });

  const get = (request: APIRequestContext, path: string, encoding = 'identity') =>
    request.get(`${server.origin}/${path}`, { headers: { 'accept-encoding': encoding } });

  const expectSecurityHeaders = (response: APIResponse) => {
    const headers = response.headers();
    expect(headers['content-security-policy']).toBe(STRICT_CSP);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toMatch(/camera=\(\)/);
    // Made to be embedded: nothing may forbid framing.
    expect(headers['x-frame-options']).toBeUndefined();
    expect(headers['content-security-policy']).toMatch(/frame-ancestors \*$/);
  };

  const assets = () => readdirSync(join(server.dist, 'assets'));
  const asset = (pattern: RegExp) => {
    const name = assets().find((file) => pattern.test(file));
    if (!name) throw new Error(`no ${pattern} in dist/assets`);
    return `assets/${name}`;
  };

  test('the page: security headers, no-cache, HTML in UTF-8, compressed', async ({ request }) => {
    for (const path of ['', 'index.html']) {
      const response = await get(request, path);
      expect(response.status()).toBe(200);
      expectSecurityHeaders(response);
      expect(response.headers()['cache-control']).toBe('no-cache');
      expect(response.headers()['content-type']).toBe('text/html; charset=utf-8');
      expect(response.headers()['etag']).toBeTruthy(); // no-cache revalidates: 304, not a refetch
    }
    const gzip = await get(request, '', 'gzip');
    expect(gzip.headers()['content-encoding']).toBe('gzip');
    expect(await gzip.text()).toContain('<div id="root">');
    const etag = (await get(request, '')).headers()['etag']!;
    const again = await request.get(`${server.origin}/`, { headers: { 'if-none-match': etag } });
    expect(again.status()).toBe(304);
  });

  test('a hashed asset: one year, immutable, gzip (and brotli where the module is)', async ({ request }) => {
    const script = asset(/^index-[\w-]{8}\.js$/);
    const plain = await get(request, script);
    expectSecurityHeaders(plain);
    expect(plain.headers()['cache-control']).toBe(IMMUTABLE);
    expect(plain.headers()['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(plain.headers()['content-encoding']).toBeUndefined();

    const gzip = await get(request, script, 'gzip');
    expect(gzip.headers()['content-encoding']).toBe('gzip');
    expect(gzip.headers()['vary']).toMatch(/Accept-Encoding/i);
    expect((await gzip.body()).equals(await plain.body())).toBe(true); // decoded, the same file

    const br = await get(request, script, 'br, gzip');
    expect(br.headers()['content-encoding']).toBe(server.brotli ? 'br' : 'gzip');

    // The shell's stylesheet: the first paint's CSS, linked from index.html.
    const css = await get(request, asset(/^shell-[\w-]{8}\.css$/), 'gzip');
    expect(css.headers()['content-type']).toBe('text/css; charset=utf-8');
    expect(css.headers()['cache-control']).toBe(IMMUTABLE);
    // maplibre's worker is an .mjs module: with nosniff, a wrong type would stop the map.
    const worker = await get(request, asset(/^maplibre-gl-worker-[\w-]{8}\.mjs$/));
    expect(worker.headers()['content-type']).toBe('text/javascript; charset=utf-8');
  });

  test('the dataset, the basemap, fonts and unhashed files get their types and cache rules', async ({
    request,
  }) => {
    // The bundled dataset is hashed (imported with ?url): a new dataset is a new file name.
    const dataset = await get(request, asset(/^atlas-[\w-]{8}\.json$/), 'gzip');
    expectSecurityHeaders(dataset);
    expect(dataset.headers()['content-type']).toBe('application/json; charset=utf-8');
    expect(dataset.headers()['cache-control']).toBe(IMMUTABLE);
    expect(dataset.headers()['content-encoding']).toBe('gzip');
    expect((await dataset.json()).sites.length).toBeGreaterThan(0);

    const countries = await get(request, 'basemap/countries.geojson', 'gzip');
    expect(countries.headers()['content-type']).toBe('application/geo+json; charset=utf-8');
    expect(countries.headers()['cache-control']).toBe('no-cache');
    expect(countries.headers()['content-encoding']).toBe('gzip');

    const font = await get(request, asset(/^inter-latin-wght-normal-[\w-]{8}\.woff2$/));
    expect(font.headers()['content-type']).toBe('font/woff2');
    expect(font.headers()['cache-control']).toBe(IMMUTABLE);
    const mapFont = await get(request, 'basemap/fonts/inter-latin-wght-normal.woff2');
    expect(mapFont.headers()['content-type']).toBe('font/woff2');
    expect(mapFont.headers()['cache-control']).toBe('no-cache');

    const embed = await get(request, 'embed.js');
    expect(embed.headers()['cache-control']).toBe('no-cache');

    const missing = await get(request, 'no-such-file.json');
    expect(missing.status()).toBe(404);
    expectSecurityHeaders(missing);
    expect((await get(request, '.htaccess')).status()).toBe(404);
  });

  test('the service worker and the web manifest: no-cache, their types (404 while the build has none)', async ({
    request,
  }) => {
    const manifests = readdirSync(server.dist).filter((file) => file.endsWith('.webmanifest'));
    const sw = await get(request, 'sw.js');
    expectSecurityHeaders(sw);
    expect(sw.headers()['cache-control']).toBe('no-cache');
    if (existsSync(join(server.dist, 'sw.js'))) {
      expect(sw.status()).toBe(200);
      expect(sw.headers()['content-type']).toMatch(/^(text|application)\/javascript/);
    } else {
      expect(sw.status()).toBe(404); // the offline/PWA work adds it; nothing else may answer for it
    }
    for (const manifest of manifests) {
      const response = await get(request, manifest);
      expect(response.headers()['content-type']).toBe('application/manifest+json; charset=utf-8');
      expect(response.headers()['cache-control']).toBe('no-cache');
    }
  });

  test('no source map is served, and a directory redirect names no host', async ({ request }) => {
    const maps = assets().filter((file) => file.endsWith('.map'));
    for (const map of maps.slice(0, 3)) {
      const response = await get(request, `assets/${map}`);
      expect(response.status(), map).toBe(404);
      expectSecurityHeaders(response);
    }
    // A directory without its slash: the Location is a path, whatever Host the request claims.
    const redirect = await request.get(`${server.origin}/basemap`, {
      headers: { host: 'evil.example' },
      maxRedirects: 0,
    });
    expect(redirect.status()).toBe(301);
    expect(redirect.headers()['location']).toBe('/basemap/');
  });

  test('the TLS server block the config documents sends Strict-Transport-Security', () => {
    const conf = readFileSync(new URL('../deploy/nginx.conf', import.meta.url), 'utf8');
    const tls = conf.slice(conf.indexOf('listen 443 ssl'));
    expect(tls).toMatch(/add_header Strict-Transport-Security "max-age=\d{8,}; includeSubDomains" always;/);
  });

  test('the atlas runs through nginx to atlas:ready with zero CSP violations', async ({ page }) => {
    const violations = await collectCspViolations(page);
    const atlas = new AtlasDriver(page);
    await page.goto(`${server.origin}/?lang=en`);
    await page.waitForFunction(() => performance.getEntriesByName('atlas:ready').length > 0, null, {
      timeout: 90_000,
    });
    // Borlänge stands alone at the overview (the three sites near Paris share a cluster).
    expect(await atlas.map.renderedSiteIds()).toContain('borlange');
    await atlas.selectSiteInList(/Borlänge/);
    await expect(atlas.detailsHeading()).toContainText('Borlänge');
    const found = await violations();
    expect(found, describeViolations(found)).toEqual([]);
    expect(atlas.consoleErrors).toEqual([]);
    expect(atlas.foreignRequests()).toEqual([]);
  });
});
