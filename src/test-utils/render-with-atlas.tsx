/** Test helper: render a component with the providers the app gives it (store, i18next, language, model). */
import { cleanup, render } from '@testing-library/react';
import { afterEach } from 'vitest';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../i18n/i18n';
import type { Lang } from '../i18n/languages';
import { LangProvider } from '../i18n/use-lang';
import { AtlasModelProvider } from '../dataset/model-context';
import { buildAtlasModel, type AtlasModel } from '../dataset/model';
import { sampleAtlas } from '../dataset/sample-atlas';
import { createAtlasStore, type AtlasStateData } from '../store/atlas-store';
import { AtlasStoreProvider } from '../store/store-context';
import { MapCaptureProvider } from '../components/map-capture-context';

// Testing Library cleans up by itself only when vitest globals are on; they are not here.
afterEach(cleanup);

export function renderWithAtlas(
  ui: ReactElement,
  {
    lang = 'en',
    state = {},
    model = buildAtlasModel(sampleAtlas()),
  }: { lang?: Lang; state?: Partial<AtlasStateData>; model?: AtlasModel } = {},
) {
  const store = createAtlasStore(state);
  const i18n = createI18n(lang);
  const result = render(
    <AtlasStoreProvider store={store}>
      <I18nextProvider i18n={i18n}>
        <LangProvider lang={lang}>
          <AtlasModelProvider model={model}>
            <MapCaptureProvider>{ui}</MapCaptureProvider>
          </AtlasModelProvider>
        </LangProvider>
      </I18nextProvider>
    </AtlasStoreProvider>,
  );
  return { ...result, store, model };
}
