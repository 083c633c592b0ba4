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
import { prestartMap } from './features/map/webgl/map-prestart';
import { startAtlasLoad, trustBuiltDataset } from './dataset/early-load';
import releases from 'virtual:atlas-releases';
import { DESK_PARAM, releaseChoice } from './lib/release-choice';
import { prefetch } from './lib/prefetch';

const store = createAtlasStore(initialStateFromUrl(window.location.search));
// The locale (only the active language's strings), the dataset and its validator, the
// map's engine and its panel all start now, in parallel, not one after another behind React's
// first render. The prerendered page shows meanwhile.
const locale = preloadLocale(resolveLang(store.getState().lang, navigator.languages));
const { data: customUrl, panels } = store.getState();
// `?version=` shows a published release from its own file (app/release-choice.ts).
const release = releaseChoice(window.location.search, releases, customUrl !== null);
const ownUrl = release.kind === 'pinned' ? release.url : atlasUrl;
trustBuiltDataset(checkedAtBuild ? atlasUrl : null);
startAtlasLoad(customUrl ?? ownUrl, customUrl !== null);
if (panels.includes('map')) {
  void prestartMap();
  prefetch(loadMapView);
}
await locale;

const root = document.getElementById('root');
if (root) {
  takeOverPrerendered(root);
  createRoot(root).render(
    <StrictMode>
      <App
        store={store}
        dataUrl={ownUrl}
        release={release}
        desk={new URLSearchParams(window.location.search).get(DESK_PARAM) === '1'}
      />
    </StrictMode>,
  );
}
