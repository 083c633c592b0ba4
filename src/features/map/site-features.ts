/** Pure: sites -> GeoJSON for the map's GPU layers. Properties carry only what the style reads. */
import type { Site, SiteStatus } from '../../dataset/schema';
import type { Lang } from '../../i18n/languages';
import { capacityMw } from './site-facts';

export interface SiteFeatureProperties {
  id: string;
  name: string;
  status: SiteStatus;
  /** Stated capacity in MW, absent when the sources give none (the style tests `has`). */
  mw?: number;
}

export type SiteFeatureCollection = GeoJSON.FeatureCollection<GeoJSON.Point, SiteFeatureProperties>;

export function toSiteFeatures(
  sites: readonly Site[],
  lang: Lang,
  statusOf: (site: Site) => SiteStatus | null,
): SiteFeatureCollection {
  const features: SiteFeatureCollection['features'] = [];
  for (const site of sites) {
    const status = statusOf(site);
    if (!status) continue;
    const properties: SiteFeatureProperties = { id: site.id, name: site.name[lang], status };
    const mw = capacityMw(site);
    if (mw !== null) properties.mw = mw;
    features.push({
      type: 'Feature',
      id: site.id,
      geometry: { type: 'Point', coordinates: [site.location.lon, site.location.lat] },
      properties,
    });
  }
  return { type: 'FeatureCollection', features };
}
