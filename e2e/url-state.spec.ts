import { datasetSiteIds } from './support/dataset';
import { expect, test } from './support/atlas-test';
import { type Page } from '@playwright/test';

// The URL is a public contract: shared links restore the view, Back/Forward walk the
// selections, and garbage is ignored with a warning naming it.

const params = (page: Page) => new URL(page.url()).searchParams;

test.describe('URL state', () => {
  test('a shared link restores site, date, language and panels, and so does a reload', async ({
    atlas,
    page,
  }) => {
    // Borlänge is on the map from its announcement, 11 Feb 2026 (dataset 1.2): a later date.
    await atlas.open('?site=borlange&date=2026-03-01&lang=fr&panels=details,map');

    const check = async () => {
      await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
      await expect(atlas.siteButton(/Borlänge/)).toHaveAttribute('aria-pressed', 'true');
      await expect(atlas.siteButton(/Essonne/)).toHaveAttribute('aria-pressed', 'false');
      await expect(atlas.detailsHeading()).toContainText('Borlänge');
      await expect(page.getByText(/1 mars 2026/).first()).toBeVisible();
      // Only the two panels, details first.
      const panels = page.locator('#content > *');
      await expect(panels).toHaveCount(2);
      await expect(panels.nth(0)).toContainText('Sites');
      await expect(panels.nth(1)).toHaveAttribute('aria-label', 'Carte');
      expect(Object.fromEntries(params(page))).toMatchObject({
        site: 'borlange',
        date: '2026-03-01',
        lang: 'fr',
        panels: 'details,map',
      });
    };

    await check();
    await page.reload();
    await atlas.waitForReady();
    await check();
    expect(atlas.consoleErrors).toEqual([]);
  });

  test('Back and Forward restore the previous selections', async ({ atlas, page }) => {
    await atlas.open('?lang=en&panels=details');
    await atlas.selectSiteInList(/Essonne/);
    await expect.poll(() => params(page).get('site')).toBe('essonne');
    await atlas.selectSiteInList(/Borlänge/);
    await expect.poll(() => params(page).get('site')).toBe('borlange');

    await page.goBack();
    await expect.poll(() => params(page).get('site')).toBe('essonne');
    await expect(atlas.siteButton(/Essonne/)).toHaveAttribute('aria-pressed', 'true');
    await expect(atlas.detailsHeading()).toContainText('Essonne');

    await page.goBack();
    await expect.poll(() => params(page).get('site')).toBeNull();
    await expect(atlas.siteList().getByRole('button', { pressed: true })).toHaveCount(0);

    await page.goForward();
    await expect(atlas.siteButton(/Essonne/)).toHaveAttribute('aria-pressed', 'true');
    await page.goForward();
    await expect(atlas.siteButton(/Borlänge/)).toHaveAttribute('aria-pressed', 'true');
    await expect(atlas.detailsHeading()).toContainText('Borlänge');
  });

  test('garbage parameters are ignored with a warning naming each, and nothing breaks', async ({
    atlas,
    page,
  }) => {
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await atlas.open('?site=%3Cscript%3E&date=tomorrow&theme=neon&lang=en');

    for (const param of ['site', 'date', 'theme']) {
      expect(
        warnings.some((w) => w.includes(`ignored URL parameter ${param}=`)),
        param,
      ).toBe(true);
    }
    expect(warnings.some((w) => w.includes('lang='))).toBe(false);
    expect(atlas.consoleErrors).toEqual([]);
    await expect(page.getByRole('heading', { level: 1, name: 'Compute Atlas' })).toBeVisible();
    await expect(atlas.siteList().getByRole('button')).toHaveCount(datasetSiteIds().length);
    await expect(atlas.siteList().getByRole('button', { pressed: true })).toHaveCount(0);
    // The defaults apply: no theme forced, no injected markup.
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', 'neon');
    expect(await page.locator('#content script').count()).toBe(0);
  });
});
