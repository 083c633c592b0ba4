import { describe, expect, it } from 'vitest';
import { buildStyle, type StyleInput } from './map-style';
import type { MapPalette } from './map-palette';

const empty: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
const input = (basemap?: StyleInput['basemap']): StyleInput => ({
  basemapUrl: 'https://atlas.example/basemap/',
  basemap,
  sites: { type: 'FeatureCollection', features: [] },
  palette: {} as MapPalette,
  lang: 'en',
});

describe('buildStyle: the basemap sources', () => {
  it('hands maplibre the data the page already fetched, so its worker downloads nothing again', () => {
    const countries: GeoJSON.FeatureCollection = { ...empty, features: [] };
    const style = buildStyle(input({ countries, borders: empty, labels: empty }));
    expect(style.sources.countries.data).toBe(countries);
    expect(style.sources.borders.data).toBe(empty);
    expect(style.sources.labels.data).toBe(empty);
  });

  it('gives a part that failed (null) or is absent as its URL, so maplibre reports the failure', () => {
    const style = buildStyle(input({ countries: null, borders: empty }));
    expect(style.sources.countries.data).toBe('https://atlas.example/basemap/countries.geojson');
    expect(style.sources.borders.data).toBe(empty);
    expect(style.sources.labels.data).toBe('https://atlas.example/basemap/labels.geojson');
  });
});
