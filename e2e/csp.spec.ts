import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { HostPage, startHostServer } from './fixtures/host-page';
import { startStrictHost } from './fixtures/strict-host';
import { AtlasDriver } from './support/atlas-driver';
import { ChartsDriver } from './support/charts-driver';
import { collectCspViolations, describeViolations, STRICT_CSP, type CspViolation } from './support/csp';
import { DetailsDriver } from './support/details-driver';

// The atlas runs under the strict Content Security Policy with zero violations.
// The e2e server sends the policy (vite.config.ts `preview.headers`); every journey below records
// the `securitypolicyviolation` events of every frame and expects none.

const expectNone = (violations: CspViolation[]) =>
  expect(violations, describeViolations(violations)).toEqual([]);

// The shared 2-core machine renders WebGL in software: readiness gets a generous bound.
const READY_MS = 90_000;
const isReady = () => performance.getEntriesByName('atlas:ready').length > 0;

async function openAtlas(page: Page, query = '') {
  await page.goto(`./${query}`);
  await page.waitForFunction(isReady, null, { timeout: READY_MS });
}

test.describe('strict Content Security Policy', () => {
  test.describe.configure({ timeout: 180_000 });

  test('the page, its scripts, styles and dataset come with the policy and nosniff', async ({
    page,
    request,
  }) => {
    const response = await page.goto('./');
    expect(response?.headers()['content-security-policy']).toBe(STRICT_CSP);
    expect(response?.headers()['x-content-type-options']).toBe('nosniff');
    expect(response?.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
    // The same Permissions-Policy as the production deploy, word for word.
    const nginx = readFileSync(fileURLToPath(new URL('../deploy/nginx.conf', import.meta.url)), 'utf8');
    const deployed = nginx.match(/add_header Permissions-Policy "([^"]+)"/)?.[1];
    expect(deployed).toBeTruthy();
    expect(response?.headers()['permissions-policy']).toBe(deployed);
    const html = await response!.text();
    // No inline script or style in the page itself: everything is a file from our origin.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style[\s>]|\sstyle=/);
    const script = html.match(/<script[^>]*\bsrc="([^"]+)"/)?.[1];
    expect(script).toBeTruthy();
    const asset = await request.get(new URL(script!, page.url()).href);
    expect(asset.headers()['content-security-policy']).toBe(STRICT_CSP);
  });

  test('load, select a site, play the timeline, About, downloads: zero violations', async ({ page }) => {
    const violations = await collectCspViolations(page);
    const atlas = new AtlasDriver(page);
    const charts = new ChartsDriver(page);
    const details = new DetailsDriver(page);
    await openAtlas(page, '?lang=en');
    // The map drew (maplibre's worker ran, its styles and the basemap font loaded).
    expect(await atlas.map.renderedSiteIds()).toContain('borlange');
    await expect(page.locator('.map-container canvas')).toBeVisible();

    await atlas.selectSiteInList(/Borlänge/);
    await expect(atlas.detailsHeading()).toContainText('Borlänge');

    await page.getByLabel('Speed').selectOption('fast');
    await charts.playButton().click();
    const max = await charts.cursor().getAttribute('aria-valuemax');
    await expect(charts.cursor()).toHaveAttribute('aria-valuenow', max!, { timeout: 20_000 });
    await expect(charts.playButton()).toBeVisible();

    const about = await details.openAbout();
    await expect(about.getByRole('table', { name: /five articles/ })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(about).toBeHidden();

    await details.openDownloads();
    const csv = await details.download(/^Sites \(CSV\)/);
    expect(csv.text).toContain('Borlänge');
    const json = await details.download(/^Full dataset \(JSON\)/);
    expect(JSON.parse(json.text).sites.length).toBeGreaterThan(0);

    // Both fonts (the page's and the map's labels) really loaded under font-src 'self'.
    expect(await page.evaluate(() => document.fonts.check('16px "Inter Variable"'))).toBe(true);
    expectNone(await violations());
    expect(atlas.consoleErrors).toEqual([]);
  });

  test('a violation is caught: the collector is not blind', async ({ page }) => {
    const violations = await collectCspViolations(page);
    await openAtlas(page);
    // An inline style element, as a careless library would add it: the policy must refuse it.
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { outline: 1px solid red }';
      document.head.append(style);
    });
    await expect.poll(async () => (await violations()).map((v) => v.directive)).toContain('style-src-elem');
  });

  test.describe('embedded in a host page', () => {
    let server: Awaited<ReturnType<typeof startHostServer>>;
    test.beforeAll(async ({ baseURL }) => {
      server = await startHostServer(baseURL!);
    });
    test.afterAll(() => server.close());

    test('two embeds load, take a command and draw their map: zero violations', async ({ page, baseURL }) => {
      const violations = await collectCspViolations(page);
      const host = new HostPage(page, baseURL!, server.origin);
      const query = { a: 'panels=map,details&lang=en', b: 'panels=timeline,investments&lang=en' };
      await page.goto(`${server.origin}/host.html?${new URLSearchParams(query)}`);
      for (const name of ['a', 'b'] as const)
        await expect.poll(() => host.types(name), { timeout: READY_MS }).toContain('atlas:ready');
      await host.send('a', { type: 'atlas:select', version: 1, site: 'borlange' });
      await expect(host.atlas('a').locator('#details-title')).toContainText('Borlänge');
      await expect(host.atlas('a').locator('.map-container canvas')).toBeVisible();
      const frames = page.frames().map((f) => f.url());
      expect(frames.filter((url) => url.startsWith(baseURL!))).toHaveLength(2);
      expectNone(await violations());
    });
  });

  test.describe('on a host page with its own strict policy (EMBEDDING.md)', () => {
    let strict: Awaited<ReturnType<typeof startStrictHost>>;
    test.beforeAll(async ({ baseURL }) => {
      strict = await startStrictHost(baseURL!);
    });
    test.afterAll(() => strict.close());

    test('a class and embed.js: zero violations, and the iframe is sized to its content', async ({
      page,
    }) => {
      const violations = await collectCspViolations(page);
      await page.goto(`${strict.origin}/strict-host.html`);
      const iframe = page.locator('iframe#atlas');
      expect(await iframe.evaluate((el) => getComputedStyle(el).borderTopWidth)).toBe('0px');
      const frame = await (await iframe.elementHandle())!.contentFrame();
      await frame!.waitForFunction(isReady, null, { timeout: READY_MS });
      const content = () =>
        frame!.evaluate(() => Math.ceil(document.querySelector('.app')!.getBoundingClientRect().height));
      // Both heights read in each poll: the content may still be settling when the poll starts.
      await expect
        .poll(async () => ((await iframe.boundingBox())?.height ?? 0) - (await content()), {
          timeout: 20_000,
        })
        .toBe(0);
      expect(await content()).not.toBe(640);
      expectNone(await violations());
    });

    test('the snippet’s inline style= attribute is what such a policy refuses', async ({ page }) => {
      const violations = await collectCspViolations(page);
      await page.goto(`${strict.origin}/strict-host.html?inline=1`);
      await expect.poll(async () => (await violations()).map((v) => v.directive)).toContain('style-src-attr');
    });
  });
});
