/**
 * The ONLY file that imports maplibre-gl. It owns one map, adds the style once, and turns prop
 * changes into narrow calls (setData, setFeatureState, setPaintProperty): never a style rebuild.
 */
import { Map as MaplibreMap, AttributionControl, NavigationControl, setWorkerUrl } from 'maplibre-gl';
import type { GeoJSONSource, LayerSpecification, MapLayerMouseEvent, StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { SITES_SOURCE, SITE_CIRCLE_LAYER, baseLayers, themedPaint } from './map-layers';
import type { MapPalette } from './map-palette';
import type { SiteFeatureCollection } from './site-features';

setWorkerUrl(workerUrl);

export interface MapAdapterProps {
  sites: SiteFeatureCollection;
  selectedId: string | null;
  hoveredId: string | null;
  palette: MapPalette;
}

export interface MapAdapterOptions {
  container: HTMLElement;
  /** Absolute URL of the folder holding the generated basemap GeoJSON. */
  basemapUrl: string;
  attribution: string;
  initial: MapAdapterProps;
  onSelect: (id: string | null) => void;
  onHover: (id: string | null) => void;
  onReady: () => void;
}

export interface MapAdapter {
  update: (props: MapAdapterProps) => void;
  destroy: () => void;
}

/** What tests and benchmarks may ask the live map, attached to its container element. */
export interface MapDebugHandle {
  renderedSiteIds: () => string[];
  project: (id: string) => { x: number; y: number } | null;
}

export function isWebglSupported(): boolean {
  try {
    return Boolean(document.createElement('canvas').getContext('webgl2'));
  } catch {
    return false;
  }
}

const EUROPE_BOUNDS: [[number, number], [number, number]] = [
  [-12, 35],
  [32, 66],
];

function buildStyle(options: MapAdapterOptions): StyleSpecification {
  return {
    version: 8,
    sources: {
      countries: { type: 'geojson', data: `${options.basemapUrl}countries.geojson`, attribution: options.attribution },
      borders: { type: 'geojson', data: `${options.basemapUrl}borders.geojson` },
      [SITES_SOURCE]: { type: 'geojson', data: options.initial.sites, promoteId: 'id' },
    },
    layers: baseLayers(options.initial.palette) as LayerSpecification[],
  };
}

export function createMapAdapter(options: MapAdapterOptions): MapAdapter {
  const map = new MaplibreMap({
    container: options.container,
    style: buildStyle(options),
    bounds: EUROPE_BOUNDS,
    fitBoundsOptions: { padding: 24 },
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
  });
  map.touchZoomRotate.disableRotation();
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new AttributionControl({ compact: true }), 'bottom-right');

  let current = options.initial;
  let ready = false;

  const setState = (id: string | null, key: 'selected' | 'hovered', value: boolean) => {
    if (id && map.getSource(SITES_SOURCE)) map.setFeatureState({ source: SITES_SOURCE, id }, { [key]: value });
  };

  const featureId = (event: MapLayerMouseEvent): string | null => {
    const id = event.features?.[0]?.properties?.id;
    return typeof id === 'string' ? id : null;
  };

  map.on('click', SITE_CIRCLE_LAYER, (event) => options.onSelect(featureId(event)));
  map.on('mousemove', SITE_CIRCLE_LAYER, (event) => {
    map.getCanvas().style.cursor = 'pointer';
    options.onHover(featureId(event));
  });
  map.on('mouseleave', SITE_CIRCLE_LAYER, () => {
    map.getCanvas().style.cursor = '';
    options.onHover(null);
  });
  map.on('load', () => {
    setState(current.selectedId, 'selected', true);
    setState(current.hoveredId, 'hovered', true);
  });
  map.on('idle', () => {
    if (ready) return;
    ready = true;
    options.onReady();
  });

  const debug: MapDebugHandle = {
    renderedSiteIds: () =>
      map
        .queryRenderedFeatures({ layers: [SITE_CIRCLE_LAYER] })
        .map((feature) => String(feature.properties.id))
        .sort(),
    project: (id) => {
      const feature = current.sites.features.find((f) => f.id === id);
      if (!feature) return null;
      const [lon, lat] = feature.geometry.coordinates as [number, number];
      const point = map.project([lon, lat]);
      return { x: point.x, y: point.y };
    },
  };
  (options.container as HTMLElement & { __atlasMap?: MapDebugHandle }).__atlasMap = debug;

  return {
    update(next) {
      if (next.sites !== current.sites) {
        (map.getSource(SITES_SOURCE) as GeoJSONSource | undefined)?.setData(next.sites);
      }
      if (next.selectedId !== current.selectedId || next.sites !== current.sites) {
        setState(current.selectedId, 'selected', false);
        setState(next.selectedId, 'selected', true);
      }
      if (next.hoveredId !== current.hoveredId) {
        setState(current.hoveredId, 'hovered', false);
        setState(next.hoveredId, 'hovered', true);
      }
      if (next.palette !== current.palette) {
        for (const [layer, paint] of Object.entries(themedPaint(next.palette))) {
          if (!map.getLayer(layer)) continue;
          for (const [property, value] of Object.entries(paint)) {
            map.setPaintProperty(layer, property as never, value as never);
          }
        }
      }
      current = next;
    },
    destroy() {
      delete (options.container as HTMLElement & { __atlasMap?: MapDebugHandle }).__atlasMap;
      map.remove();
    },
  };
}
