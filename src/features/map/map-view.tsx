/**
 * The map panel, lazy-loaded as its own chunk. WebGL map when the browser can draw it, the SVG
 * fallback otherwise (or when the context is lost for good). maplibre-gl itself is only fetched by
 * the WebGL path (map-canvas loads map-adapter on demand).
 */
import { useCallback, useRef, useState } from 'react';
import { useAtlasModel } from '../../dataset/model-context';
import { useLang } from '../../i18n/use-lang';
import { useDeferredAtlasStore } from '../../store/deferred-views';
import { useBasemapPart } from '../../geo/basemap-data';
import { MapCanvas } from './webgl/map-canvas';
import { MapFallback } from './fallback/map-fallback';
import { MapLegend } from './map-legend';
import type { FallbackReason } from './webgl/use-map-adapter';
import { useMapData } from './use-map-data';
import { usePalette } from './webgl/use-palette';
import { isWebglSupported } from './webgl/webgl';
import './map-view.css';
import { landmark } from '../../components/export-landmarks';

/** The palette follows <html data-theme> itself (see use-palette): no theme prop. */
export default function MapView({ onReady }: { onReady: () => void }) {
  const model = useAtlasModel();
  const lang = useLang();
  const [mode, setMode] = useState<'webgl' | FallbackReason>(() =>
    isWebglSupported() ? 'webgl' : 'noWebgl',
  );
  // The sites follow the cursor a moment after the slider (deferred-views.ts).
  const asOf = useDeferredAtlasStore((s) => s.asOf);
  const labels = useBasemapPart('labels');
  const data = useMapData(model, lang, asOf, labels ?? null);
  const palette = usePalette();
  const [dock, setDock] = useState<HTMLElement | null>(null);

  // performance.mark('atlas:ready') hangs on this: once, whichever map reported first.
  const reported = useRef(false);
  const onMapReady = useCallback(() => {
    if (reported.current) return;
    reported.current = true;
    onReady();
  }, [onReady]);

  return (
    <>
      <div className="map-view" data-map-mode={mode} {...landmark('map-view')}>
        {mode === 'webgl' ? (
          <MapCanvas data={data} palette={palette} onReady={onMapReady} onFallback={setMode} dock={dock} />
        ) : (
          <MapFallback reason={mode} data={data} onReady={onMapReady} />
        )}
        <MapLegend />
      </div>
      {/* A phone's unfolded pledge list, below the map frame (empty otherwise). */}
      <div className="pledge-dock" ref={setDock} />
    </>
  );
}
