/**
 * The charts are baked into the page: without JavaScript both are there as SVG beside their
 * tables, with every site's partners; with JavaScript the baked figures are the first view, and
 * recharts takes over each one in the same box after `atlas:ready` (or the wait's fallback, on a
 * first view slower than it), moving nothing.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { readDataset } from './support/dataset';

const dataset = JSON.parse(readFileSync(new URL('../data/atlas.json', import.meta.url), 'utf8')) as {
  sites: { name: { en: string }; partners?: { name: string }[] }[];
};

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('every site shows its partners, and both charts are SVG beside their tables', async ({ page }) => {
    const { events, investments } = readDataset();
    await page.goto('./');
    for (const site of dataset.sites) {
      const details = page.getByRole('region', { name: site.name.en, exact: true });
      await expect(details).toBeVisible();
      for (const partner of site.partners ?? []) await expect(details).toContainText(partner.name);
    }
    const timeline = page.getByRole('region', { name: 'Timeline' });
    const marks = timeline.locator('svg.timeline-chart [data-event-id]');
    await expect(marks).toHaveCount(events.length);
    await expect(marks.first()).toBeVisible();
    // Drawn in the theme's colours: the strict CSP keeps no style attribute, so the marks carry
    // them as SVG attributes (without them every mark would be black).
    const fills = await marks
      .locator('.timeline-mark')
      .evaluateAll((all) => all.map((mark) => getComputedStyle(mark).fill));
    expect(fills.filter((fill) => /^rgb/.test(fill) && fill !== 'rgb(0, 0, 0)').length).toBeGreaterThan(0);
    expect(fills).not.toContain('rgb(0, 0, 0)');
    await expect(timeline.getByRole('table', { name: /every event/ })).toBeVisible();
    const money = page.getByRole('region', { name: 'Investments' });
    await expect(money.locator('svg.investments-chart [data-investment-id]')).toHaveCount(investments.length);
    await expect(money.locator('svg.investments-chart')).toBeVisible();
    await expect(money.getByRole('table', { name: /every money figure/ })).toBeVisible();
  });
});

test.describe('with JavaScript on', () => {
  test('the baked charts are the first view; recharts takes over after atlas:ready and shifts nothing', async ({
    page,
  }) => {
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
    // Recharts has drawn both charts' marks in place of the baked figures.
    await expect(page.locator('.recharts-wrapper.timeline-chart .timeline-marks')).toHaveCount(1);
    await expect(page.locator('.recharts-wrapper.investments-chart .investment-rows')).toHaveCount(1);
    await expect(page.locator('svg.static-chart')).toHaveCount(0);
    // Its chunks were not part of the first view: fetched after the atlas was ready, or, when the
    // first view was slower than the charts' wait (the map on a busy machine: ready at 25 s in one
    // run), after the wait's fallback, which the page marks.
    const timing = await page.evaluate(() => {
      const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? Infinity;
      const charts = performance
        .getEntriesByType('resource')
        .filter((entry) => /\/assets\/(timeline|investments)-chart-[\w-]+\.js$/.test(entry.name));
      return {
        ready: at('atlas:ready'),
        fallback: at('atlas:charts-before-ready'),
        charts: charts.map((entry) => entry.startTime),
      };
    });
    expect(timing.charts).toHaveLength(2);
    const earliest = Math.min(timing.ready, timing.fallback);
    for (const start of timing.charts) expect(start).toBeGreaterThanOrEqual(earliest);
    const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
    console.log(`baked charts to recharts: cumulative layout shift ${cls.toFixed(4)}`);
    expect(cls).toBeLessThanOrEqual(0.02);
  });
});
