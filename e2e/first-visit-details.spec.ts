import type { Page } from '@playwright/test';
import { test, expect } from './support/atlas-test';

// A newcomer at 1440×900 picks a site: its details open below the site list, in the side column
// that scrolls on its own. They must come into view there, the page itself must not jump, and the
// focus stays where the visitor clicked.
test.describe.configure({ timeout: 180_000 });
test.use({ viewport: { width: 1440, height: 900 } });

const sideColumn = (page: Page) => page.locator('[data-export="side-panel"]');

test('a site picked on the map shows its details in the side column, the focus left on the map', async ({
  atlas,
  page,
}) => {
  await atlas.open('?lang=en');
  await atlas.map.idle();
  const heading = atlas.detailsHeading();
  // The empty details sit below the four sites, out of view: the selection has to bring them in.
  await expect(heading).not.toBeInViewport();
  await atlas.map.selectSiteOnMap('borlange');
  await expect(heading).toHaveText(/Borlänge/);
  await expect(heading).toBeInViewport({ ratio: 1 });
  expect(await sideColumn(page).evaluate((column) => column.scrollTop)).toBeGreaterThan(0);
  // Only the column moved: the map and the timeline under it stay where they were.
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  const focusInDetails = await page.evaluate(
    () => document.activeElement?.closest('section.details-panel') !== null,
  );
  expect(focusInDetails).toBe(false);
});

test('a site picked in the list brings its details up, the focus left on the list', async ({
  atlas,
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await atlas.open('?lang=fr');
  const button = atlas.siteButton(/Fouju/);
  await button.click();
  await expect(atlas.detailsHeading()).toHaveText(/Campus IA/);
  await expect(atlas.detailsHeading()).toBeInViewport({ ratio: 1 });
  await expect(button).toBeFocused();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});
