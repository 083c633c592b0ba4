/**
 * The WebGL map: loads the adapter (and with it maplibre-gl) on demand, feeds it props, and draws
 * the DOM overlays (controls, tooltip, pledge callouts). Reports a lost context that does not come
 * back so that the view can switch to the SVG fallback.
 */
import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { AtlasModel } from '../../dataset/model';
import type { Lang } from '../../i18n/languages';
import { siteStatusAsOf } from '../../store/selectors';
import { useAtlasStore } from '../../store/store-context';
import { registerMapCapture } from '../../lib/map-capture';
import { basemapUrl } from './basemap-data';
import type { CameraView, MapAdapter, MapAdapterProps } from './map-adapter';
import { MapControls } from './map-controls';
import type { MapPalette } from './map-palette';
import { MapTooltip } from './map-tooltip';
import { EUROPE_BOUNDS, type Bounds } from './mercator';
import { PledgeCallout } from './pledge-callout';
import { calloutSide, isNarrowScreen } from './pledge-features';
import { siteHeadline } from './site-facts';
import { siteDiameter } from './site-size';
import { dataBounds, selectedPledgeCountry, type MapData } from './use-map-data';
import { prefersReducedMotion } from './use-palette';

export type FallbackReason = 'noWebgl' | 'contextLost';

/** How long a lost WebGL context may take to come back before the SVG map replaces it. */
export const CONTEXT_RESTORE_GRACE_MS = 2500;

interface MapCanvasProps {
  model: AtlasModel;
  lang: Lang;
  data: MapData;
  palette: MapPalette;
  onReady: () => void;
  onFallback: (reason: FallbackReason) => void;
}

