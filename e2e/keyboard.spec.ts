import { expect, test } from './support/atlas-test';
import { type Locator, type Page } from '@playwright/test';

/** Presses Tab (or Shift+Tab) until `target` has focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, { back = false, max = 250 } = {}) {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`focus never reached ${target}`);
}

/** The focused element shows a visible focus indicator (outline or box-shadow ring). */
async function expectVisibleFocus(page: Page) {
  const ring = await page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    const style = getComputedStyle(element);
    return {
      outline: style.outlineStyle !== 'none' && style.outlineWidth !== '0px',
      shadow: style.boxShadow !== 'none',
    };
  });
  expect(ring.outline || ring.shadow).toBe(true);
}

test.setTimeout(240_000);

test('a keyboard-only visitor selects a site, moves the time cursor, opens its sources and switches language', async ({
  atlas,
  page,
}) => {
  await atlas.open();

  // Select Borlänge from the site list with Enter.
  const borlange = atlas.siteButton(/Borlänge/);
  await tabTo(page, borlange);
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(borlange).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/site=borlange/);
  await expect(borlange).toBeFocused();

  // Open the other sources of the site's first cited fact with Space.
  const moreSources = page
    .locator('.details-panel')
    .getByRole('button', { name: /more source/ })
    .first();
  await tabTo(page, moreSources);
  await expectVisibleFocus(page);
  await page.keyboard.press('Space');
  await expect(moreSources).toHaveAttribute('aria-expanded', 'true');
  const region = page.locator(`#${await moreSources.getAttribute('aria-controls')}`);
  await expect(region).toBeVisible();
  await expect(region.locator('blockquote, q, .quote').first()).toBeVisible();

  // Move the time cursor with the arrows, Home and End (WAI-ARIA slider).
  const slider = page.getByRole('slider');
  await tabTo(page, slider);
  await expectVisibleFocus(page);
  await page.keyboard.press('Home');
  const min = await slider.getAttribute('aria-valuemin');
  await expect(slider).toHaveAttribute('aria-valuenow', min!);
  await expect(atlas.siteList().getByRole('button')).toHaveCount(0);
  await page.keyboard.press('End');
  await expect(slider).toHaveAttribute('aria-valuenow', (await slider.getAttribute('aria-valuemax'))!);
  await page.keyboard.press('ArrowLeft');
  await expect(slider).not.toHaveAttribute('aria-valuenow', (await slider.getAttribute('aria-valuemax'))!);
  await expect(page).toHaveURL(/date=\d{4}-\d{2}-\d{2}/);

  // Back up to the header and switch to French with Space; focus stays on the switch.
  const french = page.getByRole('button', { name: 'FR', exact: true });
  await tabTo(page, french, { back: true, max: 200 });
  await expectVisibleFocus(page);
  await page.keyboard.press('Space');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page).toHaveURL(/lang=fr/);
  await expect(french).toBeFocused();
  await expect(french).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
});
