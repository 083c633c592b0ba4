/** What the map draws, derived from the model and the store: memoised so a hover rebuilds nothing. */
import { useMemo } from 'react';
import type { AtlasModel } from '../../dataset/model';
import type { Lang } from '../../i18n/languages';
import { knownSitesAt, statusChangesAt, todayIso } from '../../dataset/site-status';
import type { LonLat } from '../../geo/mercator';
import { countryPledges, labelAnchors, type CountryPledges } from './pledge-features';
import { toSiteFeatures, type SiteFeatureCollection } from './site-features';

export interface MapData {
  sites: SiteFeatureCollection;
  pledges: readonly CountryPledges[];
  pledgeCountries: readonly string[];
  /** Where a selectable id sits on the map: a site's location or its pledge callout's anchor. */
  locate: (id: string) => LonLat | null;
}

export function useMapData(
  model: AtlasModel,
  lang: Lang,
  asOf: string | null,
  labels: GeoJSON.FeatureCollection | null,
): MapData {
  // Without a cursor the map shows today: a new day is a new answer.
  const today = todayIso();
  const sites = useMemo(() => {
    const changes = statusChangesAt(model.atlas.sites, asOf, today);
    return toSiteFeatures(
      knownSitesAt(model.atlas.sites, asOf, today),
      lang,
      (site) => changes.get(site)?.status ?? null,
    );
  }, [model, lang, asOf, today]);
  const anchors = useMemo(() => labelAnchors(labels), [labels]);
  const pledges = useMemo(
    () => countryPledges(model.atlas.investments, asOf, anchors),
    [model, asOf, anchors],
  );
  const pledgeCountries = useMemo(() => pledges.map((group) => group.country), [pledges]);
  const locate = useMemo(() => {
    // Built at the first question, not at every cursor step (10,000 sites).
    let places: Map<string, LonLat> | null = null;
    return (id: string) => {
      places ??= placesOf(sites, pledges);
      return places.get(id) ?? null;
    };
  }, [sites, pledges]);
  // One object while its parts hold: MapCanvas is memoised on it.
  return useMemo(
    () => ({ sites, pledges, pledgeCountries, locate }),
    [sites, pledges, pledgeCountries, locate],
  );
}

function placesOf(sites: SiteFeatureCollection, pledges: readonly CountryPledges[]) {
  const places = new Map<string, LonLat>();
  for (const feature of sites.features)
    places.set(feature.properties.id, feature.geometry.coordinates as LonLat);
  for (const group of pledges) {
    if (group.anchor) for (const pledge of group.pledges) places.set(pledge.id, group.anchor);
  }
  return places;
}

/** The country whose pledge is selected, to tint it more strongly. */
export function selectedPledgeCountry(model: AtlasModel, selectedId: string | null): string | null {
  const investment = selectedId ? model.investmentsById.get(selectedId) : undefined;
  return investment && investment.site === undefined ? investment.country : null;
}

/** The extent of everything drawn, for "fit all sites". */
export function dataBounds(data: MapData): [LonLat, LonLat] | null {
  const points: LonLat[] = data.sites.features.map((f) => f.geometry.coordinates as LonLat);
  for (const group of data.pledges) if (group.anchor) points.push(group.anchor);
  if (points.length === 0) return null;
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  return [
    [Math.min(...lons), Math.min(...lats)],
    [Math.max(...lons), Math.max(...lats)],
  ];
}
