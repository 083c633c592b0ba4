import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource-variable/inter/index.css';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import atlasUrl from '../data/atlas.json?url';
import { App } from './app/app';
import { initialStateFromUrl, startUrlSync } from './app/url-sync';
import { createAtlasStore } from './store/atlas-store';
import { recordIds } from './app/record-ids';

const store = createAtlasStore(initialStateFromUrl(window.location.search));
let knownIds: ReadonlySet<string> | null = null;
startUrlSync(store, window, { framed: window.parent !== window, knownIds: () => knownIds });
const onModel = (model: Parameters<typeof recordIds>[0]) => {
  knownIds = recordIds(model);
};

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App store={store} dataUrl={atlasUrl} onModel={onModel} />
    </StrictMode>,
  );
}
