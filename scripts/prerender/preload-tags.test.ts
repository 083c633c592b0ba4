import { describe, expect, it } from 'vitest';
import type { OutputBundle } from 'rolldown';
import { preloadTags } from './prerender-plugin';

const chunk = (fileName: string, moduleIds: string[], extra = {}) => ({
  type: 'chunk',
  fileName,
  moduleIds,
  isEntry: false,
  facadeModuleId: null,
  ...extra,
});
const asset = (fileName: string) => ({ type: 'asset', fileName });

const bundle = Object.fromEntries(
  [
    chunk('assets/index-a.js', ['/src/main.tsx'], { isEntry: true }),
    chunk('assets/map-adapter-b.js', ['/node_modules/maplibre-gl/dist/maplibre-gl.mjs']),
    chunk('assets/map-view-c.js', [], { facadeModuleId: '/src/features/map/map-view.tsx' }),
    chunk('assets/timeline-d.js', ['/src/features/timeline/timeline-panel.tsx']),
    asset('assets/maplibre-gl-worker-e.mjs'),
    asset('assets/atlas-f.json'),
    asset('assets/atlas-checked-h.json'),
    asset('assets/inter-latin-wght-normal-g.woff2'),
  ].map((file) => [file.fileName, file]),
) as unknown as OutputBundle;

const byHref = () => Object.fromEntries(preloadTags(bundle).map(({ attrs }) => [String(attrs!.href), attrs]));

describe('preloadTags', () => {
  it('starts the map, the basemap, the dataset and the font at navigation, nothing else', () => {
    expect(Object.keys(byHref()).sort()).toEqual([
      './assets/atlas-checked-h.json',
      './assets/inter-latin-wght-normal-g.woff2',
      './assets/map-adapter-b.js',
      './assets/map-view-c.js',
      './assets/maplibre-gl-worker-e.mjs',
      './basemap/borders.geojson',
      './basemap/countries.geojson',
      './basemap/labels.geojson',
    ]);
  });

  it('keeps the map’s half megabyte out of the first paint’s way (low priority)', () => {
    const tags = byHref();
    for (const href of [
      './assets/map-adapter-b.js',
      './assets/map-view-c.js',
      './assets/maplibre-gl-worker-e.mjs',
      './basemap/countries.geojson',
    ])
      expect(tags[href]).toMatchObject({ fetchpriority: 'low' });
    expect(tags['./assets/atlas-checked-h.json']).not.toHaveProperty('fetchpriority');
    expect(tags['./assets/inter-latin-wght-normal-g.woff2']).not.toHaveProperty('fetchpriority');
  });
});
