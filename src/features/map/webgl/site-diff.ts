/**
 * A time-cursor step changes a few of 10,000 sites. Sending the map the whole collection
 * again (setData) copies every feature to its worker at each step; a diff of the sites that
 * appeared, disappeared or changed (maplibre's GeoJSONSource.updateData) copies only those. Pure.
 * Features are compared by identity: toSiteFeatures reuses a site's feature while it is unchanged.
 */
import type { SiteFeature, SiteFeatureCollection } from '../site-features';

export interface SiteDiff {
  /** Ids no longer drawn. */
  remove: string[];
  /** New or changed features (maplibre replaces a feature added under an id it has). */
  add: SiteFeature[];
}

/** At most this share of the sites changed, a diff is cheaper than sending them all again. */
export const DIFF_SHARE_LIMIT = 0.5;

export function siteDiff(previous: SiteFeatureCollection, next: SiteFeatureCollection): SiteDiff {
  const before = new Map(previous.features.map((feature) => [feature.properties.id, feature]));
  const add: SiteFeature[] = [];
  for (const feature of next.features) {
    if (before.get(feature.properties.id) !== feature) add.push(feature);
    before.delete(feature.properties.id);
  }
  return { remove: [...before.keys()], add };
}

/** The diff, when it is small enough to be worth sending instead of every site. */
export function smallSiteDiff(previous: SiteFeatureCollection, next: SiteFeatureCollection): SiteDiff | null {
  const diff = siteDiff(previous, next);
  const changed = diff.remove.length + diff.add.length;
  return changed <= DIFF_SHARE_LIMIT * Math.max(next.features.length, previous.features.length) ? diff : null;
}
