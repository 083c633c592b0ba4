/** The full layout: map, site list, details, and the chart slots. Composition only. */
import { Suspense, lazy, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AtlasModel } from '../dataset/model';
import { useAtlasStoreApi } from '../store/store-context';
import { dropUnknownSelection } from './url-sync';
import type { Lang } from '../i18n/languages';
import { SiteList } from '../features/sites/site-list';
import { DetailsPanel } from '../features/details/details-panel';
import { TimelinePanel } from '../features/timeline/timeline-panel';
import { InvestmentsPanel } from '../features/investments/investments-panel';

const MapView = lazy(() => import('../features/map/map-view'));

interface AtlasViewProps {
  model: AtlasModel;
  lang: Lang;
  resolvedTheme: 'light' | 'dark';
}

export function AtlasView({ model, lang, resolvedTheme }: AtlasViewProps) {
  const { t } = useTranslation();
  const [mapReady, setMapReady] = useState(false);
  const onMapReady = useCallback(() => setMapReady(true), []);

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
    if (mapReady) performance.mark('atlas:ready');
  }, [mapReady]);

  return (
    <main id="content" className="app-main" data-ready={mapReady || undefined}>
      <section className="panel panel-map" aria-label={t('panels.map')}>
        <Suspense fallback={<p className="placeholder">{t('app.loading')}</p>}>
          <MapView model={model} lang={lang} resolvedTheme={resolvedTheme} onReady={onMapReady} />
        </Suspense>
      </section>
      <div className="panel-side">
        <SiteList model={model} lang={lang} />
        <DetailsPanel model={model} lang={lang} />
      </div>
      <TimelinePanel model={model} lang={lang} />
      <InvestmentsPanel model={model} lang={lang} />
    </main>
  );
}
