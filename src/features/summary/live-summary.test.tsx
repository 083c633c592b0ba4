// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LiveSummary } from './live-summary';
import { plain } from '../../test-utils/plain-text';
import { renderWithAtlas } from '../../test-utils/render-with-atlas';

function renderSummary(lang: 'fr' | 'en', state: { asOf?: string | null; selectedId?: string | null }) {
  renderWithAtlas(<LiveSummary />, { lang, state });
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
