import type {
  Feature,
  FeatureCollection,
  GeoJsonProperties,
  MultiLineString,
  MultiPolygon,
  Point as GeoPoint,
} from 'geojson';
import { feature, merge, mesh } from 'topojson-client';
import type {
  GeometryObject,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';
import { clipLineOnSphere, clipRingOnSphere, unwrapRing } from './antimeridian.ts';
import { COUNTRY_NAMES, countryKey } from './country-names.ts';
import { EUROPE_BBOX } from './geometry-types.ts';
import type { Bbox, Line, PolygonRings, Ring, WorldTopology } from './geometry-types.ts';
import { labelPoint } from './label-point.ts';
import { polygonAreaKm2, roundLine, roundRing, signedDistance } from './ring-math.ts';
import { reassignTerritories } from './reassign-territories.ts';
import { simplifyTopology } from './simplify-topology.ts';

export type CountryProperties = { iso: string; name_en: string; name_fr: string };
export type LabelProperties = CountryProperties & { rank: number };
export type { WorldTopology };

export type Basemap = {
  countries: FeatureCollection<MultiPolygon, CountryProperties>;
  borders: FeatureCollection<MultiLineString>;
  labels: FeatureCollection<GeoPoint, LabelProperties>;
};

export type BasemapOptions = {
  bbox: Bbox;
  /** Douglas–Peucker tolerance in degrees, applied to the shared arcs. */
  tolerance: number;
  decimals: number;
  /** Islands smaller than this go, except a country's largest piece (Malta, Monaco stay). */
  minPolygonKm2: number;
};

// 50m data simplified by 0.01° (under a pixel at zoom 6 anywhere in the box), 3 decimals (111 m):
// about 80 KB gzip. 10m needs 0.02° to fit 150 KB and then looks no better at zoom 3–6.
export const DEFAULT_OPTIONS: BasemapOptions = {
  bbox: EUROPE_BBOX,
  tolerance: 0.01,
  decimals: 3,
  minPolygonKm2: 30,
};

/**
 * Where the pole of inaccessibility is right but not where a reader looks: Mercator widens Lapland
 * and the Po valley, so Sweden's label would sit near the Arctic circle and Italy's on the Alps.
 * A test checks that every point here lies inside its country.
 */
export const LABEL_OVERRIDES: Record<string, [number, number]> = {
  SE: [15.2, 62.4],
  IT: [12.6, 42.9],
};

type TopoArea = TopoPolygon | TopoMultiPolygon;

function polygonsOf(topology: Topology, geometries: GeometryObject[]): PolygonRings[] {
  const areas = geometries.filter((g): g is TopoArea => g.type === 'Polygon' || g.type === 'MultiPolygon');
  if (areas.length === 0) return [];
  if (areas.length > 1) return merge(topology, areas).coordinates as PolygonRings[];
  const result = feature(topology, areas[0] as GeometryObject);
  if (result.type !== 'Feature') return [];
  const { geometry } = result;
  if (geometry.type === 'Polygon') return [geometry.coordinates as PolygonRings];
  return geometry.type === 'MultiPolygon' ? (geometry.coordinates as PolygonRings[]) : [];
}

function clipPolygon(polygon: PolygonRings, options: BasemapOptions): PolygonRings[] {
  const [outer, ...holes] = polygon;
  if (!outer) return [];
  const round = (ring: Ring) => roundRing(ring, options.decimals);
  const outers = clipRingOnSphere(outer, options.bbox)
    .map(round)
    .filter((r): r is Ring => r !== null);
  const clippedHoles = holes
    .flatMap((hole) => clipRingOnSphere(hole, options.bbox))
    .map(round)
    .filter((r): r is Ring => r !== null);
  return outers.map((ring) => [
    ring,
    ...clippedHoles.filter(
      ([first]) => first !== undefined && signedDistance(first[0], first[1], [ring]) > 0,
    ),
  ]);
}

type Country = { key: string; polygons: PolygonRings[]; areaKm2: number; fullAreaKm2: number };

function buildCountry(
  key: string,
  topology: Topology,
  geometries: GeometryObject[],
  options: BasemapOptions,
): Country | null {
  const full = polygonsOf(topology, geometries);
  const clipped = full.flatMap((polygon) => clipPolygon(polygon, options));
  if (clipped.length === 0) return null;
  const areas = clipped.map(polygonAreaKm2);
  const largest = areas.indexOf(Math.max(...areas));
  // Largest first: the label goes on polygons[0].
  const polygons = clipped
    .map((polygon, i) => ({
      polygon,
      area: areas[i] as number,
      keep: i === largest || (areas[i] as number) >= options.minPolygonKm2,
    }))
    .filter((p) => p.keep)
    .sort((a, b) => b.area - a.area)
    .map((p) => p.polygon);
  const fullAreaKm2 = full.reduce((sum, polygon) => {
    const outer = polygon[0] && unwrapRing(polygon[0]);
    return outer ? sum + polygonAreaKm2([outer, ...polygon.slice(1)]) : sum;
  }, 0);
  return { key, polygons, areaKm2: polygons.reduce((s, p) => s + polygonAreaKm2(p), 0), fullAreaKm2 };
}

function keyOf(geometry: GeometryObject<GeoJsonProperties>): string {
  const properties = geometry.properties as { name?: string } | undefined;
  return countryKey(geometry.id, properties?.name ?? '');
}

function groupByCountry(topology: WorldTopology): Map<string, GeometryObject[]> {
  const groups = new Map<string, GeometryObject[]>();
  for (const geometry of topology.objects.countries.geometries) {
    const key = keyOf(geometry);
    groups.set(key, [...(groups.get(key) ?? []), geometry]);
  }
  return groups;
}

function namesFor(key: string): CountryProperties {
  const names = COUNTRY_NAMES[key];
  if (!names)
    throw new Error(`Country "${key}" is in the basemap box but not in scripts/basemap/country-names.ts`);
  return { iso: names.iso, name_en: names.en, name_fr: names.fr };
}

/** A country gets a label when most of it is on the map, or a big piece of it is (Russia). */
function deservesLabel(country: Country): boolean {
  return country.areaKm2 >= 0.5 * country.fullAreaKm2 || country.areaKm2 >= 1_000_000;
}

function buildBorders(topology: WorldTopology, options: BasemapOptions): Feature<MultiLineString> {
  const interior = mesh(topology, topology.objects.countries, (a, b) => a !== b && keyOf(a) !== keyOf(b));
  const lines = (interior.coordinates as Line[])
    .flatMap((line) => clipLineOnSphere(line, options.bbox))
    .map((line) => roundLine(line, options.decimals))
    .filter((line): line is Line => line !== null);
  return { type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: lines } };
}

