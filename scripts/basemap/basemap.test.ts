import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Position } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBasemap, LABEL_OVERRIDES } from './build-basemap-data.ts';
import type { Basemap, WorldTopology } from './build-basemap-data.ts';
import { EUROPE_BBOX } from './geometry-types.ts';
import type { PolygonRings } from './geometry-types.ts';
import { maxLongitudeJump } from './antimeridian.ts';
import { signedDistance } from './ring-math.ts';

// Built in memory from the installed world-atlas, so the test never depends on a previous run.
let basemap: Basemap;
beforeAll(() => {
  const url = new URL('../../node_modules/world-atlas/countries-50m.json', import.meta.url);
  basemap = buildBasemap(JSON.parse(readFileSync(url, 'utf8')) as WorldTopology);
});

const polygonsOf = (iso: string): PolygonRings[] =>
  (basemap.countries.features.find((f) => f.properties.iso === iso)?.geometry.coordinates ??
    []) as PolygonRings[];
const isoAt = (lon: number, lat: number) =>
  basemap.countries.features.find((f) =>
    (f.geometry.coordinates as PolygonRings[]).some((polygon) => signedDistance(lon, lat, polygon) > 0),
  )?.properties.iso;
const allRings = () => basemap.countries.features.flatMap((f) => f.geometry.coordinates.flat());
const borderLines = () => basemap.borders.features.flatMap((f) => f.geometry.coordinates);

describe('the European basemap', () => {
  it('keeps every coordinate of every file inside the box', () => {
    const { west, south, east, north } = EUROPE_BBOX;
    const points: Position[] = [
      ...allRings().flat(),
      ...borderLines().flat(),
      ...basemap.labels.features.map((f) => f.geometry.coordinates),
    ];
    const outside = points.filter(
      ([x = NaN, y = NaN]) => !(x >= west && x <= east && y >= south && y <= north),
    );
    expect(outside).toEqual([]);
  });

  it('has no ring or line jumping more than 180° of longitude (the Russia/Fiji Arctic wedge)', () => {
    const lines = [...allRings(), ...borderLines()] as Array<Array<[number, number]>>;
    expect(Math.max(...lines.map(maxLongitudeJump))).toBeLessThan(180);
  });

  it('keeps Russia east of Kaliningrad and the Norwegian and Barents seas free of land', () => {
    const lons = polygonsOf('RU')
      .flat(2)
      .map(([x]) => x);
    expect(Math.min(...lons)).toBeGreaterThan(19);
    expect(isoAt(0, 70)).toBeUndefined();
    expect(isoAt(35, 71.5)).toBeUndefined();
  });

  it('has the corners of the map and the countries the atlas is about', () => {
    const isos = basemap.countries.features.map((f) => f.properties.iso);
    expect(isos).toEqual(expect.arrayContaining(['IS', 'PT', 'FI', 'UA', 'SE', 'FR', 'TR', 'NO']));
    expect(new Set(isos).size).toBe(isos.length);
    expect(isos.every((iso) => /^[A-Z]{2}$/.test(iso))).toBe(true);
  });

  it('draws the Black Sea as sea, with Ukraine on its north shore', () => {
    expect(isoAt(34, 43)).toBeUndefined();
    expect(isoAt(31, 47)).toBe('UA');
    expect(isoAt(2.35, 48.86)).toBe('FR');
    expect(isoAt(-21.9, 64.1)).toBe('IS');
  });

  it('draws Crimea as Ukraine, with no border across the Perekop isthmus', () => {
    expect(isoAt(34, 45)).toBe('UA');
    expect(isoAt(33.5, 44.6)).toBe('UA'); // Sevastopol
    expect(isoAt(38, 45)).toBe('RU'); // Krasnodar krai, across the Kerch strait
    const perekop = borderLines()
      .flat()
      .filter(([x = 0, y = 0]) => x > 33.3 && x < 34.3 && y > 45.8 && y < 46.4);
    expect(perekop).toEqual([]);
  });

  it('draws metropolitan France only, without French Guiana or the other overseas parts', () => {
    const points = polygonsOf('FR').flat(2);
    expect(points.length).toBeGreaterThan(100);
    expect(points.every(([x, y]) => x >= -5.5 && x <= 10 && y >= 41 && y <= 51.5)).toBe(true);
    expect(isoAt(-53, 4)).toBeUndefined();
  });

  it('draws only interior borders: none on the coast of an island nation, none across Cyprus', () => {
    const near = (w: number, s: number, e: number, n: number) =>
      borderLines()
        .flat()
        .filter(([x = 0, y = 0]) => x > w && x < e && y > s && y < n);
    expect(near(-25, 63, -13, 67)).toEqual([]); // Iceland
    expect(near(32, 34.4, 34.7, 35.8)).toEqual([]); // Cyprus, with Northern Cyprus merged in
    expect(near(5.8, 45.8, 10.5, 47.8).length).toBeGreaterThan(10); // Switzerland has neighbours
  });

  it('fits the 150 KB gzip budget for the three files together', () => {
    const gzip = Object.values(basemap).reduce((sum, fc) => sum + gzipSync(JSON.stringify(fc)).length, 0);
    expect(gzip).toBeLessThanOrEqual(150 * 1024);
  });

  it('labels countries in both languages, ranked by area, each inside its own country', () => {
    const labels = basemap.labels.features;
    expect(labels.map((f) => f.properties.iso)).toEqual(
      expect.arrayContaining(['FR', 'SE', 'IS', 'PT', 'FI', 'UA']),
    );
    for (const { properties: p, geometry } of labels) {
      expect(p.name_en.length * p.name_fr.length, p.iso).toBeGreaterThan(0);
      const [lon = NaN, lat = NaN] = geometry.coordinates;
      expect(isoAt(lon, lat), `${p.iso} label at ${lon},${lat}`).toBe(p.iso);
    }
    expect(labels.map((f) => f.properties.rank)).toEqual(labels.map((_, i) => i + 1));
    expect(labels.find((f) => f.properties.iso === 'DE')?.properties).toMatchObject({ name_fr: 'Allemagne' });
    expect(Object.keys(LABEL_OVERRIDES).every((iso) => labels.some((f) => f.properties.iso === iso))).toBe(
      true,
    );
  });

  it('does not label a country that only grazes the box', () => {
    const isos = basemap.labels.features.map((f) => f.properties.iso);
    expect(isos).not.toContain('GL');
    expect(isos).not.toContain('IR');
    expect(isos).toContain('RU');
  });
});
