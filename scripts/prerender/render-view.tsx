/**
 * The default view as static HTML, rendered at build time by react-dom/server (loaded through
 * Vite's SSR loader by prerender-plugin.ts). It uses the real Header, LiveSummary and SiteList with
 * the real dataset and i18n, inside the same shell markup as App/AtlasView, so the app's first
 * render lands on the same boxes. The map panel holds a static picture; the charts a note.
 */
import { useMemo } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { Header } from '../../src/app/header';
import { AtlasModelProvider } from '../../src/dataset/model-context';
import { buildAtlasModel, type AtlasModel } from '../../src/dataset/model';
import { validateAtlas } from '../../src/dataset/validate';
import { LiveSummary } from '../../src/features/summary/live-summary';
import { SiteList } from '../../src/features/sites/site-list';
import { createI18n } from '../../src/i18n/i18n';
import type { Lang } from '../../src/i18n/languages';
import { LangProvider } from '../../src/i18n/use-lang';
import { createAtlasStore } from '../../src/store/atlas-store';
import { siteStatusAsOf } from '../../src/dataset/site-status';
import { AtlasStoreProvider } from '../../src/store/store-context';
import { TimelinePanel } from '../../src/features/timeline/timeline-panel';
import { InvestmentsPanel } from '../../src/features/investments/investments-panel';
import { DetailsPanel } from '../../src/features/details/details-panel';
import { bakedFigures, suffixIds } from './baked-markup';

export interface PrerenderedView {
  /** The markup that goes inside #root. */
  html: string;
  title: string;
  sites: { lon: number; lat: number; status: ReturnType<typeof siteStatusAsOf> }[];
}

export const MAP_PICTURE = 'map-picture.svg';

/**
 * Without JavaScript the chart panels show their baked figures beside the app's own tables (every
 * event, every money figure, with the same summaries).
 */
function ChartsWithTables() {
  const store = useMemo(() => createAtlasStore({ table: ['timeline', 'investments'] }), []);
  return (
    <AtlasStoreProvider store={store}>
      <TimelinePanel chartToo />
      <InvestmentsPanel chartToo />
    </AtlasStoreProvider>
  );
}

/** Where the charts-with-tables copy goes: rendered apart, its ids made its own (suffixIds). */
const CHARTS_WITH_TABLES = '<noscript data-charts-with-tables=""></noscript>';

/**
 * Without JavaScript every site's details (partners, figures, status history, sources, caveats)
 * follow the list, each the app's own details panel with that site selected.
 */
function EverySiteDetails({ ids }: { ids: readonly string[] }) {
  return ids.map((id) => (
    <AtlasStoreProvider key={id} store={createAtlasStore({ selectedId: id })}>
      <DetailsPanel />
    </AtlasStoreProvider>
  ));
}

function View({ model, t }: { model: AtlasModel; t: (key: string, options?: object) => string }) {
  const { version, updated } = model.atlas;
  return (
    <div className="app" data-prerendered="">
      <a className="skip-link" href="#content">
        {t('app.skipToContent')}
      </a>
      <Header />
      <LiveSummary />
      <main id="content" className="app-main">
        <section className="panel panel-map" aria-label={t('panels.map')}>
          <img className="prerender-map" src={`./${MAP_PICTURE}`} alt={t('panels.map')} />
        </section>
        <div className="panel-side">
          <SiteList />
          <noscript>
            <EverySiteDetails ids={model.atlas.sites.map((site) => site.id)} />
          </noscript>
        </div>
        {/* The live panels with their baked figures (components/static-chart.tsx): the app's first
            render lands on the same boxes, and recharts takes over each figure in place. */}
        <TimelinePanel />
        <InvestmentsPanel />
        <noscript data-charts-with-tables="" />
      </main>
      <footer className="app-footer">{t('app.sourceLine', { version, updated })}</footer>
    </div>
  );
}

/**
 * Without JavaScript no control works, so the prerendered ones say so (disabled). Links and
 * disclosures stay usable: a visitor without JavaScript opens the sources from here. (With
 * JavaScript the whole copy is made inert while the app takes over: prerender-takeover.ts.)
 * The details panels, one per site, get ids of their own.
 */
export function inertControls(html: string): string {
  let panel = 0;
  return (
    html
      .replace(/<button /g, '<button disabled="" ')
      // The strict CSP (style-src 'self') forbids style attributes: the slider's positions and the
      // like are the app's to set; without JavaScript the tables need none.
      .replace(/\sstyle="[^"]*"/g, '')
      .replace(/id="details-title"|aria-labelledby="details-title"/g, (match) =>
        match.startsWith('id')
          ? `id="details-title-${++panel}"`
          : `aria-labelledby="details-title-${panel + 1}"`,
      )
  );
}

export function renderDefaultView(json: unknown, lang: Lang): PrerenderedView {
  const result = validateAtlas(json);
  if (!result.ok) throw new Error(`prerender: the dataset is invalid: ${result.problems[0]?.message}`);
  const model = buildAtlasModel(result.atlas);
  const i18n = createI18n(lang);
  const t = (key: string, options?: object) => String(i18n.t(key as 'app.title', options as never));
  const html = renderToStaticMarkup(
    <AtlasStoreProvider store={createAtlasStore({})}>
      <I18nextProvider i18n={i18n}>
        <LangProvider lang={lang}>
          <AtlasModelProvider model={model}>
            <View model={model} t={t} />
          </AtlasModelProvider>
        </LangProvider>
      </I18nextProvider>
    </AtlasStoreProvider>,
  );
  const sites = model.atlas.sites.map((site) => ({
    lon: site.location.lon,
    lat: site.location.lat,
    status: siteStatusAsOf(site, null),
  }));
  const chartsWithTables = renderToStaticMarkup(
    <AtlasStoreProvider store={createAtlasStore({})}>
      <I18nextProvider i18n={i18n}>
        <LangProvider lang={lang}>
          <AtlasModelProvider model={model}>
            <ChartsWithTables />
          </AtlasModelProvider>
        </LangProvider>
      </I18nextProvider>
    </AtlasStoreProvider>,
  );
  const page = html.replace(
    CHARTS_WITH_TABLES,
    `<noscript>${suffixIds(chartsWithTables, '-table')}</noscript>`,
  );
  return { html: inertControls(bakedFigures(page)), title: t('app.title'), sites };
}
