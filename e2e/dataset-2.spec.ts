/**
 * Dataset 2.0 as a visitor meets it: every site of the dataset on the overview, Essonne's contested
 * opening and its two GPU counts side by side, the planned opening beside the report that closes it,
 * the as-of day, and About's source policy.
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

  test('the planned Essonne opening reads beside the report on the timeline and in its details, not overdue', async ({
    atlas,
  }) => {
    await atlas.open('?lang=en');
    const { charts } = atlas;
    // Announced for Mar–Dec 2025; a later report says the site runs: the plan is no longer overdue.
    const opening = charts.timelineEvent(/^Planned opening of the Essonne centre/);
    await expect(opening).toHaveAccessibleName(/Reported, on an uncertain date/);
    await expect(opening).not.toHaveAccessibleName(/overdue/);
    // A forecast no report can close (the capacity to double) stays overdue.
    await expect(charts.timelineEvent(/^Eclairion centre capacity to double/)).toHaveAccessibleName(
      /overdue/,
    );
    // A click on a site's event selects the site; the event's own details are one link away.
    await atlas.open('?lang=en&site=essonne-opening');
    await expect(atlas.detailsHeading()).toContainText('Planned opening of the Essonne centre');
    const panel = atlas.details.panel();
    await expect(panel.getByText('Reported, on an uncertain date')).toBeVisible();
    await expect(panel.getByText(/expected Mar–Dec 2025; reported Operational: .*2025.*2026/)).toBeVisible();
    await expect(panel.getByText('Overdue')).toHaveCount(0);
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
