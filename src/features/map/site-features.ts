/** Pure: sites -> GeoJSON for the map's GPU layers. Properties carry only what the style reads. */
import type { Site, SiteStatus } from '../../dataset/schema';
import type { Lang } from '../../i18n/languages';

export interface SiteFeatureProperties {
  id: string;
  name: string;
  status: SiteStatus;
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
    features.push({
      type: 'Feature',
      id: site.id,
      geometry: { type: 'Point', coordinates: [site.location.lon, site.location.lat] },
      properties: { id: site.id, name: site.name[lang], status },
    });
  }
  return { type: 'FeatureCollection', features };
}
