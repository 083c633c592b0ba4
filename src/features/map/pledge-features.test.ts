import { describe, expect, it } from 'vitest';
import { sampleAtlas } from '../../dataset/sample-atlas';
import type { Investment } from '../../dataset/schema';
import { calloutSide, countryPledges, labelAnchors } from './pledge-features';

const pledge = (id: string, country: string, start: string): Investment => ({
  id,
  label: { fr: id, en: id },
  investor: { fr: 'État', en: 'State' },
  target: { fr: country, en: country },
  country,
  amount: { text: '10 milliards', unit: 'EUR', kind: 'exact', value: 1e10 },
  announced: { start, precision: 'day', certainty: 'stated' },
  citations: [],
  external: [],
});

describe('country-level pledges', () => {
  const investments = [
    ...sampleAtlas().investments, // a pledge to a site: not a country pledge
    pledge('fr-late', 'FR', '2025-02-10'),
    pledge('fr-early', 'FR', '2025-02-09'),
    pledge('eu', 'EU', '2025-02-11'),
    pledge('nowhere', 'ZZ', '2025-02-11'),
  ];
  const anchors = new Map([['FR', [2.5, 46.6] as [number, number]]]);

  it('groups pledges with no site by country, oldest first, at the country label point', () => {
    const groups = countryPledges(investments, null, anchors);
    expect(groups.map((g) => [g.country, g.anchor, g.pledges.map((p) => p.id)])).toEqual([
      ['FR', [2.5, 46.6], ['fr-early', 'fr-late']],
      ['EU', [4.35, 50.85], ['eu']],
      ['ZZ', null, ['nowhere']],
    ]);
  });

  it('leaves out pledges not yet announced at the time cursor', () => {
    const groups = countryPledges(investments, '2025-02-09', anchors);
    expect(groups.map((g) => g.pledges.map((p) => p.id))).toEqual([['fr-early']]);
  });

  it('reads label points from the basemap labels', () => {
    const labels: GeoJSON.FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { iso: 'SE' }, geometry: { type: 'Point', coordinates: [15, 62] } },
      ],
    };
    expect(labelAnchors(labels).get('SE')).toEqual([15, 62]);
    expect(labelAnchors(null).size).toBe(0);
  });

  it('hangs western callouts over the Atlantic', () => {
    expect(calloutSide([2.5, 46.6])).toBe('left');
    expect(calloutSide([15, 62])).toBe('right');
  });
});
