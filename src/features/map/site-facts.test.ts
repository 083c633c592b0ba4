import { describe, expect, it } from 'vitest';
import { buildAtlasModel } from '../../dataset/model';
import { sampleAtlas } from '../../dataset/sample-atlas';
import type { Quantity, Site } from '../../dataset/schema';
import { capacityMw, siteHeadline } from './site-facts';

const withFigures = (site: Site, figures: [Site['figures'][number]['metric'], Quantity][]): Site => ({
  ...site,
  figures: figures.map(([metric, quantity]) => ({ metric, quantity, citations: [], external: [] })),
});

describe('site facts for the map', () => {
  const atlas = sampleAtlas();
  const paris = atlas.sites[0]!;
  const model = buildAtlasModel(atlas);

  it('sizes by the stated capacity, else the planned one; a lower bound counts as its minimum', () => {
    expect(capacityMw(paris)).toBeNull();
    expect(
      capacityMw(withFigures(paris, [['capacity', { text: '40 MW', unit: 'MW', kind: 'exact', value: 40 }]])),
    ).toBe(40);
    expect(
      capacityMw(
        withFigures(paris, [
          [
            'capacity-planned',
            { text: 'au moins 1 GW', unit: 'MW', kind: 'lower-bound', min: 1000, max: null },
          ],
        ]),
      ),
    ).toBe(1000);
    expect(
      capacityMw(
        withFigures(paris, [
          ['capacity', { text: '100 à 200 MW', unit: 'MW', kind: 'range', min: 100, max: 200 }],
        ]),
      ),
    ).toBe(150);
  });

  it('headlines the capacity, else the money pledged for the site', () => {
    expect(siteHeadline(paris, model)).toEqual({
      kind: 'investment',
      quantity: atlas.investments[0]!.amount,
    });
    const quantity: Quantity = { text: '40 MW', unit: 'MW', kind: 'exact', value: 40 };
    expect(siteHeadline(withFigures(paris, [['capacity', quantity]]), model)).toEqual({
      kind: 'capacity',
      quantity,
    });
    expect(siteHeadline(atlas.sites[1]!, model)).toBeNull();
  });
});
