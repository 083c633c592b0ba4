import { expect, test } from './support/atlas-test';
import type { AtlasDriver } from './support/atlas-driver';

// From data/atlas.json (2.0): Essonne announced on 9 February 2025, Campus IA on 19 May 2025,
// Borlänge on 11 February 2026, Les Ulis on 28 May 2026; the map and the site list show a site
// once its first (non-forecast) status is known at the cursor.
const ALL_SITES = ['borlange', 'campus-ia-fouju', 'essonne', 'les-ulis'];

/**
 * Every site is shown: each in the list, and on the map Borlänge on its own; the three sites near
 * Paris share one cluster at the overview (e2e/label-overlap.spec.ts checks the cluster names them).
 */
async function expectEverySiteShown(atlas: AtlasDriver) {
  await expect(atlas.siteList().getByRole('button')).toHaveCount(ALL_SITES.length);
  await expect.poll(() => atlas.map.renderedSiteIds()).toContain('borlange');
}

test.describe('timeline, time cursor and investments', () => {
  test('the cursor, moved from the keyboard, hides sites not yet announced on the map and in the list', async ({
    atlas,
    page,
  }) => {
    const { charts, map } = atlas;
    await atlas.open();
    await expectEverySiteShown(atlas);

    // Home: Eclairion's founding (June 2021), before both announcements.
    await charts.stepFromStart(0);
    await expect(charts.cursor()).toHaveAttribute('aria-valuetext', '1 Jun 2021');
    await map.expectRenderedSites([]);
    await expect(atlas.siteList().getByRole('button')).toHaveCount(0);

    // Three event days later: 6 Feb 2025, the AI Action Week, still before Essonne's announcement
    // (9 Feb 2025); Borlänge is dated 11 Feb 2026 by an external reference (dataset 1.2).
    await charts.stepFromStart(3);
    await expect(charts.cursor()).toHaveAttribute('aria-valuetext', '6 Feb 2025');
    await expect(page).toHaveURL(/date=2025-02-06/);
    await map.expectRenderedSites([]);
    await expect(atlas.siteList().getByRole('button')).toHaveCount(0);
  });

  test('dragging the cursor into 2023 hides every site; back to today shows them again', async ({
    atlas,
    page,
  }) => {
    const { charts, map } = atlas;
    await atlas.open();
    await charts.dragCursorTo('2023-07-01');
    expect(await charts.cursorDay()).toMatch(/^2023-0[67]/);
    await map.expectRenderedSites([]);
    await expect(atlas.siteList().getByRole('button')).toHaveCount(0);

    await page.getByRole('button', { name: 'Back to today' }).click();
    await expectEverySiteShown(atlas);
  });

  test('play runs the cursor to the last event and stops there', async ({ atlas, page }) => {
    // Every playback step redraws the map, and page.clock runs the map's animation frames too: with
    // software WebGL on a busy machine, a minute of page time takes minutes of real time.
    test.slow();
    const { charts } = atlas;
    // Time is driven by the test, not by the machine's speed: playback's interval runs on page.clock.
    await page.clock.install();
    await atlas.open();
    await page.getByLabel('Speed').selectOption('fast');
    await charts.playButton().click();
    await expect(charts.pauseButton()).toBeVisible();
    const max = await charts.cursor().getAttribute('aria-valuemax');
    const days = Number(max) - Number(await charts.cursor().getAttribute('aria-valuemin'));
    expect(days).toBeGreaterThan(0);
    // Far more than every step needs at the fast speed (a tick of 400 ms per event day).
    await page.clock.runFor(60_000);
    await expect(charts.cursor()).toHaveAttribute('aria-valuenow', max!);
    await expect(charts.playButton()).toBeVisible();
    // It stays at the end: a further minute of page time does not move it.
    await page.clock.runFor(60_000);
    await expect(charts.cursor()).toHaveAttribute('aria-valuenow', max!);
    await expect(charts.cursor()).toHaveAttribute('aria-valuetext', '1 Jan 2027');
    await expectEverySiteShown(atlas);
  });

  test('clicking an event on the timeline selects its site everywhere', async ({ atlas, page }) => {
    const { charts } = atlas;
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
    atlas,
    page,
  }) => {
    const { charts } = atlas;
    await atlas.open();
    await expect(page.getByText(/^Not added up\./)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Investments' })).not.toContainText(/23[.,]8/);
    await charts.investmentBar(/^Brookfield/).click();
    await expect(atlas.detailsHeading()).toContainText('Brookfield');
    await expect(charts.timelineEvent(/^Brookfield announces/)).toHaveAttribute('data-state', 'highlighted');
    expect(atlas.consoleErrors).toEqual([]);
  });
});
