// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LiveSummary } from './live-summary';
import { plain } from '../../test-utils/plain-text';
import { renderWithAtlas } from '../../test-utils/render-with-atlas';
import { buildAtlasModel } from '../../dataset/model';
import { sampleAtlas } from '../../dataset/sample-atlas';

/** The sample atlas with `count` more copies of the Paris site, each with its own copy of its figure. */
function withCopiesOfParis(count: number, { overdueOpening = false } = {}) {
  const atlas = sampleAtlas();
  const paris = atlas.sites.find((site) => site.id === 'site-paris')!;
  if (overdueOpening)
    paris.statusHistory.push({
      status: 'operational',
      forecast: true,
      date: { start: '2025-03', end: '2025-12', precision: 'range', certainty: 'inferred' },
      citations: [],
      external: [],
    });
  const figure = atlas.investments.find(
    (investment) => investment.site === 'site-paris' && !investment.partOf,
  )!;
  const sites = Array.from({ length: count }, (_, i) => ({
    ...paris,
    id: `site-copy-${i}`,
    location: { ...paris.location, place: `Place ${i}` },
  }));
  const investments = sites.map((site, i) => ({ ...figure, id: `inv-copy-${i}`, site: site.id }));
  return buildAtlasModel({
    ...atlas,
    sites: [...atlas.sites, ...sites],
    investments: [...atlas.investments, ...investments],
  });
}

function renderSummary(lang: 'fr' | 'en', state: { asOf?: string | null; selectedId?: string | null }) {
  renderWithAtlas(<LiveSummary />, { lang, state });
  return plain(screen.getByRole('status').textContent);
}

function renderSummary2(model: ReturnType<typeof buildAtlasModel>, lang: 'fr' | 'en') {
  const { unmount } = renderWithAtlas(<LiveSummary />, { lang, state: { asOf: '2025-03-01' }, model });
  const text = plain(screen.getByRole('status').textContent);
  unmount();
  return text;
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

  it('never lets a French line start with a colon or a semicolon', () => {
    renderWithAtlas(<LiveSummary />, { lang: 'fr', state: { asOf: '2025-03-01', selectedId: 'site-paris' } });
    const text = screen.getByRole('status').textContent ?? '';
    expect(text).toContain('Au 1 mars 2025\u00a0: 1 site sur la carte\u202f; annoncés pour eux\u00a0: Paris');
    expect(text).toContain('Sélection\u00a0: Site de Paris.');
    expect(text).not.toMatch(/ [:;]/);
  });

  it('keeps each amount whole on a line: its "≥" and its unit joined by no-break spaces', () => {
    renderWithAtlas(<LiveSummary />, { lang: 'fr', state: { asOf: '2025-03-01' } });
    expect(screen.getByRole('status').textContent).toContain('Paris ≥\u00a02\u00a0Md€.');
  });

  it('keeps an English amount whole on a line too', () => {
    renderWithAtlas(<LiveSummary />, { lang: 'en', state: { asOf: '2025-03-01' } });
    expect(screen.getByRole('status').textContent).toContain('Paris ≥\u00a0€2bn.');
  });

  it('counts the figures instead of listing a thousand of them, in digits grouped by the language', () => {
    renderWithAtlas(<LiveSummary />, { state: { asOf: '2025-03-01' }, model: withCopiesOfParis(1_200) });
    expect(plain(screen.getByRole('status').textContent)).toBe(
      'As of 1 Mar 2025: 1,201 sites on the map; 1,201 money figures announced for them, listed in the investments chart.',
    );
  });

  it('still lists a few figures one by one', () => {
    renderWithAtlas(<LiveSummary />, { state: { asOf: '2025-03-01' }, model: withCopiesOfParis(2) });
    expect(plain(screen.getByRole('status').textContent)).toBe(
      'As of 1 Mar 2025: 3 sites on the map; announced for them: Paris ≥ €2bn, Place 0 ≥ €2bn and Place 1 ≥ €2bn.',
    );
  });

  it('names a town once, its figures together, when two sites there have money', () => {
    const model = withCopiesOfParis(1);
    const copy = model.atlas.sites.find((site) => site.id === 'site-copy-0')!;
    copy.location = { ...copy.location, place: 'Paris' };
    expect(renderSummary2(model, 'en')).toBe(
      'As of 1 Mar 2025: 2 sites on the map; announced for them: Paris (≥ €2bn, ≥ €2bn).',
    );
    expect(renderSummary2(model, 'fr')).toBe(
      'Au 1 mars 2025 : 2 sites sur la carte ; annoncés pour eux : Paris (≥ 2 Md€, ≥ 2 Md€).',
    );
  });

  it('counts the overdue openings too once there are many', () => {
    renderWithAtlas(<LiveSummary />, {
      state: { asOf: '2026-01-15' },
      model: withCopiesOfParis(7, { overdueOpening: true }),
    });
    expect(plain(screen.getByRole('status').textContent)).toMatch(
      / 8 sites’ expected openings have passed, none reported in the sources\.$/,
    );
  });

  it('shows the dataset’s "as of" day beside the summary, outside the live region', () => {
    const model = buildAtlasModel({ ...sampleAtlas(), asOf: '2026-12-07' });
    renderWithAtlas(<LiveSummary />, { lang: 'fr', state: { asOf: '2025-03-01' }, model });
    expect(screen.getByText('Données à jour au 7 déc. 2026')).toBeTruthy();
    expect(screen.getByRole('status').textContent).not.toContain('2026');
  });
});
