/**
 * Readable before JavaScript: the build prerenders the default view into index.html;
 * with JavaScript the app takes it over without duplicating it or shifting the layout.
 */
import { expect, test } from '@playwright/test';
import { readDataset } from './support/dataset';

const siteNames = readDataset().sites.map((site) => site.name.en);

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the summary, the site list, the sources line and a picture of the map are readable', async ({
    page,
  }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1, name: 'Compute Atlas' })).toBeVisible();
    await expect(page.getByRole('status')).toContainText(`${siteNames.length} sites on the map`);
    await expect(page.getByRole('status')).toContainText('≥ €2bn');
    const list = page.locator('.site-list li');
    await expect(list).toHaveCount(siteNames.length);
    for (const name of siteNames) await expect(list.filter({ hasText: name })).toHaveCount(1);
    await expect(page.locator('footer')).toContainText('Source: five French news articles');
    const picture = page.locator('.panel-map img');
    await expect(picture).toBeVisible();
    expect(await picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(
      true,
    );
  });
});

test.describe('with JavaScript off, the charts', () => {
  test.use({ javaScriptEnabled: false });

  test('are the tables of every event and every money figure, styled, each panel shown once', async ({
    page,
  }) => {
    const dataset = readDataset();
    await page.goto('./');
    const events = page.getByRole('table', { name: /every event with its lane and date/ });
    await expect(events.locator('tbody tr')).toHaveCount(dataset.events.length);
    const money = page.getByRole('table', { name: /every money figure/ });
    await expect(money.locator('tbody tr')).toHaveCount(dataset.investments.length);
    for (const investment of dataset.investments)
      await expect(money.locator('tbody tr').filter({ hasText: investment.label.en }).first()).toBeVisible();
    // The panels' own stylesheets came through <noscript> links: the table has its cell padding.
    const cell = money.locator('tbody td').first();
    expect(await cell.evaluate((td) => parseFloat(getComputedStyle(td).paddingLeft))).toBeGreaterThan(0);
    // The app's copies of the panels (their figures without the tables) are not shown: one of each.
    await expect(page.getByRole('region', { name: 'Timeline' })).toHaveCount(1);
    await expect(page.getByRole('region', { name: 'Investments' })).toHaveCount(1);
  });
});

test.describe('with JavaScript off, every site', () => {
  test.use({ javaScriptEnabled: false });

  test('has its details: partners, figures and sources that open', async ({ page }) => {
    const dataset = readDataset();
    await page.goto('./');
    const panels = page.locator('.panel-side .details-panel');
    await expect(panels).toHaveCount(dataset.sites.length);
    for (const site of dataset.sites)
      await expect(page.getByRole('region', { name: site.name.en, exact: true })).toBeVisible();
    // Partners are listed where the sources name them (Essonne's: Eclairion, Fluidstack, Nvidia…).
    await expect(
      panels
        .first()
        .getByText(/Partners?/)
        .first(),
    ).toBeAttached();
    // Nothing is inert without JavaScript: a sources disclosure opens.
    const sources = panels.first().locator('details > summary').first();
    await sources.click();
    await expect(panels.first().locator('details[open]').first()).toBeVisible();
  });
});

test.describe('with JavaScript off, on a system that prefers dark', () => {
  test.use({ javaScriptEnabled: false, colorScheme: 'dark' });

  test('the page and its map picture are dark, as the app will draw them: no flash at takeover', async ({
    page,
  }) => {
    await page.goto('./');
    // --color-bg and --map-sea of the dark theme (src/styles/tokens.css).
    await expect(page.locator('html')).toHaveCSS('background-color', 'rgb(15, 18, 22)');
    const picture = page.locator('.panel-map img');
    await expect(picture).toBeVisible();
    // The picture's own style follows the system too: its sea is the dark sea.
    const sea = await page.evaluate(async () => {
      const img = document.querySelector<HTMLImageElement>('.panel-map img')!;
      const svg = await (await fetch(img.src)).text();
      return /@media \(prefers-color-scheme: dark\)\{\.sea\{fill:(#[0-9a-f]+)\}/.exec(svg)?.[1] ?? null;
    });
    expect(sea).toBe('#0b1721');
  });
});

test.describe('with JavaScript on', () => {
  test('the app takes over: one copy of everything, layout shift at most 0.1', async ({ page }) => {
    test.setTimeout(150_000); // software WebGL on a shared 2-core machine: the map can take a while
    await page.addInitScript(() => {
      const w = window as unknown as { __cls: number };
      w.__cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
          if (!entry.hadRecentInput) w.__cls += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('./');
    await page.waitForFunction(() => performance.getEntriesByName('atlas:ready').length > 0, null, {
      timeout: 120_000,
    });
    await expect(page.locator('[data-prerendered], .prerendered')).toHaveCount(0);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('.live-summary')).toHaveCount(1);
    await expect(page.locator('.site-list li')).toHaveCount(siteNames.length);
    await expect(page.locator('footer')).toHaveCount(1);
    await expect(page.locator('.site-list button').first()).toBeEnabled();
    const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
    console.log(`prerender takeover: cumulative layout shift ${cls.toFixed(4)}`);
    expect(cls).toBeLessThanOrEqual(0.1);
  });
});
