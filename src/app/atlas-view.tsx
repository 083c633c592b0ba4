/** The atlas: the chosen panels (all four by default, in the URL's order otherwise). Composition only. */
import { Suspense, useCallback, useEffect, useState, type ComponentProps, type ReactNode } from 'react';
import { LazyPanel, usePanelsDrawn } from './lazy-panel';
import { useTranslation } from 'react-i18next';
import { useAtlasModel } from '../dataset/model-context';
import { useAtlasStore, useAtlasStoreApi } from '../store/store-context';
import { PANEL_IDS, type PanelId } from '../store/ui-vocabulary';
import { SiteList } from '../features/sites/site-list';
import { DetailsSlot } from '../features/details/details-slot';
import { SearchBox } from '../features/search/search-box';
import { AboutDialog } from '../features/about/about-dialog';
import { DownloadsList } from '../features/downloads/downloads-list';
import { DownloadsMenu } from '../features/downloads/downloads-menu';
import { PanelBoundary } from '../components/panel-boundary';
import { LiveSummary } from '../features/summary/live-summary';
import { dropUnknownSelection } from './url-sync';
import { PhoneTabs } from './phone-tabs';
import { InvestmentsPanel, MapView, TimelinePanel } from './lazy-panels';
import { PHONE_QUERY, useMediaQuery } from '../lib/media';
import { markAtlasReady } from '../lib/atlas-ready';
import { landmark } from '../components/export-landmarks';

const isDefaultLayout = (panels: readonly PanelId[]) =>
  panels.length === PANEL_IDS.length && panels.every((panel, index) => panel === PANEL_IDS[index]);

/** `nested`: drawn inside another page's main landmark (the Data desk's preview), so not one itself. */
export function AtlasView({ nested = false }: { nested?: boolean }) {
  const { t } = useTranslation();
  const model = useAtlasModel();
  const panels = useAtlasStore((s) => s.panels);
  // Embeds get compact chrome: no site navigation (search, About, downloads) inside a host's page.
  const embed = useAtlasStore((s) => s.embed);
  const showsMap = panels.includes('map');
  const phone = useMediaQuery(PHONE_QUERY);
  const [mapReady, setMapReady] = useState(false);
  const onMapReady = useCallback(() => setMapReady(true), []);
  const charts = usePanelsDrawn();
  // Ready once the map (when shown) and every chart panel on screen have drawn.
  const ready = (mapReady || !showsMap) && charts.drawn;

  const store = useAtlasStoreApi();
  useEffect(() => {
    dropUnknownSelection(store, new Set(model.recordsById.keys()));
  }, [store, model]);

  useEffect(() => {
    // The other panels render synchronously with this component; the map and the charts report.
    if (ready) markAtlasReady();
  }, [ready]);

  const guard = (name: PanelId, node: ReactNode) => (
    <PanelBoundary
      key={name}
      name={name}
      onError={name === 'map' ? onMapReady : undefined}
      fallback={() => (
        <section className="panel" role="alert">
          <p className="placeholder">{t('panels.failed', { name: t(`panels.${name}`) })}</p>
        </section>
      )}
    >
      {node}
    </PanelBoundary>
  );

  // A chart panel is a chunk of its own, and counts as drawn for `ready` once it reports.
  const chart = (name: 'timeline' | 'investments', panel: ReactNode) =>
    guard(
      name,
      <LazyPanel
        id={name}
        track={charts.track}
        fallback={<LoadingPanel className={`panel-${name}`} title={t(`panels.${name}`)} />}
      >
        {panel}
      </LazyPanel>,
    );

  const slots: Record<PanelId, ReactNode> = {
    map: guard(
      'map',
      <section className="panel panel-map" aria-label={t('panels.map')} {...landmark('map-panel')}>
        <Suspense fallback={<p className="placeholder">{t('app.loading')}</p>}>
          <MapView onReady={onMapReady} />
        </Suspense>
      </section>,
    ),
    details: guard(
      'details',
      <div className="panel-side" {...landmark('side-panel')}>
        {!embed && (
          <>
            <SearchBox />
            <div className="side-tools">
              <AboutDialog>
                <DownloadsList newsroomLinks={false} />
              </AboutDialog>
              <DownloadsMenu />
            </div>
          </>
        )}
        <SiteList />
        <DetailsSlot />
      </div>,
    ),
    timeline: chart('timeline', <TimelinePanel />),
    investments: chart('investments', <InvestmentsPanel />),
  };

  const defaultLayout = isDefaultLayout(panels);
  const layout = defaultLayout ? 'app-main' : 'app-main app-main-flow';
  return (
    <>
      <LiveSummary />
      <Main nested={nested} className={layout} data-ready={ready || undefined} {...landmark('main')}>
        {defaultLayout && phone ? (
          <>
            {slots.map}
            <PhoneTabs
              tabs={[
                { id: 'details', label: t('panels.details'), content: slots.details },
                { id: 'timeline', label: t('panels.timeline'), content: slots.timeline },
                { id: 'investments', label: t('panels.investments'), content: slots.investments },
              ]}
            />
          </>
        ) : (
          panels.map((panel) => slots[panel])
        )}
      </Main>
    </>
  );
}

function Main({ nested, ...props }: { nested: boolean } & Omit<ComponentProps<'main'>, 'ref'>) {
  return nested ? <div {...props} /> : <main id="content" {...props} />;
}

function LoadingPanel({ className, title }: { className: string; title: string }) {
  const { t } = useTranslation();
  return (
    <section className={`panel ${className}`} aria-busy="true">
      <h2>{title}</h2>
      <p className="placeholder">{t('app.loading')}</p>
    </section>
  );
}
