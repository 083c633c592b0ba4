/** The atlas: the chosen panels (all four by default, in the URL's order otherwise). Composition only. */
import { Suspense, lazy, useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AtlasModel } from '../dataset/model';
import type { Lang } from '../i18n/languages';
import { useAtlasStore, useAtlasStoreApi } from '../store/store-context';
import { PANEL_IDS, type PanelId } from '../url-state/url-state';
import { SiteList } from '../features/sites/site-list';
import { DetailsPanel } from '../features/details/details-panel';
import { TimelinePanel } from '../features/timeline/timeline-panel';
import { InvestmentsPanel } from '../features/investments/investments-panel';
import { LiveSummary } from '../features/summary/live-summary';
import { dropUnknownSelection } from './url-sync';

const MapView = lazy(() => import('../features/map/map-view'));

interface AtlasViewProps {
  model: AtlasModel;
  lang: Lang;
  resolvedTheme: 'light' | 'dark';
}

const isDefaultLayout = (panels: readonly PanelId[]) =>
  panels.length === PANEL_IDS.length && panels.every((panel, index) => panel === PANEL_IDS[index]);

export function AtlasView({ model, lang, resolvedTheme }: AtlasViewProps) {
  const { t } = useTranslation();
  const panels = useAtlasStore((s) => s.panels);
  const showsMap = panels.includes('map');
  const [mapReady, setMapReady] = useState(false);
  const onMapReady = useCallback(() => setMapReady(true), []);
  const ready = mapReady || !showsMap;

  const store = useAtlasStoreApi();
  useEffect(() => {
    const known = new Set([
      ...model.sitesById.keys(),
      ...model.investmentsById.keys(),
      ...model.atlas.events.map((e) => e.id),
    ]);
    dropUnknownSelection(store, known);
  }, [store, model]);

  useEffect(() => {
    // Panels render synchronously with this component; the map reports when it has drawn.
    if (ready && performance.getEntriesByName('atlas:ready').length === 0) performance.mark('atlas:ready');
  }, [ready]);

  const slots: Record<PanelId, ReactNode> = {
    map: (
      <section key="map" className="panel panel-map" aria-label={t('panels.map')}>
        <Suspense fallback={<p className="placeholder">{t('app.loading')}</p>}>
          <MapView model={model} lang={lang} resolvedTheme={resolvedTheme} onReady={onMapReady} />
        </Suspense>
      </section>
    ),
    details: (
      <div key="details" className="panel-side">
        <SiteList model={model} lang={lang} />
        <DetailsPanel model={model} lang={lang} />
      </div>
    ),
    timeline: <TimelinePanel key="timeline" model={model} lang={lang} />,
    investments: <InvestmentsPanel key="investments" model={model} lang={lang} />,
  };

  const layout = isDefaultLayout(panels) ? 'app-main' : 'app-main app-main-flow';
  return (
    <>
      <LiveSummary model={model} lang={lang} />
      <main id="content" className={layout} data-ready={ready || undefined}>
        {panels.map((panel) => slots[panel])}
      </main>
    </>
  );
}
