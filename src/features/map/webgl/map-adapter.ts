/**
 * The ONLY file that imports maplibre-gl. It owns one map, adds the style once, and hands prop
 * changes to map-sync.ts (narrow calls, never a style rebuild). Camera moves it makes itself are
 * tagged `atlasOrigin: 'app'` so that a listener can tell them from the visitor's.
 */
import { Map as MaplibreMap, AttributionControl, Marker, prewarm, setWorkerUrl } from 'maplibre-gl';
import type { GeoJSONSource, MapMouseEvent, StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { markLandmark } from '../../../components/export-landmarks';
import { prefersReducedMotion } from '../../../lib/media';
import type { CameraView } from '../../../store/ui-vocabulary';
import type { DebuggableMap } from './map-test-handle';
import { statusIcons } from './map-icons';
import {
  CLUSTER_LAYER,
  CLUSTER_MAX_ZOOM,
  SITES_SOURCE,
  SITE_ICON_LAYER,
  LABEL_LAYERS,
  labelId,
} from './map-layers';
import { captureCanvas } from './capture-canvas';
import { buildStyle } from './map-style';
import type { BasemapData } from '../../../geo/basemap-data';
import { createMapSync, type MapAdapterProps, type SyncableMap } from './map-sync';
import { untilStyleLoaded } from './style-gate';
import { clearCentreOffset, clearInsets, isInClearPart } from './clear-frame';
import type { Rect } from '../callouts/callout-placement';
import { BASEMAP_BOUNDS, EUROPE_BOUNDS, type Bounds, type LonLat } from '../../../geo/mercator';

setWorkerUrl(workerUrl);

/** Starts maplibre's worker before the first map exists (map-prestart.ts). */
export function prewarmMapWorkers(): void {
  prewarm();
}

export type { MapAdapterProps } from './map-sync';

/** A DOM callout pinned to the map (a country's pledges): few of them, never one per site. */
export interface Callout {
  key: string;
  lngLat: LonLat;
  /** Which side of the anchor the card hangs on. */
  side: 'left' | 'right';
  element: HTMLElement;
}

export interface MapAdapterOptions {
  container: HTMLElement;
  /** Where to start; null = the European view. */
  initialView: CameraView | null;
  basemapUrl: string;
  /** The basemap the page already holds (basemap-data.ts); missing parts load from basemapUrl. */
  basemap?: Partial<BasemapData>;
  attribution: string;
  initial: MapAdapterProps;
  onSelect: (id: string | null) => void;
  onHover: (id: string | null) => void;
  onReady: () => void;
  onContextLost: () => void;
  onContextRestored: () => void;
  /** The camera started (true) or stopped (false) moving: overlays hide while it moves. */
  onMoving: (moving: boolean) => void;
  /** The camera settled after a move by the visitor or the app (not one asked for by setView). */
  onViewChange: (view: CameraView) => void;
  /** A basemap source (countries, borders, labels) failed to load: the sites float on the sea colour. */
  onBasemapError?: () => void;
  /** The overlays over the map (legend, controls), in its pixels: a revealed site lands clear of them. */
  overlays?: () => readonly Rect[];
}

export interface MapAdapter {
  update: (props: MapAdapterProps) => void;
  zoomBy: (delta: number, animate: boolean) => void;
  fitBounds: (bounds: Bounds, animate: boolean) => void;
  /** Brings a point into view, and out of its cluster when `siteId` is clustered; no move if already visible. */
  reveal: (lngLat: LonLat, siteId: string | null, animate: boolean) => void;
  project: (lngLat: LonLat) => { x: number; y: number };
  /** Moves the camera to a view from the store (URL, embed); null = the European view. Not reported back. */
  setView: (view: CameraView | null, animate?: boolean) => void;
  setCallouts: (callouts: readonly Callout[]) => void;
  /** The basemap credit in the page's language. */
  setAttribution: (text: string) => void;
  /** The site labels drawn in a box of container pixels (maplibre's collision index). */
  labelsIn: (box: [[number, number], [number, number]]) => string[];
  /** Calls `listener` each time the map settles (labels placed); returns the unsubscribe. */
  onIdle: (listener: () => void) => () => void;
  /** A 2D copy of the map once it is idle, taken inside 'render' (no preserveDrawingBuffer). */
  captureCanvas: (options?: { pixelRatio?: number }) => Promise<HTMLCanvasElement>;
  /** The map's read-only questions, for the test handle that automation loads (use-map-adapter.ts). */
  inspect: () => DebuggableMap;
  destroy: () => void;
}

/** The one origin tag: a move made for the store (setView) is not reported back to it. */
const FROM_STORE = { atlasOrigin: 'store' } as const;
/** The sources of map-style.ts that draw Europe (the sites source is ours, in memory). */
const BASEMAP_SOURCES: ReadonlySet<string> = new Set(['countries', 'borders', 'labels']);
const EDGE = 40;

export function createMapAdapter(options: MapAdapterOptions): MapAdapter {
  const { initial } = options;
  const map = new MaplibreMap({
    container: options.container,
    style: buildStyle({
      ...initial,
      basemapUrl: options.basemapUrl,
      basemap: options.basemap,
    }) as StyleSpecification,
    ...(options.initialView
      ? {
          center: [options.initialView.lon, options.initialView.lat] as LonLat,
          zoom: options.initialView.zoom,
        }
      : { bounds: EUROPE_BOUNDS, fitBoundsOptions: { padding: 16 } }),
    maxBounds: BASEMAP_BOUNDS,
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    maxPitch: 0,
    locale: { 'Map.Title': initial.label },
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  // The credit is the control's own text, not a source's, so that a language switch can change it.
  let credit = options.attribution;
  let attribution = new AttributionControl({ compact: false, customAttribution: credit });
  map.addControl(attribution, 'bottom-right');
  // Export prints the basemap credit: maplibre draws it, so the landmark is put on here.
  const markCredit = () =>
    markLandmark(options.container.querySelector?.('.maplibregl-ctrl-attrib'), 'map-credit');
  markCredit();
  for (const { name, image } of statusIcons()) map.addImage(name, image, { sdf: true });

  const sync = createMapSync(map as unknown as SyncableMap, initial);
  const markers = new Map<string, Marker>();
  let ready = false;
  let pendingReveal: (() => void) | null = null;
  // A presenter step eases to its own camera, chosen to show its selection: reveal must not fight it.
  let easingToStoreView = false;

  const pick = (point: { x: number; y: number }, tolerance: number) =>
    map.queryRenderedFeatures(
      [
        [point.x - tolerance, point.y - tolerance],
        [point.x + tolerance, point.y + tolerance],
      ],
      { layers: [SITE_ICON_LAYER, CLUSTER_LAYER] },
    );

  const onClick = (event: MapMouseEvent) => {
    if (event.originalEvent.target !== map.getCanvas()) return; // a callout or a control, not the map
    const [feature] = pick(event.point, 6);
    if (!feature) return options.onSelect(null);
    if (feature.layer.id !== CLUSTER_LAYER) return options.onSelect(String(feature.properties.id));
    const center = (feature.geometry as GeoJSON.Point).coordinates as LonLat;
    void map
      .getSource<GeoJSONSource>(SITES_SOURCE)
      ?.getClusterExpansionZoom(Number(feature.properties.cluster_id))
      .then((zoom) => map.easeTo({ center, zoom, duration: prefersReducedMotion() ? 0 : 500 }));
  };
  const onMouseMove = (event: MapMouseEvent) => {
    const [feature] = pick(event.point, 2);
    const id = feature?.layer.id === SITE_ICON_LAYER ? String(feature.properties.id) : null;
    map.getCanvas().style.cursor = feature ? 'pointer' : '';
    if (id !== sync.current().hoveredId) options.onHover(id);
  };
  const onMouseLeave = () => {
    const hovered = sync.current().hoveredId;
    if (hovered && sync.hasSite(hovered)) options.onHover(null);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && sync.current().selectedId) options.onSelect(null);
  };

  map.on('click', onClick);
  map.on('mousemove', onMouseMove);
  map.getCanvas().addEventListener('mouseleave', onMouseLeave);
  map.getCanvas().addEventListener('keydown', onKeyDown);
  map.on('movestart', () => options.onMoving(true));
  map.on('moveend', (event) => {
    options.onMoving(false);
    easingToStoreView = false;
    // The store asked for this move: reporting it back would echo.
    if ((event as { atlasOrigin?: string }).atlasOrigin === FROM_STORE.atlasOrigin) return;
    const { lng, lat } = map.getCenter();
    options.onViewChange({ lat, lon: lng, zoom: map.getZoom() });
  });
  const update = untilStyleLoaded(map, sync.update);
  map.on('load', sync.applyStates);
  map.on('idle', () => {
    if (ready) return;
    ready = true;
    options.onReady();
    pendingReveal?.();
    pendingReveal = null;
  });
  // A listener replaces maplibre's own console.error, so errors are still logged here.
  map.on('error', (event: { error?: unknown; sourceId?: string }) => {
    console.error(event.error);
    if (event.sourceId && BASEMAP_SOURCES.has(event.sourceId)) options.onBasemapError?.();
  });
  map.on('webglcontextlost', () => options.onContextLost());
  map.on('webglcontextrestored', () => {
    // maplibre rebuilds the style from a snapshot that drops feature state: put it back.
    map.once('idle', sync.applyStates);
    options.onContextRestored();
  });

  const setView = (view: CameraView | null, animate = false) => {
    easingToStoreView = Boolean(view && animate && ready);
    if (view && easingToStoreView)
      map.easeTo({ center: [view.lon, view.lat], zoom: view.zoom, duration: 1200 }, FROM_STORE);
    else if (view) map.jumpTo({ center: [view.lon, view.lat], zoom: view.zoom }, FROM_STORE);
    else map.fitBounds(EUROPE_BOUNDS, { padding: 16, duration: 0 }, FROM_STORE);
  };
  // A box with no size yet fits nothing (Firefox can create the map while its panel is still
  // hidden): maplibre then keeps whatever its maxBounds allow, and the first view sat well north of
  // Europe. The starting view is put again once the box has its size, before anything else moves.
  const hasSize = () => map.getContainer().clientWidth > 0 && map.getContainer().clientHeight > 0;
  if (!hasSize()) {
    const startOnceSized = () => {
      if (!hasSize()) return;
      map.off('resize', startOnceSized);
      setView(options.initialView);
    };
    map.on('resize', startOnceSized);
  }

  // How many more times reveal looks, at the map's next idles, for a site it could not find drawn:
  // the sites' data can reach the map a frame or two after it first went idle, and a site hidden
  // at the time cursor is never drawn, so the looks are bounded.
  const LOOKS = 4;
  const reveal = (lngLat: LonLat, siteId: string | null, animate: boolean, looksLeft = LOOKS) => {
    const lookAgain = () => {
      if (siteId !== null && looksLeft > 0)
        map.once('idle', () => reveal(lngLat, siteId, animate, looksLeft - 1));
    };
    const { clientWidth: width, clientHeight: height } = map.getContainer();
    // A box not laid out yet (the page still swapping its baked picture for the live map) says
    // nothing about what is in view: look once the map has its size.
    if (width <= 2 * EDGE || height <= 2 * EDGE) {
      map.once('resize', () => reveal(lngLat, siteId, animate, looksLeft));
      return;
    }
    const insets = clearInsets(width, height, options.overlays?.() ?? []);
    const offset = clearCentreOffset(insets);
    const point = map.project(lngLat);
    if (!isInClearPart(point, width, height, insets, EDGE)) {
      map.easeTo({ center: lngLat, offset, zoom: Math.max(map.getZoom(), 4), duration: animate ? 700 : 0 });
      // A site out of view cannot be looked up among the drawn clusters: once it is in view, look
      // again, so that a site still inside a cluster there is zoomed past it too.
      lookAgain();
      return;
    }
    if (siteId === null || map.getZoom() > CLUSTER_MAX_ZOOM) return;
    const drawn = pick(point, 2);
    if (drawn.some((f) => f.properties.id === siteId)) return;
    if (drawn.length === 0) {
      // Nothing drawn there yet (the map not redrawn since it was resized or moved): look again
      // once it has drawn, rather than take the empty spot for a cluster.
      lookAgain();
      return;
    }
    map.easeTo({ center: lngLat, offset, zoom: CLUSTER_MAX_ZOOM + 1, duration: animate ? 700 : 0 });
  };

  return {
    update,
    zoomBy(delta, animate) {
      map.easeTo({ zoom: map.getZoom() + delta, duration: animate ? 250 : 0 });
    },
    fitBounds(bounds, animate) {
      map.fitBounds(bounds, { padding: 56, maxZoom: 7, duration: animate ? 700 : 0 });
    },
    reveal(lngLat, siteId, animate) {
      if (easingToStoreView) return;
      if (ready) reveal(lngLat, siteId, animate);
      else pendingReveal = () => reveal(lngLat, siteId, false);
    },
    project(lngLat) {
      const { x, y } = map.project(lngLat);
      return { x, y };
    },
    setView,
    setAttribution(text) {
      if (text === credit) return;
      credit = text;
      map.removeControl(attribution);
      attribution = new AttributionControl({ compact: false, customAttribution: text });
      map.addControl(attribution, 'bottom-right');
      markCredit();
    },
    labelsIn: (box) =>
      map.queryRenderedFeatures(box, { layers: LABEL_LAYERS }).map((f) => labelId(f.properties)),
    onIdle(listener) {
      map.on('idle', listener);
      return () => void map.off('idle', listener);
    },
    setCallouts(callouts) {
      const keep = new Set(callouts.map((c) => c.key));
      for (const [key, marker] of markers) {
        if (keep.has(key)) continue;
        marker.remove();
        markers.delete(key);
      }
      for (const { key, lngLat, side, element } of callouts) {
        const existing = markers.get(key);
        if (existing?.getElement() === element) {
          existing.setLngLat(lngLat);
          continue;
        }
        existing?.remove();
        const anchor = side === 'right' ? 'left' : 'right';
        markers.set(key, new Marker({ element, anchor }).setLngLat(lngLat).addTo(map));
      }
    },
    async captureCanvas(options) {
      const ratio = options?.pixelRatio;
      const before = map.getPixelRatio();
      if (!ratio || ratio === before) return captureCanvas(map);
      map.setPixelRatio(ratio);
      try {
        return await captureCanvas(map);
      } finally {
        map.setPixelRatio(before);
      }
    },
    inspect: () => map as unknown as DebuggableMap,
    destroy() {
      for (const marker of markers.values()) marker.remove();
      map.getCanvas().removeEventListener('mouseleave', onMouseLeave);
      map.getCanvas().removeEventListener('keydown', onKeyDown);
      map.remove();
    },
  };
}
