// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { buildAtlasModel } from '../../dataset/model';
import { sampleAtlas } from '../../dataset/sample-atlas';
import { createI18n } from '../../i18n/i18n';
import { createAtlasStore } from '../../store/atlas-store';
import { AtlasStoreProvider } from '../../store/store-context';
import { LiveSummary } from './live-summary';
import { plain } from '../../test-utils/plain-text';

function renderSummary(lang: 'fr' | 'en', state: { asOf?: string | null; selectedId?: string | null }) {
  const store = createAtlasStore(state);
  render(
    <I18nextProvider i18n={createI18n(lang)}>
      <AtlasStoreProvider store={store}>
        <LiveSummary model={buildAtlasModel(sampleAtlas())} lang={lang} />
      </AtlasStoreProvider>
    </I18nextProvider>,
  );
  return plain(screen.getByRole('status').textContent);
}

describe('LiveSummary', () => {
  it('says what is known at the cursor, with "≥" for an open figure', () => {
    expect(renderSummary('en', { asOf: '2025-03-01' })).toBe(
      'As of 1 Mar 2025: 1 site on the map; announced for them: Paris ≥ €2bn.',
    );
  });

  it('says only the count before any site is known', () => {
    expect(renderSummary('en', { asOf: '2024-01-01' })).toBe('As of 1 Jan 2024: 0 sites on the map.');
  });

  it('speaks French and names the selection', () => {
    expect(renderSummary('fr', { asOf: '2025-03-01', selectedId: 'site-paris' })).toBe(
      'Au 1 mars 2025 : 1 site sur la carte ; annoncés pour eux : Paris ≥ 2 Md€. Sélection : Site de Paris.',
    );
  });
});
