/** Providers, language and theme, and the loading / error / atlas switch. */
import { Suspense, lazy, useEffect, useMemo, useRef } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { createAppI18n } from '../i18n/lazy-locales';
import { resolveLang } from '../i18n/languages';
import type { AtlasStore } from '../store/atlas-store';
import { AtlasStoreProvider, useAtlasStore, useAtlasStoreApi } from '../store/store-context';
import { useAtlasLoad } from './use-atlas-load';
import { ExportMenu } from './lazy-panels';
import { MapCaptureProvider } from '../components/map-capture-context';
import { useUrlSync } from './use-url-sync';
import { useResolvedTheme } from './use-resolved-theme';
import { ExportPlaceholder, Header } from './header';
import { EmbedHeader } from './embed-header';
import { ErrorPanel } from './error-panel';
import { AtlasView } from './atlas-view';
import { toUrlState } from '../url-state/store-fields';
import { SourceLine } from './source-line';
import { useEmbedBridge } from '../features/embed/use-embed-bridge';
import { useEmbedError } from '../features/embed/use-embed-error';
import { mergeSearch } from '../url-state/url-codec';
import { AtlasModelProvider } from '../dataset/model-context';
import { LangProvider } from '../i18n/use-lang';
import { OfflineNotices } from '../features/offline/offline-notices';
import { landmark } from '../components/export-landmarks';
import { focusInPage } from './embed-links';
import { DESK_PARAM, latestHref, type ReleaseChoice } from '../lib/release-choice';
import { PinnedNotice, UnknownVersion } from './release-notice';
import { useStorySession } from '../features/presenter/story-session';

// Presenter mode (`present=N`) and its story are their own chunk.
const PresenterView = lazy(() => import('./presenter-view'));
// The Data desk (`?desk=1`) is its own chunk: most visitors never open it.
const DataDesk = lazy(() => import('../features/desk/data-desk').then((m) => ({ default: m.DataDesk })));
// The story editor: its own chunk, loaded when "New story" or "Edit a copy" opens it.
const StoryEditor = lazy(() => import('../features/presenter/editor/story-editor'));

interface AppProps {
  store: AtlasStore;
  /** The atlas's own dataset; `?data=` (store.data) replaces it. */
  dataUrl: string;
  /** `?version=`: a published release of the dataset, or one that does not exist. */
  release?: ReleaseChoice;
  /** `?desk=1`: the Data desk instead of the atlas. */
  desk?: boolean;
}

export function App({ store, dataUrl, release, desk }: AppProps) {
  return (
    <AtlasStoreProvider store={store}>
      <LocalizedApp dataUrl={dataUrl} release={release} desk={desk} />
    </AtlasStoreProvider>
  );
}

function LocalizedApp({ dataUrl, release, desk }: Omit<AppProps, 'store'>) {
  const langChoice = useAtlasStore((s) => s.lang);
  const lang = resolveLang(langChoice, typeof navigator === 'undefined' ? [] : navigator.languages);
  const i18n = useMemo(() => createAppI18n(lang), []); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    void i18n.changeLanguage(lang);
    document.documentElement.lang = lang;
  }, [i18n, lang]);
  return (
    <I18nextProvider i18n={i18n}>
      <LangProvider lang={lang}>
        <Shell dataUrl={dataUrl} release={release} desk={desk} />
      </LangProvider>
    </I18nextProvider>
  );
}

function Shell({ dataUrl, release = { kind: 'current' }, desk = false }: Omit<AppProps, 'store'>) {
  const { t } = useTranslation();
  const customUrl = useAtlasStore((s) => s.data);
  const load = useAtlasLoad(customUrl ?? dataUrl, customUrl !== null);
  const storeApi = useAtlasStoreApi();
  const failure = load.status === 'done' && !load.ok ? load : null;
  const model = load.status === 'done' && load.ok ? load.model : null;
  useEmbedError(
    useMemo(() => failure && { kind: failure.kind, problems: failure.problems.length }, [failure]),
  );
  useUrlSync(storeApi, model);
  const defaultHref = () => {
    const { pathname, search, hash } = window.location;
    return `${pathname}${mergeSearch(search, { ...toUrlState(storeApi.getState()), data: null })}${hash}`;
  };
  const resolvedTheme = useResolvedTheme(useAtlasStore((s) => s.theme));
  const embed = useAtlasStore((s) => s.embed);
  const presenting = useAtlasStore((s) => s.present !== null);
  const editing = useStorySession((s) => s.editor !== null);
  const rootRef = useRef<HTMLDivElement>(null);
  useEmbedBridge(load.status === 'done' && load.ok ? load.model : null, rootRef, toUrlState);
  useEffect(() => {
    document.documentElement.dataset.theme = resolvedTheme;
  }, [resolvedTheme]);

  return (
    <MapCaptureProvider>
      <div ref={rootRef} className={embed ? 'app app-embed' : 'app'}>
        <a className="skip-link" href="#content" onClick={focusInPage(embed)}>
          {t('app.skipToContent')}
        </a>
        {embed ? (
          <EmbedHeader />
        ) : (
          !presenting && (
            <Header
              tools={
                model ? (
                  <AtlasModelProvider model={model}>
                    <Suspense fallback={<ExportPlaceholder />}>
                      <ExportMenu />
                    </Suspense>
                  </AtlasModelProvider>
                ) : undefined
              }
            />
          )
        )}
        {desk && (
          <main id="content" className="app-main app-main-flow app-desk">
            <Suspense fallback={<p className="placeholder">{t('app.loading')}</p>}>
              <DataDesk
                backHref={latestHref(window.location, DESK_PARAM)}
                preview={(deskModel) => (
                  <AtlasModelProvider model={deskModel}>
                    <AtlasView nested />
                  </AtlasModelProvider>
                )}
              />
            </Suspense>
          </main>
        )}
        {!desk && release.kind === 'unknown' && (
          <main id="content" className="app-main app-main-error">
            <UnknownVersion {...release} />
          </main>
        )}
        {!desk && release.kind !== 'unknown' && load.status === 'loading' && (
          <main id="content" className="app-main" {...landmark('main')}>
            <p className="placeholder">{t('app.loading')}</p>
          </main>
        )}
        {!desk && release.kind !== 'unknown' && failure && (
          <main id="content" className="app-main app-main-error">
            <ErrorPanel
              failure={failure}
              onRetry={load.retry}
              customUrl={customUrl}
              defaultHref={customUrl === null ? null : defaultHref()}
              embed={embed}
            />
          </main>
        )}
        {!desk && release.kind !== 'unknown' && load.status === 'done' && load.ok && (
          <AtlasModelProvider model={load.model}>
            {release.kind === 'pinned' && <PinnedNotice version={release.version} latest={release.latest} />}
            <OfflineNotices />
            {presenting ? (
              <Suspense fallback={<p className="placeholder">{t('app.loading')}</p>}>
                <PresenterView />
              </Suspense>
            ) : (
              <>
                <AtlasView />
                <SourceLine atlas={load.model.atlas} customUrl={customUrl} />
                {editing && !embed && (
                  <Suspense fallback={null}>
                    <StoryEditor />
                  </Suspense>
                )}
              </>
            )}
          </AtlasModelProvider>
        )}
      </div>
    </MapCaptureProvider>
  );
}
