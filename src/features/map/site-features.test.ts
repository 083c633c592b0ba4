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
      properties: { id: 'site-paris', name: 'Site de Paris', status: 'announced' },
    });
  });

  it('leaves out sites that have no status at the cursor', () => {
    const collection = toSiteFeatures(sites, 'en', (site) => siteStatusAsOf(site, '2025-03-01'));
    expect(collection.features.map((f) => f.id)).toEqual(['site-paris']);
  });
});
