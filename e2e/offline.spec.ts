import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Page } from '@playwright/test';
import { parseCsv } from '../src/features/downloads/csv';
import { formatIsoDate } from '../src/i18n/format';
import { AtlasDriver } from './support/atlas-driver';
import { ChartsDriver } from './support/charts-driver';
import { datasetSiteIds } from './support/dataset';
import { DetailsDriver, readDetailsDataset } from './support/details-driver';
import {
  buildFiles,
  buildWithChangedDataset,
  cachedUrls,
  DIST,
  expectReady,
  fetchFromPage,
  offlineNotice,
  removeBuild,
  serveStatic,
  updateNotice,
  waitForServiceWorker,
} from './support/offline-driver';

const dataset = readDetailsDataset();
/** The dataset's own date (`updated`), read from data/atlas.json, and a later one for the second build. */
const UPDATED = (dataset as unknown as { updated: string }).updated;
const NEXT_UPDATED = '2026-12-02';
/** Screenshots of the notices for review: OFFLINE_SHOTS=/tmp/offline-shots. */
const SHOTS = process.env.OFFLINE_SHOTS;
const PHONE = { width: 390, height: 844 };

// Every other journey blocks the worker (playwright.config.ts): this spec is about it.
test.use({ serviceWorkers: 'allow' });

async function shot(page: Page, name: string) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

