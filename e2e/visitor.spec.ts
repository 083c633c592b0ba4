/**
 * A visitor's first minute, at a phone, a tablet and a desktop size: the map near the
 * top, labels never hidden, every panel's state in the link, legible charts, readable details.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './support/atlas-test';

const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'tablet', width: 768, height: 1024 },
  { name: 'desktop', width: 1440, height: 900 },
] as const;

const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Each chart's text at 14 px or more as drawn (a figure's viewBox scales it), a cut label titled. */
async function expectLegibleCharts(page: Page, sizeName: string) {
  for (const tab of ['Timeline', 'Investments']) {
    if (sizeName === 'phone') await page.getByRole('tab', { name: tab }).click();
    const selector = tab === 'Timeline' ? '.timeline-chart' : '.investments-chart';
    await expect(page.locator(selector).locator('text').first()).toBeVisible();
    // Found and measured in one synchronous step: the live chart takes over from the baked
    // figure after atlas:ready, and a node measured after that swap is detached (no font size).
    const texts = await page.evaluate(
      (chartSelector) =>
        [...document.querySelectorAll<SVGTextElement>(`${chartSelector} text`)]
          .filter((node) => (node.textContent ?? '').trim() !== '')
          .map((node) => ({
            text: node.textContent ?? '',
            px: parseFloat(getComputedStyle(node).fontSize) * (node.getScreenCTM()?.a ?? 1),
            full: node.querySelector('title')?.textContent ?? null,
          })),
      selector,
    );
    expect(texts.length).toBeGreaterThan(3);
    for (const { text, px, full } of texts) {
      expect(px, text).toBeGreaterThanOrEqual(14);
      if (text.endsWith('…')) expect(full, text).toBeTruthy();
    }
  }
}

for (const size of SIZES) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('the map starts within 240 px, is at least 300 px tall, and nothing scrolls sideways', async ({
      atlas,
      page,
    }) => {
      await atlas.open('?lang=en');
      const map = page.getByRole('region', { name: 'Map', exact: true });
      await expect(map).toBeVisible();
      const box = await map.boundingBox();
      expect(box?.y).toBeLessThanOrEqual(240);
      expect(box?.height).toBeGreaterThanOrEqual(300);
      expect(await sideways(page)).toBeLessThanOrEqual(0);
    });

    test('every header control is reachable by its name and at least 44 px', async ({ atlas, page }) => {
      await atlas.open('?lang=en');
      const menu = page.getByRole('button', { name: 'Settings' });
      if (size.name === 'phone') {
        await expect(menu).toHaveAttribute('aria-expanded', 'false');
        await expect(page.getByRole('button', { name: 'Dark', exact: true })).toBeHidden();
        await menu.click();
        await expect(menu).toHaveAttribute('aria-expanded', 'true');
      } else {
        await expect(menu).toBeHidden();
      }
      // A phone is offered no Present: the menu says why (the stage needs a projector's width).
      const names = ['EN', 'FR', 'Light', 'Dark', 'Auto', 'Embed'];
      if (size.name === 'phone') {
        await expect(page.locator('header').getByText(/Presenter mode needs a wider screen/)).toBeVisible();
        await expect(
          page.locator('header').getByRole('button', { name: 'Present', exact: true }),
        ).toHaveCount(0);
      } else names.push('Present');
      for (const name of names) {
        const control = page.locator('header').getByRole('button', { name, exact: true });
        await expect(control).toBeVisible();
        const box = await control.boundingBox();
        expect(box && Math.min(box.width, box.height), name).toBeGreaterThanOrEqual(44);
      }
      await page.locator('header').getByRole('button', { name: 'Dark', exact: true }).click();
      await expect(page).toHaveURL(/theme=dark/);
      expect(await sideways(page)).toBeLessThanOrEqual(0);
      if (size.name === 'phone') {
        await page.keyboard.press('Escape');
        await expect(menu).toHaveAttribute('aria-expanded', 'false');
      }
    });

    test('chart text is at least 14 px and a cut label keeps its full text', async ({ atlas, page }) => {
      await atlas.open('?lang=en');
      await expectLegibleCharts(page, size.name);
    });

    test('the baked figures, shown until recharts loads, are as legible', async ({ atlas, page }) => {
      // recharts' two chunks held back: the figures drawn without it stay on the page.
      await page.route(/\/(investments|timeline)-chart-[^/]*\.js$/, () => new Promise(() => {}));
      await atlas.open('?lang=en');
      await expect(page.locator('svg.static-chart')).toHaveCount(2);
      await expectLegibleCharts(page, size.name);
      await page.unrouteAll({ behavior: 'ignoreErrors' });
    });
  });
}
