/** Test helper: render a component with the store and i18next providers the app gives it. */
import { cleanup, render } from '@testing-library/react';
import { afterEach } from 'vitest';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../i18n/i18n';
import type { Lang } from '../i18n/languages';
import { createAtlasStore, type AtlasStateData } from '../store/atlas-store';
import { AtlasStoreProvider } from '../store/store-context';

// Testing Library cleans up by itself only when vitest globals are on; they are not here.
afterEach(cleanup);

export function renderWithAtlas(
  ui: ReactElement,
  { lang = 'en', state = {} }: { lang?: Lang; state?: Partial<AtlasStateData> } = {},
) {
  const store = createAtlasStore(state);
  const i18n = createI18n(lang);
  const result = render(
    <AtlasStoreProvider store={store}>
      <I18nextProvider i18n={i18n}>{ui}</I18nextProvider>
    </AtlasStoreProvider>,
  );
  return { ...result, store };
}
