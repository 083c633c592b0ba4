import { expect, test } from './support/atlas-test';
import { datasetSiteIds } from './support/dataset';

// When the basemap fails to load, the WebGL map says so (instead of sites floating on a
// blank sea under a "Natural Earth" credit), and the sites are still drawn.
// The service worker is kept out so that every basemap request goes through page.route.
test.use({ serviceWorkers: 'block' });

const SHOTS = process.env.E2E_SHOTS ?? '/tmp/harden-shots';

const cases = [
  {
    lang: 'en',
    message: 'The basemap could not be loaded: the sites are drawn without the map of Europe behind them.',
  },
  {
    lang: 'fr',
    message:
      'Le fond de carte n’a pas pu être chargé\u00a0: les sites sont dessinés sans la carte de l’Europe derrière eux.',
  },
] as const;

test.describe('a basemap that fails to load', () => {
  test.describe.configure({ timeout: 180_000 });

  for (const { lang, message } of cases) {
    test(`says so (${lang}), and the sites still draw`, async ({ atlas, page }) => {
      let refused = 0;
      await page.route('**/basemap/countries.geojson', (route) => {
        refused += 1;
        return route.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal Server Error' });
      });
      await atlas.open(`?lang=${lang}`);
      const notice = page.getByRole('status').filter({ hasText: message });
      await expect(notice).toBeVisible({ timeout: 60_000 });
      await expect(notice).toHaveText(message);
      expect(refused).toBeGreaterThan(0);
      // The sites are on the map all the same, every one of them (some may be in a cluster).
      const rendered = await atlas.map.renderedSiteIds();
      expect(rendered.length).toBeGreaterThan(0);
      for (const id of rendered) expect(datasetSiteIds()).toContain(id);
      await atlas.map.idle();
      await page.screenshot({ path: `${SHOTS}/basemap-failed-${lang}.png` });
    });
  }

  test('no notice when the basemap loads', async ({ atlas, page }) => {
    await atlas.open('?lang=en');
    await atlas.map.idle();
    expect((await atlas.map.renderedSiteIds()).length).toBeGreaterThan(0);
    await expect(page.locator('.basemap-notice')).toHaveCount(0);
  });
});
