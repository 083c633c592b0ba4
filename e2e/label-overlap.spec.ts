/**
 * "labels never hidden": at a phone, a tablet, a laptop and a desktop size, no site label that the
 * map drew is covered by a pledge callout, the legend or the map controls, or cut by the map's edge.
 * Label boxes come from maplibre's collision index (the test handle's labelBoxes); the others from
 * the DOM.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './support/atlas-test';
import { collectOverlayBoxes, glyphBox, labelOverlapProblems } from './support/label-overlap';
import type { MapDriver } from './support/map-driver';

const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'tablet', width: 768, height: 1024 },
  // A short laptop window: the open legend reached down over the Essonne label (in French).
  { name: 'laptop', width: 1024, height: 768 },
  { name: 'desktop', width: 1440, height: 900 },
] as const;

/** Every site of the dataset, by id and town: at the overview each is named by its own label or a cluster's. */
const SITES = (
  JSON.parse(readFileSync(new URL('../data/atlas.json', import.meta.url), 'utf8')) as {
    sites: { id: string; location: { place: string } }[];
  }
).sites.map((site) => ({ id: site.id, place: site.location.place }));

async function expectNoLabelCovered(page: Page, map: MapDriver, { everySiteNamed = true } = {}) {
  await map.idle();
  const labels = (await map.ask('labelBoxes')).map(glyphBox);
  if (everySiteNamed) {
    // Three sites lie within 60 km of Paris: at the overview they share a cluster, whose label
    // names their towns ("cluster:Bruyères-le-Châtel, Les Ulis, Fouju"); every other site has its own.
    const own = labels.filter((l) => !l.id.startsWith('cluster:')).map((l) => l.id);
    const clustered = labels
      .filter((l) => l.id.startsWith('cluster:'))
      .flatMap((l) => l.id.slice('cluster:'.length).split(', '));
    const unnamed = SITES.filter((site) => !own.includes(site.id) && !clustered.includes(site.place));
    expect(unnamed.map((site) => site.id)).toEqual([]);
  }
  const frame = (await page.locator('.map-container').boundingBox())!;
  const overlays = await page.locator('.map-container').evaluate(collectOverlayBoxes);
  expect(overlays.some((o) => o.name.startsWith('callout'))).toBe(true);
  // Nor cut by the map's own edge at the overview (the French Borlänge label on a phone was); zoomed
  // in on one site, a neighbour's label at the frame's edge is cut as on any map.
  const problemsNow = async () => {
    const boxes = (await map.ask('labelBoxes')).map(glyphBox);
    const over = await page.locator('.map-container').evaluate(collectOverlayBoxes);
    const problems = labelOverlapProblems(boxes, over, frame);
    return everySiteNamed ? problems : problems.filter((p) => !p.endsWith("cut by the map's edge"));
  };
  // A callout places itself once the map is idle and its card measured: the layout a reader looks
  // at is the settled one, so the check waits for the placement instead of reading it mid-move.
  await expect.poll(problemsNow, { timeout: 15_000 }).toEqual([]);
}

for (const size of SIZES) {
  test.describe(`labels at ${size.width}×${size.height}`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    for (const lang of ['en', 'fr'] as const) {
      test(`no site label is under a callout, the legend or the controls (${lang})`, async ({
        atlas,
        page,
      }) => {
        await atlas.open(`?lang=${lang}`);
        await atlas.map.renderedSiteIds();
        await expectNoLabelCovered(page, atlas.map);
      });
    }

    test('nor once a site near Paris is selected: the map zooms past its cluster, every label readable', async ({
      atlas,
      page,
    }) => {
      await atlas.open('?lang=en&site=essonne');
      await atlas.map.renderedSiteIds();
      await expect.poll(() => atlas.map.renderedSiteIdsNow()).toContain('essonne');
      const labels = (await atlas.map.ask('labelBoxes')).map((l) => l.id);
      expect(labels).toEqual(expect.arrayContaining(['essonne', 'les-ulis']));
      await expectNoLabelCovered(page, atlas.map, { everySiteNamed: false });
    });

    // Borlänge stands alone: selecting it keeps the overview, where the France callout is.
    test('nor once a site is selected and the France callout unfolded', async ({ atlas, page }) => {
      await atlas.open('?lang=en&site=borlange');
      await atlas.map.renderedSiteIds();
      const toggle = page.locator('.pledge-callout .pledge-toggle').first();
      const frame = await page.locator('.map-container').boundingBox();
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      const list = page.locator(`#${await toggle.getAttribute('aria-controls')}`);
      await expect(list.getByRole('button').first()).toBeVisible();
      if (size.name === 'phone' || size.name === 'tablet') {
        // A narrow map has no free spot for the list (on a phone, about 150 × 190 px on a 364 × 437
        // map between two labels and the controls; on a portrait tablet, between the Paris
        // cluster's label, the legend and the map's bottom edge): it docks below the map, which
        // keeps its size.
        const box = await list.boundingBox();
        expect(box!.y).toBeGreaterThanOrEqual(frame!.y + frame!.height);
        expect(await page.locator('.map-container').boundingBox()).toEqual(frame);
      } else {
        await expect(page.locator('.pledge-callout').first().locator(list)).toBeVisible();
      }
      await expectNoLabelCovered(page, atlas.map, { everySiteNamed: false });
    });
  });
}
