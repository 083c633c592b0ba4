/** Providers, language and theme, and the loading / error / atlas switch. */
import { useEffect, useMemo, useRef } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { createI18n } from '../i18n/i18n';
import { resolveLang } from '../i18n/languages';
import type { AtlasStore } from '../store/atlas-store';
import { AtlasStoreProvider, useAtlasStore } from '../store/store-context';
import { useAtlasLoad } from './use-atlas-load';
import { useResolvedTheme } from './use-resolved-theme';
import { Header } from './header';
import { EmbedHeader } from './embed-header';
import { ErrorPanel } from './error-panel';
import { AtlasView } from './atlas-view';
import { toUrlState } from './url-sync';
import { useEmbedBridge } from '../features/embed/use-embed-bridge';
import { AtlasModelProvider } from '../dataset/model-context';
import { LangProvider } from '../i18n/use-lang';

export function App({ store, dataUrl }: { store: AtlasStore; dataUrl: string }) {
  return (
    <AtlasStoreProvider store={store}>
      <LocalizedApp dataUrl={dataUrl} />
    </AtlasStoreProvider>
  );
}

function LocalizedApp({ dataUrl }: { dataUrl: string }) {
  const langChoice = useAtlasStore((s) => s.lang);
  const lang = resolveLang(langChoice, typeof navigator === 'undefined' ? [] : navigator.languages);
  const i18n = useMemo(() => createI18n(lang), []); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    void i18n.changeLanguage(lang);
    document.documentElement.lang = lang;
  }, [i18n, lang]);
  return (
    <I18nextProvider i18n={i18n}>
      <LangProvider lang={lang}>
        <Shell dataUrl={dataUrl} />
      </LangProvider>
    </I18nextProvider>
  );
}

function Shell({ dataUrl }: { dataUrl: string }) {
  const { t } = useTranslation();
  const load = useAtlasLoad(dataUrl);
  const resolvedTheme = useResolvedTheme(useAtlasStore((s) => s.theme));
  const embed = useAtlasStore((s) => s.embed);
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
      {embed ? <EmbedHeader /> : <Header />}
      {load.status === 'loading' && (
        <main id="content" className="app-main">
          <p className="placeholder">{t('app.loading')}</p>
        </main>
      )}
      {load.status === 'done' && !load.ok && (
        <main id="content" className="app-main app-main-error">
          <ErrorPanel problems={load.problems} />
        </main>
      )}
      {load.status === 'done' && load.ok && (
        <AtlasModelProvider model={load.model}>
          <AtlasView />
          <footer className="app-footer">
            {t('app.sourceLine', { version: load.model.atlas.version, updated: load.model.atlas.updated })}
          </footer>
        </AtlasModelProvider>
      )}
    </div>
  );
}
