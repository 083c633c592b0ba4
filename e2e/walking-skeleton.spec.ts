import { readFileSync } from 'node:fs';
import { expect, test } from './support/atlas-test';
import { datasetSiteIds } from './support/dataset';

test.describe('walking skeleton', () => {
  test('loads with no console error and no request to another origin', async ({ atlas, page }) => {
    await atlas.open();
    await expect(page.getByRole('heading', { level: 1, name: 'Compute Atlas' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(atlas.consoleErrors).toEqual([]);
    expect(atlas.requests.length).toBeGreaterThan(3);
    expect(atlas.foreignRequests()).toEqual([]);
  });

  test('the map shows every site of the dataset, as a point or inside a cluster', async ({ atlas }) => {
    await atlas.open();
    const expected = datasetSiteIds();
    expect(expected.length).toBeGreaterThan(1);
    await expect.poll(() => atlas.map.shownSiteCount()).toBe(expected.length);
  });

  test('selecting a site in the list selects it everywhere', async ({ atlas, page }) => {
    await atlas.open();
    await atlas.selectSiteInList(/Borlänge/);
    await expect(atlas.siteButton(/Borlänge/)).toHaveAttribute('aria-pressed', 'true');
    await expect(atlas.detailsHeading()).toContainText('Borlänge');
    await expect(page.locator('.details-panel')).toContainText(/Sweden|SE/);
  });

  test('clicking a site on the map selects it', async ({ atlas, page }) => {
    await atlas.open();
    const [first] = await atlas.map.renderedSiteIds();
    await atlas.map.selectSiteOnMap(first!);
    await expect(page.locator('.site-list button[aria-pressed="true"]')).toHaveCount(1);
    await expect(atlas.detailsHeading()).not.toHaveText(/^Details$/);
  });

  test('a dataset that fails validation shows every problem instead of a blank page', async ({ page }) => {
    // The built-in dataset is checked at build time; a visitor's file (?data=) goes through the validator.
    const atlas = JSON.parse(readFileSync('data/atlas.json', 'utf8'));
    atlas.sites[0].location.lat = 'north';
    delete atlas.sources[0].title;
    await page.route('**/broken-atlas.json', (route) => route.fulfill({ json: atlas }));
    await page.goto('./?data=broken-atlas.json');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The data file has problems');
    await expect(alert).toContainText('sites[0].location.lat');
    await expect(alert).toContainText('sources[0].title');
  });
});
