import { expect, test } from './support/atlas-test';
import { datasetSiteIds, readDataset } from './support/dataset';
import { exactly } from './support/map-driver';
import { generatedAtlas, readAtlas } from './support/map-dataset';

const siteName = (id: string) => readDataset().sites.find((site) => site.id === id)!.name.en;

test.describe('the map', () => {
  test('draws every site from a basemap and a label font served by our own origin', async ({
    atlas,
    page,
  }) => {
    const { map } = atlas;
    await atlas.open();
    // Borlänge alone; the three sites near Paris share one cluster at the overview.
    await expect.poll(() => map.renderedSiteIds()).toContain('borlange');
    await expect(atlas.siteList().getByRole('button')).toHaveCount(datasetSiteIds().length);
    await page.waitForLoadState('networkidle');
    const paths = atlas.requests.map((url) => new URL(url).pathname);
    for (const file of ['countries.geojson', 'borders.geojson', 'labels.geojson']) {
      expect(
        paths.some((path) => path.endsWith(`/basemap/${file}`)),
        file,
      ).toBe(true);
    }
    // One font file for the UI and the map's labels: the hashed Inter asset, fetched once.
    // (The preload and the @font-face may both ask for it; the HTTP cache answers the second.)
    const fonts = new Set(paths.filter((path) => /inter-latin-wght-normal.*\.woff2$/.test(path)));
    expect(fonts.size).toBe(1);
    expect([...fonts][0]).toMatch(/\/assets\//);
    expect(atlas.foreignRequests()).toEqual([]);
    expect(atlas.consoleErrors).toEqual([]);
  });

  test('hovering a site shows its name, status and headline figure', async ({ atlas, page }) => {
    const { map } = atlas;
    await atlas.open('?lang=en');
    await map.renderedSiteIds();
    // Borlänge stands alone at the overview (the sites near Paris are one cluster there).
    await map.hoverSite('borlange');
    await expect(map.tooltip()).toContainText(siteName('borlange'));
    await expect(map.tooltip()).toContainText(/Announced|Planned|Under construction|Operational/);
    // A RegExp sees the text as it is, not whitespace-normalised: the unit follows a no-break space.
    await expect(map.tooltip()).toContainText(/Capacity \d+\u00a0MW/);
    await page.mouse.move(5, 5);
    await expect(map.tooltip()).toHaveCount(0);
  });

  test('clicking a site selects it, and the selection survives a theme change', async ({ atlas, page }) => {
    const { map } = atlas;
    await atlas.open('?lang=en&theme=light');
    await map.renderedSiteIds();
    await map.selectSiteOnMap('borlange');
    await expect(atlas.siteButton(exactly(siteName('borlange')))).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => map.featureState('borlange').then((state) => state.selected)).toBe(true);
    const lightSea = await map.ask('paint', 'background', 'background-color');

    await page.getByRole('button', { name: 'Dark', exact: true }).click();
    await expect.poll(() => map.ask('paint', 'background', 'background-color')).not.toEqual(lightSea);
    expect(await map.featureState('borlange').then((state) => state.selected)).toBe(true);
    await expect(atlas.siteButton(exactly(siteName('borlange')))).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => map.renderedSiteIds()).toContain('borlange');
  });

  test('the keyboard pans and zooms the focused map, and a site chosen in the list is brought into view', async ({
    atlas,
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const { map } = atlas;
    await atlas.open('?lang=en');
    const start = await map.camera();
    await page.getByRole('region', { name: /Map of Europe/ }).focus();
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await map.idle();
    expect((await map.camera()).zoom).toBeGreaterThan(start.zoom + 1.5);
    const centred = await map.camera();
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowLeft');
    await map.idle();
    expect((await map.camera()).center[0]).toBeLessThan(centred.center[0]);
    expect((await map.pointOf('borlange')).inside).toBe(false);

    await atlas.selectSiteInList(exactly(siteName('borlange')));
    await map.idle();
    expect((await map.pointOf('borlange')).inside).toBe(true);
    expect(await map.featureState('borlange').then((state) => state.selected)).toBe(true);
  });

  test('the controls zoom, fit every site and reset the view', async ({ atlas, page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const { map } = atlas;
    await atlas.open('?lang=en');
    const start = await map.camera();
    await map.control(/^Zoom in$/).click();
    await map.control(/^Zoom in$/).click();
    await map.idle();
    expect((await map.camera()).zoom).toBeCloseTo(start.zoom + 2, 1);
    await map.control(/^Show all sites$/).click();
    await map.idle();
    for (const id of datasetSiteIds()) expect((await map.pointOf(id)).inside, id).toBe(true);
    await map.control(/^Reset the view$/).click();
    await map.idle();
    expect((await map.camera()).zoom).toBeCloseTo(start.zoom, 1);
  });

  test('a country pledge is listed in a callout and selected by its investment id', async ({
    atlas,
    page,
  }) => {
    const pledge = (
      readAtlas().investments as { id: string; site?: string; country: string; label: { en: string } }[]
    ).find((investment) => investment.site === undefined)!;
    await atlas.open('?lang=en');
    const country = new Intl.DisplayNames(['en'], { type: 'region' }).of(pledge.country)!;
    const callout = page.getByRole('region', { name: `Pledges to ${country}` });
    await callout.getByRole('button', { name: new RegExp(country) }).click();
    await callout.getByRole('button', { name: exactly(pledge.label.en) }).click();
    await expect(page).toHaveURL(new RegExp(`site=${pledge.id}`));
    await expect(callout.getByRole('button', { pressed: true })).toContainText(pledge.label.en.slice(0, 12));
  });

  test('the time cursor hides the sites not yet announced at its date', async ({ atlas }) => {
    const { map } = atlas;
    // Dataset 2.0: Essonne announced 9 Feb 2025 and Campus IA 19 May 2025; Borlänge 11 Feb 2026
    // and Les Ulis 28 May 2026 come later (external references).
    await atlas.open('?date=2025-06-01');
    // The two, 50 km apart, share one cluster at the overview; the list names them.
    await expect.poll(() => map.clusterCount()).toBe(2);
    expect(await map.renderedSiteIdsNow()).toEqual([]);
    await expect(atlas.siteList().getByRole('button')).toHaveCount(2);
  });

  test('many overlapping sites cluster, show their count and zoom in on click', async ({ atlas, page }) => {
    await page.route('**/atlas*.json', (route) => route.fulfill({ json: generatedAtlas(300, 'paris') }));
    const { map } = atlas;
    await atlas.open();
    await expect.poll(() => map.clusterCount()).toBe(300);
    const [cluster] = await map.ask('renderedClusters');
    await expect(page.locator('.map-container canvas')).toBeVisible();
    const before = (await map.camera()).zoom;
    const box = (await map.map().boundingBox())!;
    await page.mouse.click(box.x + cluster!.x, box.y + cluster!.y);
    await expect.poll(async () => (await map.camera()).zoom).toBeGreaterThan(before + 1);
  });

  test('a lost WebGL context that comes back restores the map and its selection', async ({ atlas, page }) => {
    const { map } = atlas;
    // The grace period before the SVG fallback is a page timer: page.clock runs past it on demand.
    await page.clock.install();
    await atlas.open('?site=borlange');
    await expect.poll(() => map.renderedSiteIds()).toContain('borlange');
    await map.loseContextBriefly();
    await expect.poll(() => map.renderedSiteIds()).toContain('borlange');
    await expect.poll(() => map.featureState('borlange').then((state) => state.selected)).toBe(true);
    await page.clock.runFor(10_000); // far past the grace period: still the WebGL map
    await map.idle();
    await expect(page.getByRole('note')).toHaveCount(0);
    await expect(page.locator('.map-container canvas')).toBeVisible();
  });

  test('a lost WebGL context that does not come back gives way to the SVG map', async ({ atlas, page }) => {
    const { map } = atlas;
    await atlas.open('?lang=en');
    await map.loseContext();
    await expect(page.getByRole('note')).toContainText('stopped the map');
    const sites = page.getByRole('list', { name: 'Sites on the map' });
    await sites.getByRole('button', { name: exactly(siteName('essonne')) }).click();
    await expect(atlas.siteButton(exactly(siteName('essonne')))).toHaveAttribute('aria-pressed', 'true');
  });
});
