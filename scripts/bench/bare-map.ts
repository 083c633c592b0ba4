/**
 * The benchmark's reference: a bare maplibre page with the project's own maplibre, basemap and
 * label font, drawing the same points (clustered) as the atlas. `?points=URL` names a GeoJSON of
 * the sites, `?size=WxH` its size; it marks `atlas:ready` at the first idle, as the atlas does. Never shipped in dist/.
 */
// eslint-disable-next-line no-restricted-imports -- a bare maplibre page is the point of this file
import { Map as MaplibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { labelFontFaces, LABEL_FONT } from '../../src/geo/label-font';
import { withBundledFontUrls } from '../../src/geo/label-font-urls';
import { EUROPE_BOUNDS } from '../../src/geo/mercator';

setWorkerUrl(workerUrl);
const basemap = new URL('../basemap/', document.baseURI).href;
const points = new URL(
  new URLSearchParams(location.search).get('points') ?? 'points.geojson',
  document.baseURI,
).href;

// `?size=915x610`: the map drawn at the atlas's map panel size (run-bench.ts measures it), so both
// pages draw as many pixels; without it the map fills the window.
const size = /^(\d+)x(\d+)$/.exec(new URLSearchParams(location.search).get('size') ?? '');
if (size)
  Object.assign(document.getElementById('map')!.style, { width: `${size[1]}px`, height: `${size[2]}px` });

const map = new MaplibreMap({
  container: 'map',
  bounds: EUROPE_BOUNDS,
  attributionControl: false,
  style: {
    version: 8,
    'font-faces': withBundledFontUrls(labelFontFaces(basemap), basemap),
    sources: {
      countries: { type: 'geojson', data: `${basemap}countries.geojson` },
      borders: { type: 'geojson', data: `${basemap}borders.geojson` },
      labels: { type: 'geojson', data: `${basemap}labels.geojson` },
      sites: { type: 'geojson', data: points, cluster: true, clusterRadius: 50, clusterMaxZoom: 14 },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': '#dbe7ef' } },
      { id: 'land', type: 'fill', source: 'countries', paint: { 'fill-color': '#f7f4ec' } },
      { id: 'borders', type: 'line', source: 'borders', paint: { 'line-color': '#a9a396' } },
      {
        id: 'labels',
        type: 'symbol',
        source: 'labels',
        layout: { 'text-field': ['get', 'name_en'], 'text-font': [LABEL_FONT], 'text-size': 12 },
      },
      {
        id: 'clusters',
        type: 'circle',
        source: 'sites',
        filter: ['has', 'point_count'],
        paint: { 'circle-color': '#3346c8', 'circle-radius': 16 },
      },
      {
        id: 'cluster-count',
        type: 'symbol',
        source: 'sites',
        filter: ['has', 'point_count'],
        layout: {
          'text-field': ['get', 'point_count_abbreviated'],
          'text-font': [LABEL_FONT],
          'text-size': 12,
        },
      },
      {
        id: 'points',
        type: 'circle',
        source: 'sites',
        filter: ['!', ['has', 'point_count']],
        paint: { 'circle-color': '#c2410c', 'circle-radius': 7 },
      },
    ],
  },
});
map.once('idle', () => performance.mark('atlas:ready'));
(document.getElementById('map') as HTMLElement & { __map?: unknown }).__map = map;
