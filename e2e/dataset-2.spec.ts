/**
 * Dataset 2.0 as a visitor meets it: every site of the dataset on the overview, Essonne's contested
 * opening and its two GPU counts side by side, the as-of day, and About's source policy.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './support/atlas-test';

interface DatasetSite {
  id: string;
  location: { place: string };
  figures: { metric: string; quantity: { text: string } }[];
}
const dataset = JSON.parse(readFileSync(new URL('../data/atlas.json', import.meta.url), 'utf8')) as {
  asOf?: string;
  sites: DatasetSite[];
};

test.describe('dataset 2.0', () => {
  test('the overview shows every site of the dataset, on the map and in the list', async ({ atlas }) => {
    await atlas.open('?lang=en');
    expect(dataset.sites.length).toBeGreaterThanOrEqual(4);
    await expect(atlas.siteList().getByRole('listitem')).toHaveCount(dataset.sites.length);
    await atlas.map.renderedSiteIds();
    await atlas.map.idle();
    // A clustered site is drawn inside its cluster's count: the drawn dots plus the counts make up the sites.
    const single = await atlas.map.renderedSiteIdsNow();
    const clusters = await atlas.map.ask('renderedClusters');
    expect(single.length + clusters.reduce((sum, cluster) => sum + cluster.count, 0)).toBe(
      dataset.sites.length,
    );
    await expect(atlas.page.getByText(/^Data as of /)).toBeVisible();
  });

  test('Essonne: the opening forecast beside the contested report, and both GPU counts', async ({
    atlas,
    page,
  }) => {
    await atlas.open('?lang=en&site=essonne');
    const panel = atlas.details.panel();
    await expect(atlas.details.heading()).toContainText('Essonne');
    // The forecast of article 000 ("in the coming months", read Mar–Dec 2025) is no longer overdue:
    // a later report says the site runs, on dates the sources disagree about.
    const forecast = panel.getByRole('listitem').filter({ hasText: 'Reported, on an uncertain date' });
    await expect(forecast).toHaveCount(1);
    await expect(forecast).toContainText(/expected Mar–Dec 2025; reported Operational: .*2025.*2026/);
    await expect(forecast.getByText('Overdue')).toHaveCount(0);
    await expect(panel.getByText('Last checked')).toBeVisible();
    // Two GPU counts, each with its own sources, never one silently chosen.
    const gpus = dataset.sites
      .find((site) => site.id === 'essonne')!
      .figures.filter((f) => f.metric === 'gpus');
    expect(gpus.length).toBeGreaterThanOrEqual(2);
    await panel.locator('details.details-more > summary').click();
    for (const figure of gpus) await expect(panel.getByText(figure.quantity.text).first()).toBeVisible();
    await expect(page.getByRole('group', { name: 'Sources: GPUs' })).toHaveCount(gpus.length);
  });

  test('About shows the source policy and the 2.0.0 changelog, in French', async ({ atlas, page }) => {
    await atlas.open('?lang=fr');
    await page.getByRole('button', { name: 'À propos des données' }).click();
    const dialog = page.getByRole('dialog');
    const policy = dialog.getByRole('region', { name: 'Politique des sources' });
    await expect(policy.getByText(/^Ce qui ne compte jamais seul/)).toBeVisible();
    await expect(policy.getByRole('link', { name: /politique des sources complète/ })).toHaveAttribute(
      'href',
      './source-policy.html',
    );
    await expect(dialog.getByRole('heading', { name: /^Version 2\.0\.0/ })).toBeVisible();
  });
});
