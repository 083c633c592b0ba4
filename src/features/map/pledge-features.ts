/**
 * Pure: country-level pledges (investments with no `site`: money promised to a country) grouped by
 * country, known at the time cursor, each group anchored at its country's label point.
 */
import type { Investment } from '../../dataset/schema';
import { isKnownBy } from '../../lib/date-value';
import type { LonLat } from '../../geo/mercator';

export interface CountryPledges {
  country: string;
  /** Where the callout points: the country's label point; null when the basemap has no such country. */
  anchor: LonLat | null;
  pledges: readonly Investment[];
}

/** Codes the basemap has no polygon for but pledges may use. */
const EXTRA_ANCHORS: Record<string, LonLat> = { EU: [4.35, 50.85] };

export function isCountryPledge(investment: Investment): boolean {
  return investment.site === undefined;
}

export function countryPledges(
  investments: readonly Investment[],
  asOf: string | null,
  anchors: ReadonlyMap<string, LonLat>,
): CountryPledges[] {
  const groups = new Map<string, Investment[]>();
  for (const investment of investments) {
    if (!isCountryPledge(investment) || !isKnownBy(investment.announced, asOf)) continue;
    const group = groups.get(investment.country) ?? [];
    group.push(investment);
    groups.set(investment.country, group);
  }
  return [...groups].map(([country, pledges]) => ({
    country,
    anchor: anchors.get(country) ?? EXTRA_ANCHORS[country] ?? null,
    pledges: [...pledges].sort((a, b) => a.announced.start.localeCompare(b.announced.start)),
  }));
}

/** Label points by ISO code, read from the basemap's labels.geojson. */
export function labelAnchors(labels: GeoJSON.FeatureCollection | null): Map<string, LonLat> {
  const anchors = new Map<string, LonLat>();
  for (const feature of labels?.features ?? []) {
    const iso = feature.properties?.iso;
    if (typeof iso === 'string' && feature.geometry.type === 'Point') {
      const [lon, lat] = feature.geometry.coordinates;
      anchors.set(iso, [lon!, lat!]);
    }
  }
  return anchors;
}

/**
 * Western countries' callouts hang over the Atlantic (left), the others to the right: at the
 * European zoom, a card to the right of France would cover the Essonne site's label.
 */
export function calloutSide(anchor: LonLat, narrow = false): 'left' | 'right' {
  // On a phone the Atlantic is off-screen: always hang right.
  return anchor[0] < 8 && !narrow ? 'left' : 'right';
}
