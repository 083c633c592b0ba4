/** Test helper for the charts: render with the store and i18next, as the app does. */
import { cleanup, render } from '@testing-library/react';
import { afterEach } from 'vitest';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../i18n/i18n';
import type { Lang } from '../i18n/languages';
import { createAtlasStore, type AtlasStateData } from '../store/atlas-store';
import { AtlasStoreProvider } from '../store/store-context';

afterEach(cleanup);

export function renderWithStore(
  ui: ReactElement,
  { lang = 'en', state = {} }: { lang?: Lang; state?: Partial<AtlasStateData> } = {},
) {
  const store = createAtlasStore(state);
  const result = render(
    <AtlasStoreProvider store={store}>
      <I18nextProvider i18n={createI18n(lang)}>{ui}</I18nextProvider>
    </AtlasStoreProvider>,
  );
  return { ...result, store };
}
