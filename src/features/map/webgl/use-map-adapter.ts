/**
 * The adapter's lifecycle: loads map-adapter (and with it maplibre-gl) on demand, creates the map
 * once, feeds it every later props change, destroys it on unmount. Reports a WebGL context that
 * is missing, or lost and not back within the grace period, so that the view can use the SVG map.
 */
import { useEffect, useEffectEvent, useRef, useState, type RefObject } from 'react';
import type { CameraView } from '../../../store/ui-vocabulary';
import { basemapUrl, loadBasemap } from '../../../geo/basemap-data';
import type { LonLat } from '../../../geo/mercator';
import type { MapAdapter, MapAdapterProps } from './map-adapter';
import { relativeRect } from '../callouts/callout-placement';

export type FallbackReason = 'noWebgl' | 'contextLost';

/** How long a lost WebGL context may take to come back before the SVG map replaces it. */
export const CONTEXT_RESTORE_GRACE_MS = 2500;

/** The overlays a revealed site must land clear of: the legend and the zoom controls. */
const MAP_OVERLAYS = '.map-legend, .map-controls';

function overlaysOver(container: HTMLElement) {
  const frame = container.closest('.map-view') ?? container;
  return [...frame.querySelectorAll(MAP_OVERLAYS)]
    .filter((el) => el.getClientRects().length > 0)
    .map((el) => relativeRect(el, container));
}

export interface MapAdapterHooks {
  props: MapAdapterProps;
  attribution: string;
  initialView: CameraView | null;
  onSelect: (id: string | null) => void;
  onHover: (id: string | null) => void;
  onReady: () => void;
  onFallback: (reason: FallbackReason) => void;
  onViewChange: (view: CameraView) => void;
  onBasemapError: () => void;
  /** Where a selectable id sits (the map data's own `locate`), for the test handle. */
  locate: (id: string) => LonLat | null;
}

export function useMapAdapter(
  containerRef: RefObject<HTMLElement | null>,
  hooks: MapAdapterHooks,
): { adapter: MapAdapter | null; moving: boolean } {
  const [adapter, setAdapter] = useState<MapAdapter | null>(null);
  const [moving, setMoving] = useState(false);
  // Effect events: the adapter is created once and always calls the latest callbacks.
  const initial = useEffectEvent(() => hooks);
  const onSelect = useEffectEvent((id: string | null) => hooks.onSelect(id));
  const onHover = useEffectEvent((id: string | null) => hooks.onHover(id));
  const onReady = useEffectEvent(() => hooks.onReady());
  const fallBack = useEffectEvent((reason: FallbackReason) => hooks.onFallback(reason));
  const onViewChange = useEffectEvent((view: CameraView) => hooks.onViewChange(view));
  const onBasemapError = useEffectEvent(() => hooks.onBasemapError());
  const locate = useEffectEvent((id: string) => hooks.locate(id));
  const created = useRef<MapAdapter | null>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let live = true;
    let lostTimer: ReturnType<typeof setTimeout> | undefined;
    let detachTestHandle = () => {};
    Promise.all([import('./map-adapter'), loadBasemap()])
      .then(([{ createMapAdapter }, basemap]) => {
        if (!live) return;
        const { props, attribution, initialView } = initial();
        created.current = createMapAdapter({
          container,
          initialView,
          basemapUrl: basemapUrl(),
          basemap,
          attribution,
          initial: props,
          onSelect,
          onHover,
          onReady,
          onContextLost: () => {
            lostTimer = setTimeout(() => fallBack('contextLost'), CONTEXT_RESTORE_GRACE_MS);
          },
          onContextRestored: () => clearTimeout(lostTimer),
          onMoving: setMoving,
          onViewChange,
          onBasemapError,
          overlays: () => overlaysOver(container),
        });
        setAdapter(created.current);
        // Tests and benchmarks drive Chromium through WebDriver/CDP: only then is the handle fetched.
        if (navigator.webdriver === true) {
          const inspect = created.current.inspect;
          void import('./map-test-handle').then(({ attachTestHandle }) => {
            if (live) detachTestHandle = attachTestHandle(container, inspect(), locate);
          });
        }
      })
      .catch(() => {
        // No WebGL2 context after all (maplibre throws GPUInitializationError), or the chunk failed.
        if (live) fallBack('noWebgl');
      });
    return () => {
      live = false;
      clearTimeout(lostTimer);
      detachTestHandle();
      created.current?.destroy();
      created.current = null;
    };
  }, [containerRef]);

  useEffect(() => {
    adapter?.update(hooks.props);
  }, [adapter, hooks.props]);

  return { adapter, moving };
}