test.describe('offline', () => {
  test.describe.configure({ timeout: 360_000 });

  test('after one visit, the atlas works with the network off', async ({ page, context, baseURL }) => {
    const atlas = new AtlasDriver(page);
    const details = new DetailsDriver(page);
    const charts = new ChartsDriver(page);
    await page.goto('./?lang=en');
    await expectReady(page);
    expect(await waitForServiceWorker(page)).toBe(`${baseURL}sw.js`);

    // Everything the build wrote is precached, but source maps, licence texts, the Atom feed (a
    // feed reader's, online) and markdown, the worker and the embed loader (it runs on the
    // embedding page), and Vite's build manifest (.vite/, for tooling).
    const expected = buildFiles(DIST).filter(
      (file) => !/\.(map|txt|xml|md)$|^sw\.js$|^workbox-.*\.js$|^embed\.js$|^\.vite\//.test(file),
    );
    expect(await cachedUrls(page, baseURL!)).toEqual(expected);

    await context.setOffline(true);
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(request.url()));
    await page.reload();
    await expectReady(page);
    await expect(offlineNotice(page)).toHaveText(
      `Offline: the atlas as of the dataset of ${formatIsoDate(UPDATED, 'en')}`,
    );

    // Map: the GPU drew every site on the basemap, alone or in a cluster.
    await expect.poll(() => atlas.map.shownSiteCount()).toBe(datasetSiteIds().length);
    // Timeline and investments.
    await expect(charts.timeline().getByRole('button').first()).toBeVisible();
    await expect(charts.investments().getByRole('button').first()).toBeVisible();
    // Details.
    await atlas.selectSiteInList(/Borlänge/);
    await expect(details.heading()).toContainText('Borlänge');
    // Search.
    await details.search('eclairion');
    await expect(details.results().first()).toContainText(/Eclairion.*Essonne/);
    await details.chooseWithKeyboard();
    await expect(details.heading()).toContainText('Essonne');
    // A CSV download.
    await details.openDownloads();
    const sites = await details.download(/^Sites \(CSV\)/);
    expect(parseCsv(sites.text)).toHaveLength(1 + dataset.sites.length);

    expect(failed).toEqual([]);
    expect(atlas.foreignRequests()).toEqual([]);
    const probes = [
      `${baseURL!.replace('127.0.0.1', 'localhost')}index.html`,
      `${baseURL}custom-dataset.json`,
    ];

    // The worker never answers for another origin, and caches no JSON it did not precache
    // (a `?data=` dataset): offline, both fail as they would without a worker.
    expect(await fetchFromPage(page, probes[0]!)).toBe('TypeError');
    expect(await fetchFromPage(page, './custom-dataset.json')).toBe('TypeError');
    await context.setOffline(false);
    // Online it goes to the server (vite preview answers it with its own SPA fallback).
    expect(await fetchFromPage(page, './custom-dataset.json')).not.toBe('TypeError');
    await context.setOffline(true);
    expect(await fetchFromPage(page, './custom-dataset.json')).toBe('TypeError');
    expect(await cachedUrls(page, baseURL!)).toEqual(expected);

    // Embeds: a framed atlas is served by the same worker from the same cache, offline too.
    await page.evaluate(() => {
      const frame = document.createElement('iframe');
      frame.title = 'embedded atlas';
      frame.src = './?embed=1&site=borlange&lang=en';
      frame.style.width = '800px';
      frame.style.height = '600px';
      document.body.append(frame);
    });
    const frame = await (await page
      .locator('iframe[title="embedded atlas"]')
      .elementHandle())!.contentFrame();
    await expectReady(frame!);
    expect(await waitForServiceWorker(frame!)).toBe(`${baseURL}sw.js`);
    await expect(frame!.locator('#details-title')).toContainText('Borlänge');
    expect(failed.filter((url) => !probes.includes(url))).toEqual([]);

    // A `?data=` dataset from elsewhere needs the network: offline, the page says so, in both
    // languages, instead of spinning.
    const elsewhere = encodeURIComponent(`${baseURL!.replace('127.0.0.1', 'localhost')}atlas-copy.json`);
    for (const [lang, text] of [
      ['en', /^You are offline: this data file needs the network/],
      ['fr', /^Vous êtes hors ligne\u00a0: ce fichier de données a besoin du réseau/],
    ] as const) {
      const other = await context.newPage();
      await other.goto(`./?data=${elsewhere}&lang=${lang}`);
      await expect(other.getByRole('alert').locator('p').first()).toHaveText(text);
      await shot(other, `data-offline-desktop-${lang}`);
      await other.close();
    }
  });

  test('the manifest and icons pass Chromium’s installability check', async ({ baseURL }, testInfo) => {
    // Playwright's own contexts are off-the-record profiles, where Chromium never offers to install
    // (`in-incognito`): a persistent profile, with the same Chromium and flags as every journey,
    // makes the check the one a visitor's browser runs.
    const profile = mkdtempSync(join(tmpdir(), 'atlas-install-'));
    const { launchOptions, viewport } = testInfo.project.use;
    const context = await chromium.launchPersistentContext(profile, {
      ...launchOptions,
      viewport,
      baseURL,
      serviceWorkers: 'allow',
    });
    try {
      const page = await context.newPage();
      await page.goto('./?lang=en');
      await waitForServiceWorker(page);
      const cdp = await context.newCDPSession(page);
      const manifest = await cdp.send('Page.getAppManifest');
      expect(manifest.url).toBe(`${baseURL}manifest.webmanifest`);
      expect(manifest.errors).toEqual([]);
      const parsed = JSON.parse(manifest.data!);
      expect(parsed).toMatchObject({
        name: 'Compute Atlas',
        short_name: 'Atlas',
        start_url: './',
        scope: './',
      });
      await expect
        .poll(async () =>
          (await cdp.send('Page.getInstallabilityErrors')).installabilityErrors.map((error) => error.errorId),
        )
        .toEqual([]);
      for (const icon of parsed.icons as { src: string; sizes: string; purpose: string }[]) {
        const response = await page.request.get(new URL(icon.src, manifest.url).href);
        expect(response.headers()['content-type']).toBe('image/png');
        const png = await response.body();
        expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes);
      }
      expect((parsed.icons as { purpose: string }[]).map((icon) => icon.purpose)).toContain('maskable');
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});

test.describe('a new deploy, from a sub-path of a plain static server', () => {
  const PORT = Number(process.env.E2E_OFFLINE_PORT ?? 4215);
  const PREFIX = '/briefing/atlas/';
  let root = DIST;
  let second = '';
  let server: Awaited<ReturnType<typeof serveStatic>>;

  // Screenshots open six more pages, each drawing the map with software WebGL.
  test.describe.configure({ timeout: SHOTS ? 1_200_000 : 400_000 });

  test.beforeAll(async () => {
    second = buildWithChangedDataset((atlas) => {
      atlas.updated = NEXT_UPDATED;
    });
    server = await serveStatic(PORT, PREFIX, () => root);
  });

  test.afterAll(async () => {
    await server?.close();
    if (second) removeBuild(second);
  });

  test('offers the new version, never reloads by itself, and reloads into it when asked', async ({
    page,
    context,
  }) => {
    const base = server.base;
    const atlas = new AtlasDriver(page);
    await page.goto(`${base}?lang=en`);
    await expectReady(page);
    expect(await waitForServiceWorker(page)).toBe(`${base}sw.js`);
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.scope))).toBe(
      base,
    );

    // Offline, from the sub-path.
    await context.setOffline(true);
    await page.reload();
    await expectReady(page);
    await expect(offlineNotice(page)).toBeVisible();
    await expect.poll(() => atlas.map.shownSiteCount()).toBe(datasetSiteIds().length);
    await shot(page, 'offline-desktop-en');
    for (const [name, lang, size] of [
      ['offline-desktop-fr', 'fr', null],
      ['offline-phone-en', 'en', PHONE],
      ['offline-phone-fr', 'fr', PHONE],
    ] as const) {
      if (!SHOTS) break;
      const other = await context.newPage();
      if (size) await other.setViewportSize(size);
      await other.goto(`${base}?lang=${lang}`);
      await expectReady(other);
      await expect(offlineNotice(other)).toBeVisible();
      await shot(other, name);
      await other.close();
    }

    // Deploy the second build in place, then the network comes back: the page looks for it.
    // Page loads only (presenter mode moves the URL with pushState, which is no reload).
    const loads: string[] = [];
    page.on('load', () => loads.push(page.url()));
    await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
    // A presenter is mid-talk when the deploy lands: the offer waits until they leave the mode.
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await expect(page.locator('#presenter-title')).toBeVisible();
    root = second;
    await context.setOffline(false);
    await expect(offlineNotice(page)).toBeHidden();
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => !!r?.waiting)), {
        timeout: 120_000,
      })
      .toBe(true);
    await expect(page.locator('#presenter-title')).toBeVisible();
    await expect(updateNotice(page)).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Present', exact: true })).toBeVisible();
    await expect(updateNotice(page)).toBeVisible({ timeout: 60_000 });
    await shot(page, 'update-desktop-en');

    // Still the same document, still the old dataset: nothing reloaded by itself.
    expect(loads).toEqual([]);
    expect(await page.evaluate(() => (window as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    await expect(page.locator('.app-footer')).toContainText(UPDATED);

    for (const [name, lang, size] of [
      ['update-desktop-fr', 'fr', null],
      ['update-phone-en', 'en', PHONE],
      ['update-phone-fr', 'fr', PHONE],
    ] as const) {
      if (!SHOTS) break;
      const other = await context.newPage();
      if (size) await other.setViewportSize(size);
      await other.goto(`${base}?lang=${lang}`);
      await expectReady(other);
      await expect(updateNotice(other)).toBeVisible();
      await shot(other, name);
      await other.close();
    }

    await page.getByRole('button', { name: 'Reload' }).click();
    // The new page first shows its baked copy beside the live one being rendered: two footers,
    // which the locator's strict mode refuses at once (seen in CI). Read it once the page is ready.
    await expect.poll(() => loads.length, { timeout: 60_000 }).toBe(1);
    await expectReady(page);
    await expect(page.locator('.app-footer')).toContainText(NEXT_UPDATED);
    await expect(updateNotice(page)).toBeHidden();
    expect(loads.length).toBe(1);
  });
});
