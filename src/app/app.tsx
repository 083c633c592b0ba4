/** Providers, language and theme, and the loading / error / atlas switch. */
import { Suspense, lazy, useEffect, useMemo, useRef } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { createAppI18n } from '../i18n/lazy-locales';
import { resolveLang } from '../i18n/languages';
import type { AtlasStore } from '../store/atlas-store';
import { AtlasStoreProvider, useAtlasStore, useAtlasStoreApi } from '../store/store-context';
import { useAtlasLoad } from './use-atlas-load';
import { useResolvedTheme } from './use-resolved-theme';
import { Header } from './header';
import { EmbedHeader } from './embed-header';
import { ErrorPanel } from './error-panel';
import { AtlasView } from './atlas-view';
import { toUrlState } from './url-sync';
import { SourceLine } from './source-line';
import { useEmbedBridge } from '../features/embed/use-embed-bridge';
import { useEmbedError } from '../features/embed/use-embed-error';
import type { AtlasModel } from '../dataset/model';
import { formatProblem } from '../dataset/problem';
import { mergeSearch } from '../url-state/url-codec';
import { AtlasModelProvider } from '../dataset/model-context';
import { LangProvider } from '../i18n/use-lang';
import { OfflineNotices } from '../features/offline/offline-notices';
import { useStorySession } from '../features/presenter/story-session';

// Export (PNG, SVG, video) is its own chunk: first paint never waits for it. In the header, so
// every layout has it, whichever panels `panels=` shows.
const ExportMenu = lazy(() => import('../features/export/export-menu'));
// Presenter mode (`present=N`) and its story are their own chunk.
const PresenterView = lazy(() => import('./presenter-view'));
// The story editor: its own chunk, loaded when "New story" or "Edit a copy" opens it.
const StoryEditor = lazy(() => import('../features/presenter/editor/story-editor'));

interface AppProps {
  store: AtlasStore;
  /** The atlas's own dataset; `?data=` (store.data) replaces it. */
  dataUrl: string;
  /** Called with each model once it has loaded (url sync re-validates Back/Forward with it). */
  onModel?: (model: AtlasModel) => void;
}

export function App({ store, dataUrl, onModel }: AppProps) {
  return (
    <AtlasStoreProvider store={store}>
      <LocalizedApp dataUrl={dataUrl} onModel={onModel} />
    </AtlasStoreProvider>
  );
}

function LocalizedApp({ dataUrl, onModel }: Omit<AppProps, 'store'>) {
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
        <Shell dataUrl={dataUrl} onModel={onModel} />
      </LangProvider>
    </I18nextProvider>
  );
}

function Shell({ dataUrl, onModel }: Omit<AppProps, 'store'>) {
  const { t } = useTranslation();
  const customUrl = useAtlasStore((s) => s.data);
  const load = useAtlasLoad(customUrl ?? dataUrl, customUrl !== null);
  const storeApi = useAtlasStoreApi();
  const failure = load.status === 'done' && !load.ok ? load : null;
  const model = load.status === 'done' && load.ok ? load.model : null;
  useEmbedError(
    useMemo(
      () => failure && { kind: failure.kind, messages: failure.problems.map(formatProblem) },
      [failure],
    ),
  );
  useEffect(() => {
    if (model) onModel?.(model);
  }, [model, onModel]);
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
    <div ref={rootRef} className={embed ? 'app app-embed' : 'app'}>
      <a className="skip-link" href="#content">
        {t('app.skipToContent')}
      </a>
      {embed ? (
        <EmbedHeader />
      ) : (
        !presenting && (
          <Header
            tools={
              model && (
                <AtlasModelProvider model={model}>
                  <Suspense fallback={null}>
                    <ExportMenu />
                  </Suspense>
                </AtlasModelProvider>
              )
            }
          />
        )
      )}
      {load.status === 'loading' && (
        <main id="content" className="app-main">
          <p className="placeholder">{t('app.loading')}</p>
        </main>
      )}
      {failure && (
        <main id="content" className="app-main app-main-error">
          <ErrorPanel
            failure={failure}
            onRetry={load.retry}
            customUrl={customUrl}
            defaultHref={customUrl === null ? null : defaultHref()}
          />
        </main>
      )}
      {load.status === 'done' && load.ok && (
        <AtlasModelProvider model={load.model}>
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
  );
}
