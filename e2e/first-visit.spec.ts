import type { Page } from '@playwright/test';
import { readDetailsDataset } from './support/details-driver';
import { test, expect } from './support/atlas-test';

// A first visit, as a newcomer meets it at 1440×900: nothing blank, nothing moving by itself, no
// tooltip left behind, no internal name on screen, and a language switch that reaches everything.
test.describe.configure({ timeout: 180_000 });

/**
 * Counts the animation frames, after the app took the page over and before the map said it drew,
 * in which the map box shows no picture at all (neither the prerendered one nor the live map).
 */
function countEmptyMapFrames(page: Page) {
  return page.addInitScript(() => {
    const w = window as unknown as { __emptyMapFrames: number; __mapFrames: number };
    w.__emptyMapFrames = 0;
    w.__mapFrames = 0;
    const tick = () => {
      const live = document.querySelector('#root:not([hidden]) .live-summary');
      if (document.querySelector('#root:not([hidden]) main#content[data-ready]')) return;
      if (live && document.querySelector('#root .panel-map')) {
        w.__mapFrames += 1;
        // A picture still downloading on a slow line is the prerendered page's own wait, not a gap.
        const picture = [...document.querySelectorAll<HTMLImageElement>('#root img.prerender-map')].some(
          (img) => img.checkVisibility(),
        );
        if (!picture) w.__emptyMapFrames += 1;
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** Every layout shift of the page, whether or not it followed an input. */
function recordLayoutShifts(page: Page) {
  return page.addInitScript(() => {
    const w = window as unknown as { __shifts: { value: number; sources: string[] }[] };
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as {
        value: number;
        sources?: { node?: Node }[];
      }[]) {
        const sources = (entry.sources ?? []).map((s) => {
          const node = s.node as Element | undefined;
          return node?.nodeType === 1 ? `${node.tagName}.${node.className}` : String(node?.nodeName);
        });
        w.__shifts.push({ value: entry.value, sources });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

test('the prerendered map picture stays until the live map has drawn', async ({ atlas, page }) => {
  await countEmptyMapFrames(page);
  await atlas.open('?lang=en');
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __emptyMapFrames: number; __mapFrames: number };
    return { empty: w.__emptyMapFrames, all: w.__mapFrames };
  });
  expect(frames.empty, `${frames.empty} of ${frames.all} frames showed an empty map box`).toBe(0);
  // Once the map has drawn, the picture goes: it must not cover the live map.
  await expect(page.locator('#root img.prerender-map')).toHaveCount(0);
});

test('nothing moves by itself: a late control or a selection shifts no layout', async ({ atlas, page }) => {
  await recordLayoutShifts(page);
  await atlas.open('?lang=en');
  await expect(page.getByRole('button', { name: 'Export' })).toBeEnabled();
  await atlas.selectSiteInList(/Borlänge/);
  await expect(atlas.detailsHeading()).toContainText('Borlänge');
  await expect(page.getByRole('status', { name: /summary|résumé/i })).toContainText('Selected');
  const shifts = await page.evaluate(
    () => (window as unknown as { __shifts: { value: number; sources: string[] }[] }).__shifts,
  );
  const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
  expect(total, JSON.stringify(shifts)).toBeLessThanOrEqual(0.02);
  // Below that budget, nothing visible moves at all: no header control, not the map.
  expect(shifts.filter((shift) => shift.value > 0.001)).toEqual([]);
});

test('a click on a site selects it and puts its tooltip away', async ({ atlas, page }) => {
  await atlas.open('?lang=en');
  await atlas.map.hoverSite('borlange');
  await expect(page.getByRole('tooltip')).toContainText('Borlänge');
  await atlas.map.selectSiteOnMap('borlange');
  await expect(atlas.detailsHeading()).toContainText('Borlänge');
  await expect(page.getByRole('tooltip')).toHaveCount(0);
});

const dataset = readDetailsDataset() as unknown as Record<string, { id: string }[] | unknown>;
const recordIds = ['sites', 'events', 'investments', 'facts', 'notes', 'sources'].flatMap((key) =>
  ((dataset[key] as { id: string }[] | undefined) ?? []).map((record) => record.id),
);
/** Ids a reader could mistake for words ("essonne") are left out: the hyphenated ones are ours. */
const internalIds = recordIds.filter((id) => id.includes('-'));
const FILE_NAME = /\b\d{3}_[0-9a-f]{16}\.txt\b/;

for (const site of ['essonne', 'borlange']) {
  test(`the details of ${site} name outlets, titles and dates, never a file or a record id`, async ({
    atlas,
    page,
  }) => {
    await atlas.open(`?lang=en&site=${site}`);
    await expect(atlas.detailsHeading()).toBeVisible();
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(FILE_NAME);
    const named = internalIds.filter((id) => new RegExp(`(^|[^a-z0-9-])${id}($|[^a-z0-9-])`).test(text));
    expect(named).toEqual([]);
    // A badge is a word of its own: "≈ From a reference Date of…", not "referenceDate".
    expect(text).not.toMatch(/From a reference\S/);
  });
}

test('the overdue badge draws its clock as a picture, not as a font glyph', async ({ atlas, page }) => {
  await atlas.open('?lang=en');
  const badge = page.getByText(/^\W*Overdue$/).first();
  await expect(badge).toBeVisible();
  // The system's fallback font drew "⏱" as a dotted blot; an SVG icon reads at 1× and 2×.
  await expect(badge).not.toContainText('⏱');
  const icon = badge.locator('svg');
  await expect(icon).toBeVisible();
  const box = await icon.boundingBox();
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(9);
});

test('a switch to French reaches the whole page, the map credit included', async ({ atlas, page }) => {
  await atlas.open('?lang=en');
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'FR' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { name: 'Chronologie' })).toBeVisible();
  const switched = await page.locator('body').innerText();

  const fresh = await page.context().newPage();
  await fresh.goto('./?lang=fr');
  await expect(fresh.locator('main#content[data-ready]')).toBeAttached({ timeout: 90_000 });
  const french = await fresh.locator('body').innerText();
  await fresh.close();

  expect(switched).toContain('Fond de carte\u00a0: Natural Earth');
  expect(switched).not.toContain('Basemap: Natural Earth');
  const lines = (text: string) =>
    new Set(
      text
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    );
  const frenchLines = lines(french);
  expect([...lines(switched)].filter((line) => !frenchLines.has(line))).toEqual([]);
});
