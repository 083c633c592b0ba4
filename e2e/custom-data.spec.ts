import { expect, test, type Page, type Route } from '@playwright/test';
import { startHostServer } from './fixtures/host-page';
import { AtlasDriver } from './support/atlas-driver';
import { CUSTOM_OUTLETS, brokenCustom, validCustom } from './support/custom-datasets';

// `?data=`: another dataset in the same schema, validated in full before anything is
// shown, and failures that say whether the file could not be fetched or has problems.

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  status: 200,
  contentType: 'application/json',
  headers,
  body: JSON.stringify(body),
});

// The machine running the suite is shared and slow: generous timeouts, and `panels=details`
// (no WebGL map, no charts) wherever the map is not what the journey is about.
test.describe.configure({ timeout: 90_000 });
test.use({ actionTimeout: 30_000 });
const LIGHT = 'panels=details&lang=en';
const visible = { timeout: 30_000 };

const fetchFailed = (page: Page) => page.getByRole('heading', { name: 'The data could not be fetched' });
const retry = (page: Page) => page.getByRole('button', { name: 'Retry' });

test('a custom dataset from the same site renders, with its own sources in the source line', async ({
  page,
}) => {
  const atlas = new AtlasDriver(page);
  // Records the fetch options the app uses for the custom file (the cache mode is not on the wire).
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { fetchCacheModes: string[] }).fetchCacheModes = seen;
    const original = window.fetch.bind(window);
    window.fetch = (input, init) => {
      if (String(input).includes('custom/')) seen.push(init?.cache ?? 'default');
      return original(input, init);
    };
  });
  await page.route('**/custom/valid.json', (route) => route.fulfill(json(validCustom())));
  await page.goto(`./?data=custom/valid.json&${LIGHT}`);
  await expect(atlas.siteButton(/Essonne/)).toBeVisible(visible);
  const footer = page.locator('footer.app-footer');
  for (const outlet of CUSTOM_OUTLETS) await expect(footer).toContainText(outlet);
  await expect(footer).toContainText('v9.9.9');
  await expect(footer).toContainText('/custom/valid.json');
  await expect(footer).not.toContainText('five French news articles');
  // Never cached: not by the HTTP cache, not by a service worker's runtime cache.
  expect(
    await page.evaluate(() => (window as unknown as { fetchCacheModes: string[] }).fetchCacheModes),
  ).toEqual(['no-store']);
  // The URL keeps data= as the state changes, so the link shares the custom view.
  await atlas.selectSiteInList(/Essonne/);
  await expect(page).toHaveURL(/site=essonne/);
  expect(new URL(page.url()).searchParams.get('data')).toBe('custom/valid.json');
});

test('a dataset on another https origin is refused by the default strict CSP and says it could not be fetched', async ({
  page,
}) => {
  // The atlas ships with `connect-src 'self'` (README, "Content Security Policy"): a deployer who
  // wants ?data= from another origin adds that origin to connect-src. Until then the browser blocks
  // the request before it leaves, and the atlas says so instead of spinning.
  let requested = false;
  await page.route('https://data.example.org/atlas.json', (route) => {
    requested = true;
    return route.fulfill(json(validCustom(), { 'access-control-allow-origin': '*' }));
  });
  await page.goto(`./?${LIGHT}&data=${encodeURIComponent('https://data.example.org/atlas.json')}`);
  await expect(fetchFailed(page)).toBeVisible(visible);
  await expect(page.getByRole('alert')).toContainText('data.example.org');
  expect(requested).toBe(false);
});

test('a broken dataset lists its problems by JSON path, with a link back to the default atlas', async ({
  page,
}) => {
  await page.route('**/custom/broken.json', (route) => route.fulfill(json(brokenCustom())));
  await page.goto(`./?data=custom/broken.json&${LIGHT}&utm_source=x`);
  await expect(page.getByRole('heading', { name: 'The data file has problems' })).toBeVisible(visible);
  const panel = page.getByRole('alert');
  await expect(panel).toContainText('sites[0].location.lat: wrong type (expected number, found "north")');
  await expect(panel).toContainText('sites[1].operator');
  await expect(panel).toContainText('npm run data:check');
  // Never a half-loaded mix: nothing of the atlas is shown.
  await expect(page.getByRole('list', { name: /datacenter sites/i })).toHaveCount(0);
  await page.getByRole('link', { name: 'Back to the default atlas' }).click();
  await expect(page).toHaveURL(/\?lang=en&panels=details&utm_source=x$/);
  await expect(page.locator('footer.app-footer')).toContainText('five French news articles', visible);
});

