/** Pure: sites -> GeoJSON for the map's GPU layers. Properties carry only what the style reads. */
import type { Site, SiteStatus } from '../../dataset/schema';
import type { Lang } from '../../i18n/languages';
import { capacityMw } from './site-facts';

export interface SiteFeatureProperties {
  id: string;
  name: string;
  /** The town, for the label of a cluster of nearby sites ("Bruyères-le-Châtel, Les Ulis, Fouju"). */
  place: string;
  status: SiteStatus;
  /** Stated capacity in MW, absent when the sources give none (the style tests `has`). */
  mw?: number;
}

export type SiteFeatureCollection = GeoJSON.FeatureCollection<GeoJSON.Point, SiteFeatureProperties>;
export type SiteFeature = SiteFeatureCollection['features'][number];

// One feature object per site, language and status, reused while they hold, so a cursor
// step rebuilds nothing for the sites it does not change and the map is sent only those it does
// (site-diff.ts). The dataset's site objects never change once validated.
const cache = new WeakMap<Site, Map<string, SiteFeature>>();

function siteFeature(site: Site, lang: Lang, status: SiteStatus): SiteFeature {
  let bySite = cache.get(site);
  if (!bySite) cache.set(site, (bySite = new Map()));
  const key = `${lang} ${status}`;
  let feature = bySite.get(key);
  if (!feature) bySite.set(key, (feature = buildFeature(site, lang, status)));
  return feature;
}

function buildFeature(site: Site, lang: Lang, status: SiteStatus): SiteFeature {
  const properties: SiteFeatureProperties = {
    id: site.id,
    name: site.name[lang],
    place: site.location.place,
    status,
  };
  const mw = capacityMw(site);
  if (mw !== null) properties.mw = mw;
  return {
    type: 'Feature',
    id: site.id,
    geometry: { type: 'Point', coordinates: [site.location.lon, site.location.lat] },
    properties,
  };
}

export function toSiteFeatures(
  sites: readonly Site[],
  lang: Lang,
  statusOf: (site: Site) => SiteStatus | null,
): SiteFeatureCollection {
  const features: SiteFeature[] = [];
  for (const site of sites) {
    const status = statusOf(site);
    if (status) features.push(siteFeature(site, lang, status));
  }
  return { type: 'FeatureCollection', features };
}
