/**
 * Issue 18, "labels never hidden": at a phone, a tablet and a desktop size, no site label that the
 * map drew is covered by a pledge callout, the legend or the map controls, or cut by the map's edge.
 * Label boxes come from maplibre's collision index (the test handle's labelBoxes); the others from
 * the DOM.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './support/atlas-test';
import type { MapDriver } from './support/map-driver';

const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'tablet', width: 768, height: 1024 },
  { name: 'desktop', width: 1440, height: 900 },
] as const;

const TEXT_PADDING = 2;

/** Every site of the dataset, by id and town: at the overview each is named by its own label or a cluster's. */
const SITES = (
  JSON.parse(readFileSync(new URL('../data/atlas.json', import.meta.url), 'utf8')) as {
    sites: { id: string; location: { place: string } }[];
  }
).sites.map((site) => ({ id: site.id, place: site.location.place }));

interface Box {
  name: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** What the map draws over itself, in container pixels; hidden elements have no box. */
function overlayBoxes(page: Page): Promise<Box[]> {
  return page.locator('.map-container').evaluate((container) => {
    const origin = container.getBoundingClientRect();
    const root = container.closest('.map-view') ?? container;
    const selectors = [
      ['callout', '.pledge-callout .pledge-card, .pledge-callout .pledge-pin'],
      ['legend', '.map-legend'],
      ['controls', '.map-controls, .maplibregl-ctrl'],
    ] as const;
    return selectors.flatMap(([kind, selector]) =>
      [...root.querySelectorAll<HTMLElement>(selector)]
        .filter((el) => el.getClientRects().length > 0)
        .map((el) => {
          const r = el.getBoundingClientRect();
          const name = `${kind} ${el.className} ${el.closest('.pledge-callout')?.textContent ?? ''}`.trim();
          return {
            name,
            left: r.left - origin.left,
            top: r.top - origin.top,
            right: r.right - origin.left,
            bottom: r.bottom - origin.top,
          };
        }),
    );
  });
}

const meets = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

async function expectNoLabelCovered(page: Page, map: MapDriver, { everySiteNamed = true } = {}) {
  await map.idle();
  // The box query answers with maplibre's collision box: the glyphs plus `text-padding` (2 px, the
  // default) on each side. "Covered" is about the glyphs.
  const labels = (await map.ask('labelBoxes')).map((l) => ({
    name: `label ${l.id}`,
    id: l.id,
    left: l.left + TEXT_PADDING,
    top: l.top + TEXT_PADDING,
    right: l.right - TEXT_PADDING,
    bottom: l.bottom - TEXT_PADDING,
  }));
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
  // Nor cut by the map's own edge at the overview (the French Borlänge label on a phone was); zoomed
  // in on one site, a neighbour's label at the frame's edge is cut as on any map.
  const frame = (await page.locator('.map-container').boundingBox())!;
  const cut = labels.filter(
    (l) => l.left < 0 || l.top < 0 || l.right > frame.width || l.bottom > frame.height,
  );
  if (everySiteNamed) expect(cut.map((l) => l.name)).toEqual([]);
  const overlays = await overlayBoxes(page);
  expect(overlays.some((o) => o.name.startsWith('callout'))).toBe(true);
  const covered = labels.flatMap((label) =>
    overlays.filter((o) => meets(label, o)).map((o) => `${label.name} under ${o.name}`),
  );
  expect(covered).toEqual([]);
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
      if (size.name === 'phone') {
        // A phone map has no free spot for the list (about 150 × 190 px on a 364 × 437 map between
        // two labels and the controls): it docks below the map, which keeps its size.
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
