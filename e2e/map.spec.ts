import { expect, test } from '@playwright/test';
import { datasetSiteIds, readDataset } from './support/dataset';
import { MapDriver, exactly } from './support/map-driver';
import { generatedAtlas, readAtlas } from './support/map-dataset';

const siteName = (id: string) => readDataset().sites.find((site) => site.id === id)!.name.en;

test.describe('the map', () => {
  test('draws every site from a basemap and a label font served by our own origin', async ({ page }) => {
    const atlas = new MapDriver(page);
    await atlas.open();
    await expect.poll(() => atlas.renderedSiteIds()).toEqual(datasetSiteIds());
    await page.waitForLoadState('networkidle');
    const paths = atlas.requests.map((url) => new URL(url).pathname);
    for (const file of ['countries.geojson', 'borders.geojson', 'labels.geojson']) {
      expect(
        paths.some((path) => path.endsWith(`/basemap/${file}`)),
        file,
      ).toBe(true);
    }
    expect(paths.some((path) => /\/basemap\/fonts\/.+\.woff2$/.test(path))).toBe(true);
    expect(atlas.foreignRequests()).toEqual([]);
    expect(atlas.consoleErrors).toEqual([]);
  });

  test('hovering a site shows its name, status and headline figure', async ({ page }) => {
    const atlas = new MapDriver(page);
    await atlas.open('?lang=en');
    await atlas.renderedSiteIds();
    await atlas.hoverSite('essonne');
    await expect(atlas.tooltip()).toContainText(siteName('essonne'));
    await expect(atlas.tooltip()).toContainText(/Announced|Planned|Under construction|Operational/);
    await expect(atlas.tooltip()).toContainText('Capacity 40 MW');
    await page.mouse.move(5, 5);
    await expect(atlas.tooltip()).toHaveCount(0);
  });

  test('clicking a site selects it, and the selection survives a theme change', async ({ page }) => {
    const atlas = new MapDriver(page);
    await atlas.open('?lang=en&theme=light');
    await atlas.renderedSiteIds();
    await atlas.selectSiteOnMap('borlange');
    await expect(atlas.siteButton(exactly(siteName('borlange')))).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => atlas.ask((h) => h.featureState('borlange').selected)).toBe(true);
    const lightSea = await atlas.ask((h) => h.paint('background', 'background-color'));

    await page.getByRole('button', { name: 'Dark', exact: true }).click();
    await expect
      .poll(() => atlas.ask((h) => h.paint('background', 'background-color')))
      .not.toEqual(lightSea);
    expect(await atlas.ask((h) => h.featureState('borlange').selected)).toBe(true);
    await expect(atlas.siteButton(exactly(siteName('borlange')))).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => atlas.renderedSiteIds()).toEqual(datasetSiteIds());
  });

  test('the keyboard pans and zooms the focused map, and a site chosen in the list is brought into view', async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const atlas = new MapDriver(page);
    await atlas.open('?lang=en');
    const start = await atlas.camera();
    await page.getByRole('region', { name: /Map of Europe/ }).focus();
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await atlas.settle();
    expect((await atlas.camera()).zoom).toBeGreaterThan(start.zoom + 1.5);
    const centred = await atlas.camera();
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowLeft');
    await atlas.settle();
    expect((await atlas.camera()).center[0]).toBeLessThan(centred.center[0]);
    expect((await atlas.pointOf('borlange')).inside).toBe(false);

    await atlas.selectSiteInList(exactly(siteName('borlange')));
    await atlas.settle();
    expect((await atlas.pointOf('borlange')).inside).toBe(true);
    expect(await atlas.ask((h) => h.featureState('borlange').selected)).toBe(true);
  });

  test('the controls zoom, fit every site and reset the view', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const atlas = new MapDriver(page);
    await atlas.open('?lang=en');
    const start = await atlas.camera();
    await atlas.control(/^Zoom in$/).click();
    await atlas.control(/^Zoom in$/).click();
    await atlas.settle();
    expect((await atlas.camera()).zoom).toBeCloseTo(start.zoom + 2, 1);
    await atlas.control(/^Show all sites$/).click();
    await atlas.settle();
    for (const id of datasetSiteIds()) expect((await atlas.pointOf(id)).inside, id).toBe(true);
    await atlas.control(/^Reset the view$/).click();
    await atlas.settle();
    expect((await atlas.camera()).zoom).toBeCloseTo(start.zoom, 1);
  });

  test('a country pledge is listed in a callout and selected by its investment id', async ({ page }) => {
    const pledge = (
      readAtlas().investments as { id: string; site?: string; country: string; label: { en: string } }[]
    ).find((investment) => investment.site === undefined)!;
    const atlas = new MapDriver(page);
    await atlas.open('?lang=en');
    const country = new Intl.DisplayNames(['en'], { type: 'region' }).of(pledge.country)!;
    const callout = page.getByRole('region', { name: `Pledges to ${country}` });
    await callout.getByRole('button', { name: new RegExp(country) }).click();
    await callout.getByRole('button', { name: exactly(pledge.label.en) }).click();
    await expect(page).toHaveURL(new RegExp(`site=${pledge.id}`));
    await expect(callout.getByRole('button', { pressed: true })).toContainText(pledge.label.en.slice(0, 12));
  });

  test('the time cursor hides the sites not yet announced at its date', async ({ page }) => {
    const atlas = new MapDriver(page);
    await atlas.open('?date=2024-06-01');
    await expect.poll(() => atlas.renderedSiteIds()).toEqual(['borlange']);
  });

  test('many overlapping sites cluster, show their count and zoom in on click', async ({ page }) => {
    await page.route('**/atlas*.json', (route) => route.fulfill({ json: generatedAtlas(300, 'paris') }));
    const atlas = new MapDriver(page);
    await atlas.open();
    await expect
      .poll(() => atlas.ask((h) => h.renderedClusters().reduce((sum, c) => sum + c.count, 0)))
      .toBe(300);
    const [cluster] = await atlas.ask((h) => h.renderedClusters());
    await expect(page.locator('.map-container canvas')).toBeVisible();
    const before = (await atlas.camera()).zoom;
    const box = (await atlas.map().boundingBox())!;
    await page.mouse.click(box.x + cluster!.x, box.y + cluster!.y);
    await expect.poll(async () => (await atlas.camera()).zoom).toBeGreaterThan(before + 1);
  });

  test('a lost WebGL context that comes back restores the map and its selection', async ({ page }) => {
    const atlas = new MapDriver(page);
    await atlas.open('?site=borlange');
    await expect.poll(() => atlas.renderedSiteIds()).toEqual(datasetSiteIds());
    await atlas.loseContext();
    await page.waitForTimeout(300);
    await atlas.restoreContext();
    await expect.poll(() => atlas.renderedSiteIds()).toEqual(datasetSiteIds());
    await expect.poll(() => atlas.ask((h) => h.featureState('borlange').selected)).toBe(true);
    await page.waitForTimeout(3000); // longer than the grace period: still the WebGL map
    await expect(page.getByRole('note')).toHaveCount(0);
  });

  test('a lost WebGL context that does not come back gives way to the SVG map', async ({ page }) => {
    const atlas = new MapDriver(page);
    await atlas.open('?lang=en');
    await atlas.loseContext();
    await expect(page.getByRole('note')).toContainText('stopped the map');
    const sites = page.getByRole('list', { name: 'Sites on the map' });
    await sites.getByRole('button', { name: exactly(siteName('essonne')) }).click();
    await expect(atlas.siteButton(exactly(siteName('essonne')))).toHaveAttribute('aria-pressed', 'true');
  });
});
