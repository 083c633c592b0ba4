import { readFileSync } from 'node:fs';
import { expect, test } from './support/atlas-test';

// A newsroom's spreadsheet through `?data=`, and pinned dataset versions (`?version=`).

test.describe.configure({ timeout: 120_000 });
test.use({ actionTimeout: 30_000 });
const LIGHT = 'panels=details&lang=en';
const visible = { timeout: 60_000 };
const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/newsroom/${name}`, import.meta.url), 'utf8');
const current = JSON.parse(readFileSync(new URL('../data/atlas.json', import.meta.url), 'utf8')) as {
  version: string;
};
const release120 = JSON.parse(
  readFileSync(new URL('../data/releases/1.2.0.json', import.meta.url), 'utf8'),
) as {
  sites: { name: { en: string } }[];
};

test('a CSV served as text/csv through ?data= shows its sites, validated in a worker', async ({
  page,
  atlas,
}) => {
  await page.route('**/newsroom/export?sheet=1', (route) =>
    route.fulfill({ status: 200, contentType: 'text/csv; charset=utf-8', body: fixture('sites.csv') }),
  );
  await page.goto(`./?data=newsroom/export%3Fsheet%3D1&${LIGHT}`);
  await expect(atlas.siteButton(/Lyon Campus/)).toBeVisible(visible);
  await expect(atlas.siteButton(/Milano Hub/)).toBeVisible();
  await expect(atlas.siteList().getByRole('button')).toHaveCount(2);
  await expect(page.locator('footer.app-footer')).toContainText('example.org');
  expect(atlas.workers.some((url) => /validate-worker/.test(url))).toBe(true);
});

test('a broken CSV names the row and the column of each problem, and shows no site', async ({ page }) => {
  await page.route('**/newsroom/broken.csv', (route) =>
    route.fulfill({ status: 200, contentType: 'text/plain', body: fixture('broken.csv') }),
  );
  await page.goto(`./?data=newsroom/broken.csv&${LIGHT}`);
  const panel = page.getByRole('alert');
  await expect(panel).toContainText('row 3, column lat: expected a number from -90 to 90, found', visible);
  await expect(panel).toContainText('row 3, column status: expected one of announced, planned');
  await expect(page.getByRole('list', { name: /datacenter sites/i })).toHaveCount(0);
});

test('?version=1.2.0 shows release 1.2.0: its version and exactly its sites', async ({ page, atlas }) => {
  await page.goto(`./?version=1.2.0&${LIGHT}`);
  await expect(page.locator('footer.app-footer')).toContainText('1.2.0', visible);
  const names = release120.sites.map((site) => site.name.en);
  expect(names).toHaveLength(2);
  await expect(atlas.siteList().getByRole('button')).toHaveCount(names.length);
  for (const name of names) await expect(atlas.siteButton(name)).toBeVisible();
});

test('a pinned embed shows that release and says in one line when newer data exists, with a link to the latest', async ({
  page,
  atlas,
}) => {
  await page.goto(`./?version=1.2.0&embed=1&${LIGHT}`);
  const notice = page.getByText(/You are looking at dataset v1\.2\.0/);
  if (current.version === '1.2.0') {
    // 1.2.0 is still the latest: a pinned view of the latest has nothing to say.
    await expect(page.locator('footer.app-footer, .app-main')).not.toHaveCount(0, visible);
    await expect(notice).toHaveCount(0);
    return;
  }
  await expect(notice).toBeVisible(visible);
  await expect(notice).toContainText(`The latest is v${current.version}`);
  // The embed draws 1.2.0's own sites, not the current ones under a 1.2.0 label.
  const names = release120.sites.map((site) => site.name.en);
  await expect(atlas.siteList().getByRole('button')).toHaveCount(names.length);
  for (const name of names) await expect(atlas.siteButton(name)).toBeVisible();
  const latest = notice.getByRole('link', { name: /see the latest data/ });
  expect(new URL(await latest.evaluate((a: HTMLAnchorElement) => a.href)).searchParams.has('version')).toBe(
    false,
  );
  // The article keeps its pinned figures: the latest opens in a new tab.
  await expect(latest).toHaveAttribute('target', '_blank');
});

test('an unknown version says so and links to the current one', async ({ page }) => {
  await page.goto(`./?version=9.9.9&${LIGHT}`);
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: 'There is no dataset version 9.9.9' })).toBeVisible(
    visible,
  );
  await alert.getByRole('link', { name: `Show the current version (v${current.version})` }).click();
  await expect(page).not.toHaveURL(/version=/);
  await expect(page.getByRole('list', { name: /datacenter sites/i })).toBeVisible(visible);
});

test('changelog.xml parses as an Atom feed, and the page links it as an alternate', async ({
  page,
  request,
}) => {
  const response = await request.get('./changelog.xml');
  expect(response.ok()).toBe(true);
  const xml = await response.text();
  await page.goto(`./?${LIGHT}`);
  const feed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const atom = 'http://www.w3.org/2005/Atom';
    return {
      error: doc.getElementsByTagName('parsererror').length,
      root: `${doc.documentElement.namespaceURI} ${doc.documentElement.localName}`,
      titles: [...doc.getElementsByTagNameNS(atom, 'entry')].map(
        (entry) => entry.getElementsByTagNameNS(atom, 'title')[0]?.textContent,
      ),
    };
  }, xml);
  expect(feed.error).toBe(0);
  expect(feed.root).toBe('http://www.w3.org/2005/Atom feed');
  expect(feed.titles[0]).toBe(`Dataset ${current.version} (current)`);
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    'href',
    './changelog.xml',
  );
  expect((await request.get('./changelog.json')).ok()).toBe(true);
});
