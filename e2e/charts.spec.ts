import { expect, test } from '@playwright/test';
import { AtlasDriver } from './support/atlas-driver';
import { ChartsDriver } from './support/charts-driver';

// From data/atlas.json: Borlänge announced in 2024 (contested), Essonne on 9 February 2025; the
// map and the site list show a site once its first (non-forecast) status is known at the cursor.
test.describe('timeline, time cursor and investments', () => {
  test('the cursor, moved from the keyboard, hides sites not yet announced on the map and in the list', async ({
    page,
  }) => {
    const atlas = new AtlasDriver(page);
    const charts = new ChartsDriver(page);
    await atlas.open();
    await expect.poll(() => atlas.renderedSiteIds()).toEqual(['borlange', 'essonne']);

    // Home: Eclairion's founding (June 2021), before both announcements.
    await charts.stepFromStart(0);
    await expect(charts.cursor()).toHaveAttribute('aria-valuetext', '1 Jun 2021');
    await charts.expectRenderedSites([]);
    await expect(atlas.siteList().getByRole('button')).toHaveCount(0);

    // Three event days later: June 2024, after Borlänge's (2024) and before Essonne's announcement.
    await charts.stepFromStart(3);
    await expect(charts.cursor()).toHaveAttribute('aria-valuetext', '1 Jun 2024');
    await expect(page).toHaveURL(/date=2024-06-01/);
    await charts.expectRenderedSites(['borlange']);
    await expect(atlas.siteList().getByRole('button')).toHaveCount(1);
    await expect(atlas.siteButton(/Borlänge/)).toBeVisible();
  });

  test('dragging the cursor into 2023 hides both sites; back to today shows them again', async ({ page }) => {
    const atlas = new AtlasDriver(page);
    const charts = new ChartsDriver(page);
    await atlas.open();
    await charts.dragCursorTo('2023-07-01');
    expect(await charts.cursorDay()).toMatch(/^2023-0[67]/);
    await charts.expectRenderedSites([]);
    await expect(atlas.siteList().getByRole('button')).toHaveCount(0);

    await page.getByRole('button', { name: 'Back to today' }).click();
    await charts.expectRenderedSites(['borlange', 'essonne']);
  });

  test('play runs the cursor to the last event and stops there', async ({ page }) => {
    const atlas = new AtlasDriver(page);
    const charts = new ChartsDriver(page);
    await atlas.open();
    await page.getByLabel('Speed').selectOption('fast');
    await charts.playButton().click();
    await expect(charts.pauseButton()).toBeVisible();
    const max = await charts.cursor().getAttribute('aria-valuemax');
    await expect(charts.cursor()).toHaveAttribute('aria-valuenow', max!, { timeout: 15_000 });
    await expect(charts.playButton()).toBeVisible();
    await page.waitForTimeout(1_000);
    await expect(charts.cursor()).toHaveAttribute('aria-valuenow', max!);
    await expect(charts.cursor()).toHaveAttribute('aria-valuetext', '1 Jan 2027');
    await charts.expectRenderedSites(['borlange', 'essonne']);
  });

  test('clicking an event on the timeline selects its site everywhere', async ({ page }) => {
    const atlas = new AtlasDriver(page);
    const charts = new ChartsDriver(page);
    await atlas.open();
    await charts.timelineEvent(/^Borlänge campus \(Sweden\) announced/).click();
    await expect(atlas.siteButton(/Borlänge/)).toHaveAttribute('aria-pressed', 'true');
    await expect(atlas.detailsHeading()).toContainText('Borlänge');
    await expect(page).toHaveURL(/site=borlange/);
    // The same selection lights up the site's figure in the investments chart.
    await expect(charts.investmentBar(/^Datacenter campus in Sweden/)).toHaveAttribute(
      'data-state',
      'highlighted',
    );
  });

  test('clicking a bar of the investments chart selects that pledge; no total adds the pledges up', async ({
    page,
  }) => {
    const atlas = new AtlasDriver(page);
    const charts = new ChartsDriver(page);
    await atlas.open();
    await expect(page.getByText(/^Not added up\./)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Investments' })).not.toContainText(/23[.,]8/);
    await charts.investmentBar(/^Brookfield/).click();
    await expect(atlas.detailsHeading()).toContainText('Brookfield');
    await expect(charts.timelineEvent(/^Brookfield announces/)).toHaveAttribute('data-state', 'highlighted');
    expect(atlas.consoleErrors).toEqual([]);
  });
});