test('an HTTP 404 says the file could not be fetched, and Retry loads it once it is there', async ({
  page,
}) => {
  let present = false;
  await page.route('**/custom/later.json', (route) =>
    present ? route.fulfill(json(validCustom())) : route.fulfill({ status: 404, body: 'Not Found' }),
  );
  await page.goto(`./?data=custom/later.json&${LIGHT}`);
  await expect(fetchFailed(page)).toBeVisible(visible);
  await expect(page.getByRole('alert')).toContainText('HTTP 404');
  await expect(page.getByRole('alert')).not.toContainText('problems');
  present = true;
  await retry(page).click();
  await expect(page.locator('footer.app-footer')).toContainText(CUSTOM_OUTLETS[0]!, visible);
});

test('a network failure says the file could not be fetched, and Retry works', async ({ page }) => {
  let online = false;
  await page.route('**/custom/flaky.json', (route) =>
    online ? route.fulfill(json(validCustom())) : route.abort('internetdisconnected'),
  );
  await page.goto(`./?data=custom/flaky.json&${LIGHT}`);
  await expect(fetchFailed(page)).toBeVisible(visible);
  await expect(page.getByRole('alert')).toContainText('the network, the server or its CORS settings');
  online = true;
  await retry(page).click();
  await expect(new AtlasDriver(page).siteButton(/Essonne/)).toBeVisible(visible);
});

test('a request that never answers gives up after 10 s, and Retry works', async ({ page }) => {
  await page.clock.install();
  const hung: Route[] = [];
  let answer = false;
  await page.route('**/custom/hung.json', (route) => {
    if (answer) return route.fulfill(json(validCustom()));
    hung.push(route); // never fulfilled: a server that accepted the request and went silent
    return undefined;
  });
  await page.goto(`./?data=custom/hung.json&${LIGHT}`);
  await expect.poll(() => hung.length, visible).toBe(1);
  await expect(fetchFailed(page)).toHaveCount(0);
  // The clock runs from install(); jump past the 10 s timeout instead of waiting for it.
  await page.clock.fastForward(10_000);
  await expect(fetchFailed(page)).toBeVisible(visible);
  await expect(page.getByRole('alert')).toContainText('within 10 seconds');
  answer = true;
  await retry(page).click();
  await expect(new AtlasDriver(page).siteButton(/Essonne/)).toBeVisible(visible);
});

test('javascript: and data: URLs are never fetched', async ({ page }) => {
  const atlas = new AtlasDriver(page);
  await page.goto(`./?${LIGHT}&data=${encodeURIComponent('javascript:alert(1)')}`);
  await expect(page.locator('footer.app-footer')).toContainText('five French news articles', visible);
  expect(atlas.requests.filter((url) => url.startsWith('javascript:') || url.startsWith('data:'))).toEqual(
    [],
  );
});

test.describe('embedded', () => {
  let server: Awaited<ReturnType<typeof startHostServer>>;
  test.beforeAll(async ({ baseURL }) => {
    server = await startHostServer(baseURL!);
  });
  test.afterAll(() => server.close());

  test('an embed whose dataset fails sends atlas:error to its host', async ({ page }) => {
    await page.route('**/custom/gone.json', (route) => route.fulfill({ status: 404, body: 'gone' }));
    await page.route('**/custom/broken.json', (route) => route.fulfill(json(brokenCustom())));
    const query = new URLSearchParams({
      a: 'data=custom/gone.json&lang=en',
      b: 'data=custom/broken.json&lang=en',
    });
    await page.goto(`${server.origin}/host.html?${query}`);
    const received = () =>
      page.evaluate(() =>
        (
          window as unknown as {
            received: {
              frame: string;
              data: { type?: string; kind?: string; message?: string; problems?: number };
            }[];
          }
        ).received
          .filter((m) => m.data.type === 'atlas:error')
          .map((m) => ({
            frame: m.frame,
            kind: m.data.kind,
            message: m.data.message,
            problems: m.data.problems,
          })),
      );
    await expect.poll(received, { timeout: 20_000 }).toEqual(
      expect.arrayContaining([
        // The kind and a count only: no problem text reaches the host.
        { frame: 'a', kind: 'fetch', message: undefined, problems: 1 },
        expect.objectContaining({ frame: 'b', kind: 'data' }),
      ]),
    );
    await expect(
      page.locator('iframe#a').contentFrame().getByRole('heading', { name: 'The data could not be fetched' }),
    ).toBeVisible();
  });
});
