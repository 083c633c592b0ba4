/** The map panel. Loaded lazily (its own chunk with maplibre); talks to the map only via the adapter. */
import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { AtlasModel } from '../../dataset/model';
import type { Lang } from '../../i18n/languages';
import { useAtlasStore } from '../../store/store-context';
import { selectVisibleSites, siteStatusAsOf } from '../../store/selectors';
import { createMapAdapter, isWebglSupported, type MapAdapter } from './map-adapter';
import { readMapPalette } from './map-palette';
import { toSiteFeatures } from './site-features';
import './map-view.css';

interface MapViewProps {
  model: AtlasModel;
  lang: Lang;
  resolvedTheme: 'light' | 'dark';
  onReady: () => void;
}

export default function MapView({ model, lang, resolvedTheme, onReady }: MapViewProps) {
  const { t } = useTranslation();
  const containerRef = useRef<HTMLDivElement>(null);
  const adapterRef = useRef<MapAdapter | null>(null);
  const [webgl] = useState(isWebglSupported);
  const { selectedId, hoveredId, asOf } = useAtlasStore(
    useShallow((s) => ({ selectedId: s.selectedId, hoveredId: s.hoveredId, asOf: s.asOf })),
  );
  const select = useAtlasStore((s) => s.select);
  const hover = useAtlasStore((s) => s.hover);

  const sites = useMemo(
    () => toSiteFeatures(selectVisibleSites({ asOf }, model), lang, (site) => siteStatusAsOf(site, asOf)),
    [model, lang, asOf],
  );
  // resolvedTheme is a dependency on purpose: the CSS tokens it switches are read here.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const palette = useMemo(() => readMapPalette(document.documentElement), [resolvedTheme]);
  // Effect events: the adapter is created once and always calls the latest callbacks.
  const initialProps = useEffectEvent(() => ({ sites, selectedId, hoveredId, palette }));
  const onSelect = useEffectEvent((id: string | null) => select(id));
  const onHover = useEffectEvent((id: string | null) => hover(id));
  const onMapReady = useEffectEvent(() => onReady());

  useEffect(() => {
    if (!webgl) {
      onMapReady();
      return;
    }
    const container = containerRef.current;
    if (!container) return;
    const adapter = createMapAdapter({
      container,
      basemapUrl: new URL('basemap/', document.baseURI).href,
      attribution: 'Natural Earth',
      initial: initialProps(),
      onSelect,
      onHover,
      onReady: onMapReady,
    });
    adapterRef.current = adapter;
    return () => {
      adapter.destroy();
      adapterRef.current = null;
    };
  }, [webgl]);

  useEffect(() => {
    adapterRef.current?.update({ sites, selectedId, hoveredId, palette });
  }, [sites, selectedId, hoveredId, palette]);

  if (!webgl) {
    return (
      <div className="map-fallback" role="note">
        <p>{t('map.noWebgl')}</p>
      </div>
    );
  }
  return <div ref={containerRef} className="map-container" role="region" aria-label={t('map.label')} />;
}
