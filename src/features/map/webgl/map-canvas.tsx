/**
 * The WebGL map: the adapter (use-map-adapter), the camera between map and store
 * (use-camera-sync), the DOM overlays (controls, tooltip, pledge callouts). Composition only.
 */
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { useMapCapture } from '../../../components/map-capture-context';
import { useTranslation } from 'react-i18next';
import { useAtlasModel } from '../../../dataset/model-context';
import { useLang } from '../../../i18n/use-lang';
import { useAtlasStore } from '../../../store/store-context';
import type { MapAdapterProps } from './map-adapter';
import { CanvasControls, CanvasTooltip } from './map-canvas-overlays';
import { MapCallouts } from '../callouts/map-callouts';
import type { MapPalette } from './map-palette';
import { BasemapNotice } from './basemap-notice';
import { useCameraSync } from './use-camera-sync';
import { useMapAdapter, type FallbackReason } from './use-map-adapter';
import { selectedPledgeCountry, type MapData } from '../use-map-data';
import { landmark } from '../../../components/export-landmarks';

interface MapCanvasProps {
  data: MapData;
  palette: MapPalette;
  onReady: () => void;
  onFallback: (reason: FallbackReason) => void;
  /** Below the map frame: a phone's unfolded pledge list (see PledgeCallout). */
  dock: HTMLElement | null;
}

// Memoised: the deferred store (store/deferred-views.ts) re-renders its panel with the last
// cursor first; an unchanged map data is then skipped.
export const MapCanvas = memo(function MapCanvas({
  data,
  palette,
  onReady,
  onFallback,
  dock,
}: MapCanvasProps) {
  const { t } = useTranslation('map');
  const model = useAtlasModel();
  const lang = useLang();
  const containerRef = useRef<HTMLDivElement>(null);
  const [basemapFailed, setBasemapFailed] = useState(false);
  const selectedId = useAtlasStore((s) => s.selectedId);
  const hoveredId = useAtlasStore((s) => s.hoveredId);
  const select = useAtlasStore((s) => s.select);
  const hover = useAtlasStore((s) => s.hover);
  const initialView = useAtlasStore((s) => s.view);
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

  const { adapter, moving } = useMapAdapter(containerRef, {
    props,
    attribution: t('attribution'),
    initialView,
    onSelect: select,
    onHover: hover,
    onReady,
    onFallback,
    // Called from the map's events, after `camera` below exists.
    onViewChange: (view) => camera.onViewChange(view),
    onBasemapError: () => setBasemapFailed(true),
    locate: data.locate,
  });
  const camera = useCameraSync(adapter, data);
  // The credit follows a language switch like every other string (the map is made only once).
  const attribution = t('attribution');
  useEffect(() => adapter?.setAttribution(attribution), [adapter, attribution]);
  // Export (PNG, video) reads the map through this registry, never by importing the map feature.
  const captureSlot = useMapCapture();
  useEffect(
    () => (adapter ? captureSlot.register(adapter.captureCanvas) : undefined),
    [adapter, captureSlot],
  );

  return (
    <>
      <div ref={containerRef} className="map-container" {...landmark('map-area')} />
      {basemapFailed && <BasemapNotice />}
      {adapter && <CanvasControls adapter={adapter} data={data} onReset={camera.reset} />}
      <CanvasTooltip adapter={adapter} data={data} moving={moving} />
      <MapCallouts adapter={adapter} data={data} dock={dock} />
    </>
  );
});
