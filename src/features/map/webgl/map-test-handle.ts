/**
 * The test handle attached to the map container as `__atlasMap`: what e2e specs and the benchmark
 * may ask the live map (e2e/support/map-driver.ts). Built on a narrow view of the map so that
 * only map-adapter.ts imports maplibre-gl. Loaded only in an automated browser (use-map-adapter.ts),
 * as a chunk of its own: no visitor downloads it (scripts/check-test-code.ts reads the build).
 */
import { labelBoxes, type LabelBox } from './label-boxes';
import { CLUSTER_LAYER, LABEL_LAYERS, SITES_SOURCE, SITE_ICON_LAYER, labelId } from './map-layers';

export interface MapDebugHandle {
  renderedSiteIds: () => string[];
  /** Screen point (relative to the container) of a site or of a country pledge's callout anchor. */
  project: (id: string) => { x: number; y: number } | null;
  /** The box of every site label drawn now, in container pixels. */
  labelBoxes: () => LabelBox[];
  renderedClusters: () => { id: number; count: number; x: number; y: number }[];
  featureState: (id: string) => Record<string, unknown>;
  camera: () => { zoom: number; center: [number, number] };
  /** A paint property as the map holds it now (to check a theme change reached the GPU style). */
  paint: (layer: string, property: string) => unknown;
  /** Resolves once the map has drawn a frame with nothing left to load or animate (maplibre's 'idle'). */
  whenIdle: () => Promise<true>;
}

interface RenderedFeature {
  id?: string | number;
  properties: Record<string, unknown>;
  geometry: GeoJSON.Geometry;
}

/** The few maplibre Map methods the handle needs. */
export interface DebuggableMap {
  queryRenderedFeatures: ((options: { layers: string[] }) => RenderedFeature[]) &
    ((box: [[number, number], [number, number]], options: { layers: string[] }) => RenderedFeature[]);
  getContainer: () => HTMLElement;
  project: (lngLat: [number, number]) => { x: number; y: number };
  getFeatureState: (feature: { source: string; id: string }) => Record<string, unknown>;
  getZoom: () => number;
  getCenter: () => { lng: number; lat: number };
  getPaintProperty: (layer: string, property: string) => unknown;
  triggerRepaint: () => void;
  once: (type: 'idle', listener: () => void) => unknown;
}

export type DebugContainer = HTMLElement & { __atlasMap?: MapDebugHandle };

/** Puts the handle on the container; the returned function takes it off. */
export function attachTestHandle(
  container: HTMLElement,
  map: DebuggableMap,
  locate: (id: string) => [number, number] | null,
): () => void {
  const target = container as DebugContainer;
  target.__atlasMap = createDebugHandle(map, locate);
  return () => void delete target.__atlasMap;
}

export function createDebugHandle(
  map: DebuggableMap,
  locate: (id: string) => [number, number] | null,
): MapDebugHandle {
  return {
    renderedSiteIds: () =>
      [
        ...new Set(
          map.queryRenderedFeatures({ layers: [SITE_ICON_LAYER] }).map((f) => String(f.properties.id)),
        ),
      ].sort(),
    project: (id) => {
      const lngLat = locate(id);
      if (!lngLat) return null;
      const { x, y } = map.project(lngLat);
      return { x, y };
    },
    labelBoxes: () => {
      const { clientWidth, clientHeight } = map.getContainer();
      const query = (box: [[number, number], [number, number]]) =>
        map.queryRenderedFeatures(box, { layers: LABEL_LAYERS }).map((f) => labelId(f.properties));
      return labelBoxes(query, clientWidth, clientHeight);
    },
    renderedClusters: () =>
      map.queryRenderedFeatures({ layers: [CLUSTER_LAYER] }).map((feature) => {
        const [lon, lat] = (feature.geometry as GeoJSON.Point).coordinates as [number, number];
        const { x, y } = map.project([lon, lat]);
        return {
          id: Number(feature.properties.cluster_id),
          count: Number(feature.properties.point_count),
          x,
          y,
        };
      }),
    featureState: (id) => map.getFeatureState({ source: SITES_SOURCE, id }),
    camera: () => {
      const { lng, lat } = map.getCenter();
      return { zoom: map.getZoom(), center: [lng, lat] };
    },
    paint: (layer, property) => map.getPaintProperty(layer, property),
    // A repaint first, so 'idle' always comes, even when the map is idle already.
    whenIdle: () =>
      new Promise<true>((resolve) => {
        map.once('idle', () => resolve(true));
        map.triggerRepaint();
      }),
  };
}
