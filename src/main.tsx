import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource-variable/inter/index.css';
import './styles/tokens.css';
import './styles/base.css';
import './styles/controls.css';
import './styles/layout.css';
import './styles/header.css';
import './styles/prerender.css';
import { atlasUrl, checkedAtBuild } from 'virtual:atlas-dataset';
import { App } from './app/app';
import { loadMapView } from './app/lazy-panels';
import { initialStateFromUrl } from './app/url-sync';
import { createAtlasStore } from './store/atlas-store';
import { resolveLang } from './i18n/languages';
import { preloadLocale } from './i18n/lazy-locales';
import { takeOverPrerendered } from './app/prerender-takeover';
import { prestartMap } from './features/map/map-prestart';
import { startAtlasLoad, trustBuiltDataset } from './dataset/early-load';

const store = createAtlasStore(initialStateFromUrl(window.location.search));
// Issue 16: the locale (only the active language's strings), the dataset and its validator, the
// map's engine and its panel all start now, in parallel, not one after another behind React's
// first render. The prerendered page shows meanwhile.
const locale = preloadLocale(resolveLang(store.getState().lang, navigator.languages));
const { data: customUrl, panels } = store.getState();
trustBuiltDataset(checkedAtBuild);
startAtlasLoad(customUrl ?? atlasUrl, customUrl !== null);
if (panels.includes('map')) {
  void prestartMap();
  void loadMapView();
}
await locale;

const root = document.getElementById('root');
if (root) {
  takeOverPrerendered(root);
  createRoot(root).render(
    <StrictMode>
      <App store={store} dataUrl={atlasUrl} />
    </StrictMode>,
  );
}