export function buildBasemap(source: WorldTopology, options: BasemapOptions = DEFAULT_OPTIONS): Basemap {
  const topology = simplifyTopology(reassignTerritories(source), options.tolerance);
  const countries: Country[] = [];
  for (const [key, geometries] of groupByCountry(topology)) {
    const country = buildCountry(key, topology, geometries, options);
    if (country) countries.push(country);
  }
  countries.sort((a, b) => b.areaKm2 - a.areaKm2);

  const countryFeatures = countries.map((c): Feature<MultiPolygon, CountryProperties> => ({
    type: 'Feature',
    properties: namesFor(c.key),
    geometry: { type: 'MultiPolygon', coordinates: c.polygons },
  }));
  const labelled = countries.filter(deservesLabel);
  const labels = labelled.map((c, i): Feature<GeoPoint, LabelProperties> => {
    const names = namesFor(c.key);
    const [lon, lat] = LABEL_OVERRIDES[names.iso] ?? labelPoint(c.polygons[0] as PolygonRings);
    const factor = 10 ** options.decimals;
    return {
      type: 'Feature',
      properties: { ...names, rank: i + 1 },
      geometry: {
        type: 'Point',
        coordinates: [Math.round(lon * factor) / factor, Math.round(lat * factor) / factor],
      },
    };
  });

  return {
    countries: { type: 'FeatureCollection', features: countryFeatures },
    borders: { type: 'FeatureCollection', features: [buildBorders(topology, options)] },
    labels: { type: 'FeatureCollection', features: labels },
  };
}
