// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildAtlasModel } from '../../dataset/model';
import { sampleAtlas } from '../../dataset/sample-atlas';
import type { StatusChange } from '../../dataset/schema';
import { renderWithAtlas } from '../../test-utils/render-with-atlas';
import { SiteDetails } from './site-details';

const window = { start: '2025-03', end: '2025-12', precision: 'range', certainty: 'inferred' } as const;

function paris({ lastChecked, reported }: { lastChecked?: string; reported?: string } = {}) {
  const atlas = sampleAtlas();
  const site = atlas.sites[0]!;
  if (lastChecked) site.lastChecked = lastChecked;
  const expected: StatusChange = {
    status: 'operational',
    forecast: true,
    date: window,
    citations: [],
    external: [],
  };
  site.statusHistory.push(expected);
  if (reported)
    site.statusHistory.push({
      status: 'operational',
      date: { start: reported, precision: 'month', certainty: 'external' },
      citations: [],
      external: [
        { title: 'Agrégé', publisher: 'Some Aggregator', url: 'https://a.example/', kind: 'aggregator' },
        { title: 'Mistral a ouvert', publisher: 'LeMagIT', url: 'https://m.example/', kind: 'trade-press' },
      ],
    });
  return { model: buildAtlasModel(atlas), site };
}

describe('SiteDetails: freshness', () => {
  it('shows the day the status was last checked, and flags it six months later, in words', () => {
    const { model, site } = paris({ lastChecked: '2026-06-07' });
    renderWithAtlas(<SiteDetails site={site} />, { model, state: { asOf: '2026-12-06' } });
    expect(screen.getByText('Last checked').nextElementSibling?.textContent).toBe('7 Jun 2026');
    expect(screen.queryByText('May be out of date')).toBeNull();
  });

  it('reads "may be out of date" from exactly six months after the check', () => {
    const { model, site } = paris({ lastChecked: '2026-06-07' });
    renderWithAtlas(<SiteDetails site={site} />, { model, lang: 'fr', state: { asOf: '2026-12-07' } });
    expect(screen.getByText('Peut-être plus à jour')).toBeTruthy();
    expect(
      screen.getByText(/dernière vérification le 7 juin 2026, six mois ou plus avant le 7 déc\. 2026/),
    ).toBeTruthy();
  });

  it('says when a site was never checked', () => {
    const { model, site } = paris();
    renderWithAtlas(<SiteDetails site={site} />, { model });
    expect(screen.getByText('not yet checked against recent reporting')).toBeTruthy();
  });
});

describe('SiteDetails: a forecast whose window passed', () => {
  it('is overdue while no report is known at the cursor', () => {
    const { model, site } = paris({ reported: '2026-02' });
    renderWithAtlas(<SiteDetails site={site} />, { model, state: { asOf: '2026-01-31' } });
    expect(screen.getByText('Overdue')).toBeTruthy();
    expect(screen.queryByText('Came later than announced')).toBeNull();
  });

  it('came later than announced once the report is known, with its date and strongest source', () => {
    const { model, site } = paris({ reported: '2026-02' });
    renderWithAtlas(<SiteDetails site={site} />, { model, state: { asOf: '2026-02-01' } });
    expect(screen.queryByText('Overdue')).toBeNull();
    const line = screen.getByText('Came later than announced').parentElement!;
    expect(line.textContent).toContain(
      'expected Mar–Dec 2025; reported Operational: Feb 2026 (source: LeMagIT)',
    );
  });
});
