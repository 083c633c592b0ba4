import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './support/atlas-test';
import { type Page } from '@playwright/test';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  // Compact, readable failures: rule, impact and the first few offending nodes.
  return results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
  }));
}

const views = [
  { name: 'default view with a site selected', query: '?site=essonne' },
  { name: 'French, a pledge selected', query: '?site=borlange-campus&lang=fr' },
  { name: 'dark theme', query: '?site=borlange&theme=dark' },
  { name: 'embed layout', query: '?embed=1&site=essonne' },
  { name: 'embed, two panels, dark', query: '?embed=1&panels=details,map&theme=dark' },
  { name: 'time cursor before every event', query: '?date=2020-01-01' },
];

for (const view of views) {
  test(`axe finds no WCAG 2.2 AA violation: ${view.name}`, async ({ atlas, page }) => {
    await atlas.open(view.query);
    expect(await violations(page)).toEqual([]);
  });
}

for (const query of ['?site=essonne', '?site=borlange&theme=dark&lang=fr']) {
  test(`axe finds no violation with the About page open (${query})`, async ({ atlas, page }) => {
    await atlas.open(query);
    await page.getByRole('button', { name: /About the data|À propos des données/ }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('axe finds no violation and nothing scrolls sideways', async ({ atlas, page }) => {
    await atlas.open('?site=essonne');
    expect(await violations(page)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  for (const tab of ['Timeline', 'Investments']) {
    test(`the ${tab} tab passes axe and fits the width`, async ({ atlas, page }) => {
      await atlas.open('?site=borlange&theme=dark');
      await page.getByRole('tab', { name: tab }).click();
      await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
      expect(await violations(page)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }

  test('the France pledges docked below the map pass axe, fit the width, and are 44 px targets', async ({
    atlas,
    page,
  }) => {
    // At the overview: a selected site near Paris would zoom the map past its cluster, and France's
    // callout with it.
    await atlas.open('?lang=fr');
    await page.locator('.pledge-callout .pledge-toggle').first().click();
    const docked = page.getByRole('region', { name: /France/ }).locator('.pledge');
    await expect(docked.first()).toBeVisible();
    expect(await violations(page)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    for (const box of await docked.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height)))
      expect(box).toBeGreaterThanOrEqual(44);
  });

  test('touch targets in the header and tabs are at least 44 px', async ({ atlas, page }) => {
    await atlas.open();
    // The phone header folds its controls behind one menu button: open it first.
    await page.getByRole('button', { name: /Settings|Réglages/ }).click();
    const targets = page.locator('header button:visible, [role="tab"]:visible');
    const count = await targets.count();
    expect(count).toBeGreaterThan(4);
    for (let i = 0; i < count; i += 1) {
      const box = await targets.nth(i).boundingBox();
      expect(box && Math.min(box.width, box.height), await targets.nth(i).innerText()).toBeGreaterThanOrEqual(
        44,
      );
    }
  });
});