export function MapCanvas({ model, lang, data, palette, onReady, onFallback }: MapCanvasProps) {
  const { t } = useTranslation('map');
  const containerRef = useRef<HTMLDivElement>(null);
  const [adapter, setAdapter] = useState<MapAdapter | null>(null);
  const [moving, setMoving] = useState(false);
  const { selectedId, hoveredId, asOf, view } = useAtlasStore(
    useShallow((s) => ({ selectedId: s.selectedId, hoveredId: s.hoveredId, asOf: s.asOf, view: s.view })),
  );
  const select = useAtlasStore((s) => s.select);
  const hover = useAtlasStore((s) => s.hover);
  const setView = useAtlasStore((s) => s.setView);
  // The last camera the map reported: a store view equal to it is our own echo, not a command.
  const reportedView = useRef<CameraView | null>(null);
  const label = t('label');
  const selectedCountry = selectedPledgeCountry(model, selectedId);

  const props = useMemo<MapAdapterProps>(
    () => ({
      sites: data.sites,
      pledgeCountries: data.pledgeCountries,
      selectedCountry,
      selectedId,
      hoveredId,
      palette,
      lang,
      label,
    }),
    [data.sites, data.pledgeCountries, selectedCountry, selectedId, hoveredId, palette, lang, label],
  );

  // Effect events: the adapter is created once and always calls the latest callbacks.
  const initialProps = useEffectEvent(() => props);
  const onSelect = useEffectEvent((id: string | null) => select(id));
  const onHover = useEffectEvent((id: string | null) => hover(id));
  const onMapReady = useEffectEvent(() => onReady());
  const fallBack = useEffectEvent((reason: FallbackReason) => onFallback(reason));
  const locate = useEffectEvent((id: string) => data.locate(id));
  const initialView = useEffectEvent(() => view);
  const onViewChange = useEffectEvent((next: CameraView) => {
    reportedView.current = next;
    setView(roundView(next));
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let live = true;
    let created: MapAdapter | null = null;
    let lostTimer: ReturnType<typeof setTimeout> | undefined;
    import('./map-adapter')
      .then(({ createMapAdapter }) => {
        if (!live) return;
        created = createMapAdapter({
          container,
          initialView: initialView(),
          basemapUrl: basemapUrl(),
          attribution: t('attribution'),
          // Tests and benchmarks drive Chromium through WebDriver/CDP; visitors never get the handle.
          exposeTestHandle: navigator.webdriver === true,
          initial: initialProps(),
          onSelect,
          onHover,
          onReady: onMapReady,
          onContextLost: () => {
            lostTimer = setTimeout(() => fallBack('contextLost'), CONTEXT_RESTORE_GRACE_MS);
          },
          onContextRestored: () => clearTimeout(lostTimer),
          onMoving: setMoving,
          onViewChange,
        });
        setAdapter(created);
      })
      .catch(() => {
        // No WebGL2 context after all (maplibre throws GPUInitializationError), or the chunk failed.
        if (live) fallBack('noWebgl');
      });
    return () => {
      live = false;
      clearTimeout(lostTimer);
      created?.destroy();
    };
    // The map is created once; language changes reach it through update().
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    adapter?.update(props);
  }, [adapter, props]);

  // Export (PNG, video) reads the map through this registry, never by importing the map feature.
  useEffect(() => (adapter ? registerMapCapture(adapter.captureCanvas) : undefined), [adapter]);

  useEffect(() => {
    if (!adapter || sameView(view, reportedView.current)) return;
    reportedView.current = view;
    adapter.setView(view);
  }, [adapter, view]);

  // Bring the selection into view, whoever selected it (list, timeline, URL).
  useEffect(() => {
    if (!adapter || !selectedId) return;
    const lngLat = locate(selectedId);
    if (lngLat)
      adapter.reveal(lngLat, model.sitesById.has(selectedId) ? selectedId : null, !prefersReducedMotion());
  }, [adapter, selectedId, model]);

  // One detached element per country callout; maplibre positions it, React renders into it.
  const countriesKey = data.pledgeCountries.join(',');
  const calloutElements = useMemo(
    () =>
      new Map(
        countriesKey
          .split(',')
          .filter(Boolean)
          .map((country) => [country, document.createElement('div')]),
      ),
    [countriesKey],
  );
  useEffect(() => {
    adapter?.setCallouts(
      data.pledges.flatMap((group) => {
        const element = calloutElements.get(group.country);
        return group.anchor && element
          ? [
              {
                key: group.country,
                ids: group.pledges.map((p) => p.id),
                lngLat: group.anchor,
                side: calloutSide(group.anchor, isNarrowScreen()),
                element,
              },
            ]
          : [];
      }),
    );
  }, [adapter, data.pledges, calloutElements]);

  const animate = () => !prefersReducedMotion();
  const fitAll = () => {
    const bounds = dataBounds(data);
    adapter?.fitBounds(bounds ? padBounds(bounds) : EUROPE_BOUNDS, animate());
  };

  const hoveredSite = hoveredId ? model.sitesById.get(hoveredId) : undefined;
  const hoveredStatus = hoveredSite ? siteStatusAsOf(hoveredSite, asOf) : null;
  const hoveredAt = hoveredSite && hoveredStatus ? data.locate(hoveredSite.id) : null;
  const tooltipPoint = adapter && hoveredAt && !moving ? adapter.project(hoveredAt) : null;

  return (
    <>
      <div ref={containerRef} className="map-container" />
      {adapter && (
        <MapControls
          onZoomIn={() => adapter.zoomBy(1, animate())}
          onZoomOut={() => adapter.zoomBy(-1, animate())}
          onFitAll={fitAll}
          onReset={() => {
            adapter.fitBounds(EUROPE_BOUNDS, animate());
            reportedView.current = null;
            setView(null);
          }}
        />
      )}
      {hoveredSite && hoveredStatus && tooltipPoint && (
        <MapTooltip
          site={hoveredSite}
          status={hoveredStatus}
          headline={siteHeadline(hoveredSite, model)}
          lang={lang}
          point={{
            x: tooltipPoint.x,
            y: tooltipPoint.y - siteDiameter(capacityOf(data, hoveredSite.id)) / 2 - 6,
          }}
        />
      )}
      {data.pledges.map((group) => {
        const element = calloutElements.get(group.country);
        return element
          ? createPortal(
              <PledgeCallout
                group={group}
                side={group.anchor ? calloutSide(group.anchor, isNarrowScreen()) : 'right'}
                lang={lang}
                selectedId={selectedId}
                hoveredId={hoveredId}
                onSelect={select}
                onHover={hover}
              />,
              element,
              group.country,
            )
          : null;
      })}
    </>
  );
}

/** The precision the URL keeps (url-state VIEW_LIMITS): 4 decimals of degrees, 2 of zoom. */
function roundView({ lat, lon, zoom }: CameraView): CameraView {
  const round = (value: number, decimals: number) => Number(value.toFixed(decimals)) + 0;
  return { lat: round(lat, 4), lon: round(lon, 4), zoom: round(zoom, 2) };
}

function sameView(a: CameraView | null, b: CameraView | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a.lat - b.lat) < 1e-3 && Math.abs(a.lon - b.lon) < 1e-3 && Math.abs(a.zoom - b.zoom) < 0.01;
}

function capacityOf(data: MapData, id: string): number | null {
  return data.sites.features.find((f) => f.properties.id === id)?.properties.mw ?? null;
}

/** A single site or a tight group would zoom in to the street: give fitBounds some room. */
function padBounds([[w, s], [e, n]]: Bounds): Bounds {
  const dx = Math.max(0, 3 - (e - w)) / 2;
  const dy = Math.max(0, 2 - (n - s)) / 2;
  return [
    [w - dx, s - dy],
    [e + dx, n + dy],
  ];
}
