import { describe, expect, it } from 'vitest';
import { sampleAtlas } from '../../../dataset/sample-atlas';
import { siteStatusAsOf } from '../../../dataset/site-status';
import { siteDiff, smallSiteDiff } from './site-diff';
import { toSiteFeatures, type SiteFeatureCollection } from '../site-features';

const sites = sampleAtlas().sites;
const atCursor = (asOf: string | null): SiteFeatureCollection =>
  toSiteFeatures(sites, 'en', (site) => siteStatusAsOf(site, asOf, '2026-12-01'));

const collection = (ids: string[], renamed: string[] = []): SiteFeatureCollection => ({
  type: 'FeatureCollection',
  features: ids.map((id) => feature(id, renamed.includes(id) ? 'renamed' : id)),
});
const features = new Map<string, SiteFeatureCollection['features'][number]>();
function feature(id: string, name: string) {
  const key = `${id} ${name}`;
  if (!features.has(key))
    features.set(key, {
      type: 'Feature',
      id,
      geometry: { type: 'Point', coordinates: [0, 0] },
      properties: { id, name, place: name, status: 'announced' },
    });
  return features.get(key)!;
}

describe('siteDiff', () => {
  it('lists the sites that appeared, disappeared or changed, and nothing else', () => {
    const before = collection(['a', 'b', 'c', 'd']);
    const after = collection(['a', 'b', 'd', 'e'], ['d']);
    expect(siteDiff(before, after)).toEqual({
      remove: ['c'],
      add: [feature('d', 'renamed'), feature('e', 'e')],
    });
    expect(siteDiff(after, after)).toEqual({ remove: [], add: [] });
  });

  it('finds no change between two cursor steps that change no site', () => {
    expect(siteDiff(atCursor('2026-03-01'), atCursor('2026-06-01'))).toEqual({ remove: [], add: [] });
    const diff = siteDiff(atCursor('2025-03-01'), atCursor('2026-06-01'));
    expect(diff.remove).toEqual([]);
    expect(diff.add.map((f) => f.properties.id)).toEqual(['site-borlange']);
  });
});

describe('smallSiteDiff', () => {
  it('gives the diff while at most half the sites change, and null (send them all) beyond', () => {
    const ten = collection(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(
      smallSiteDiff(ten, collection(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'], ['0', '1'])),
    ).not.toBeNull();
    expect(smallSiteDiff(ten, collection(['0', '1', '2', '3', '4']))?.remove).toEqual([
      '5',
      '6',
      '7',
      '8',
      '9',
    ]);
    expect(smallSiteDiff(ten, collection(['0', '1', '2', '3']))).toBeNull();
  });
});
