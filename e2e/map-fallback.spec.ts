import { expect, test } from './support/atlas-test';
import config from '../playwright.config';
import { exactly } from './support/map-driver';
import { datasetSiteIds, readDataset } from './support/dataset';

// Chromium without WebGL: the same launch arguments as every other spec, plus --disable-3d-apis.
const args = config.use?.launchOptions?.args ?? [];
test.use({ launchOptions: { ...config.use?.launchOptions, args: [...args, '--disable-3d-apis'] } });

const names = () => readDataset().sites.map((site) => site.name.en);

test.describe('the map without WebGL', () => {
  test('says so, draws the basemap in SVG, and never runs maplibre', async ({ atlas, page }) => {
    await atlas.open('?lang=en');
    await expect(page.getByRole('note')).toContainText('does not provide WebGL');
    await expect(page.locator('.map-fallback svg path.land').first()).toBeVisible();
    await expect(
      page
        .locator('.map-fallback svg text', { hasText: 'FRANCE' })
        .or(page.locator('.map-fallback svg text', { hasText: 'France' }))
        .first(),
    ).toBeAttached();
    // index.html preloads the map's code at navigation for every browser, as it cannot know about
    // WebGL (README, "Performance"): without WebGL that code is fetched but never run.
    expect(atlas.workers).toEqual([]);
    await expect(page.locator('.maplibregl-canvas')).toHaveCount(0);
    expect(atlas.foreignRequests()).toEqual([]);
    expect(atlas.consoleErrors).toEqual([]);
  });

  test('every site is a button with its name, and choosing one selects it everywhere', async ({
    atlas,
    page,
  }) => {
    await atlas.open('?lang=en');
    const sites = page.getByRole('list', { name: 'Sites on the map' });
    await expect(sites.getByRole('button')).toHaveCount(datasetSiteIds().length);
    for (const name of names())
      await expect(sites.getByRole('button', { name: exactly(name) })).toBeVisible();

    const [first, second] = names();
    await sites.getByRole('button', { name: exactly(first!) }).click();
    await expect(atlas.siteButton(exactly(first!))).toHaveAttribute('aria-pressed', 'true');
    await sites.getByRole('button', { name: exactly(second!) }).focus();
    await page.keyboard.press('Enter');
    await expect(atlas.siteButton(exactly(second!))).toHaveAttribute('aria-pressed', 'true');
    await expect(sites.getByRole('button', { name: exactly(second!) })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(atlas.detailsHeading()).toContainText(second!.slice(0, 10));
  });
});
