import { describe, expect, it } from 'vitest';
import { sampleAtlas } from '../../dataset/sample-atlas';
import { siteStatusAsOf } from '../../dataset/site-status';
import { toSiteFeatures } from './site-features';

describe('toSiteFeatures', () => {
  const sites = sampleAtlas().sites;

  it('places each known site at lon/lat with its id, localized name and status', () => {
    const collection = toSiteFeatures(sites, 'fr', (site) => siteStatusAsOf(site, null));
    expect(collection.features).toHaveLength(2);
    expect(collection.features[0]).toEqual({
      type: 'Feature',
      id: 'site-paris',
      geometry: { type: 'Point', coordinates: [2.35, 48.85] },
      properties: { id: 'site-paris', name: 'Site de Paris', place: 'Paris', status: 'announced' },
    });
  });

  it('leaves out sites that have no status at the cursor', () => {
    const collection = toSiteFeatures(sites, 'en', (site) => siteStatusAsOf(site, '2025-03-01'));
    expect(collection.features.map((f) => f.id)).toEqual(['site-paris']);
  });

  it("reuses a site's feature while its language and status hold, and builds a new one when either changes", () => {
    const at = (asOf: string | null, lang: 'fr' | 'en' = 'en') =>
      toSiteFeatures(sites, lang, (site) => siteStatusAsOf(site, asOf, '2026-12-01'));
    const before = at('2025-03-01');
    const later = at('2026-06-01');
    expect(later.features[0]).toBe(before.features[0]);
    expect(later.features).toHaveLength(2);
    expect(at('2026-06-01', 'fr').features[0]).not.toBe(before.features[0]);
    const upgraded = { ...sites[0]!, statusHistory: [...sites[0]!.statusHistory] };
    upgraded.statusHistory.push({
      ...sites[0]!.statusHistory[0]!,
      status: 'operational',
      date: { start: '2026-01-01', precision: 'day', certainty: 'stated' },
    });
    const [early, late] = [null, '2026-06-01'].map(
      (asOf) =>
        toSiteFeatures([upgraded], 'en', (site) => siteStatusAsOf(site, asOf, '2025-03-01')).features[0],
    );
    expect(early?.properties.status).toBe('announced');
    expect(late?.properties.status).toBe('operational');
  });
});
