// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { buildAtlasModel } from '../../dataset/model';
import { chartAtlas } from '../../test-utils/chart-atlas';
import { renderWithAtlas } from '../../test-utils/render-with-atlas';
import { InvestmentsPanel } from './investments-panel';
import type * as AtlasReady from '../../lib/atlas-ready';

// The panel's own behaviour, on its baked figure. Without an atlas:ready mark, DeferredChart's
// ten-second fallback swaps in the recharts chart mid-file on a slow machine, under a test's feet
// (a hover on a button just replaced: a failure seen in a CI run). The takeover itself is
// deferred-chart.test.tsx's.
vi.mock('../../lib/atlas-ready', async (importOriginal) => ({
  ...(await importOriginal<typeof AtlasReady>()),
  whenAtlasReady: () => () => {},
}));

// Four figures: Paris (≥ €2bn, Feb 2025), Borlänge (€1.2bn, 2024), a fund (€20bn, June 2025) and
// a partnership in an unstated currency (50bn, Feb 2025).
const sample = buildAtlasModel(chartAtlas());

/** The same plus a €1bn part of the fund's €20bn (partOf), to check nesting. */
function withNestedPart() {
  const atlas = chartAtlas();
  const fund = atlas.investments.find((investment) => investment.id === 'inv-fund')!;
  atlas.investments.push({
    ...fund,
    id: 'inv-part',
    label: { fr: 'Une partie', en: 'A part of it' },
    amount: { text: '1 milliard d’euros', unit: 'EUR', kind: 'exact', value: 1e9 },
    partOf: 'inv-fund',
  });
  return buildAtlasModel(atlas);
}

function renderInvestments(state = {}, { lang = 'en' as 'en' | 'fr', model = sample } = {}) {
  return renderWithAtlas(<InvestmentsPanel chartWidth={520} />, { state, lang, model });
}

const chart = () => screen.getByRole('group', { name: /^Money figures grouped by/ });
const bar = (name: RegExp) => within(chart()).getByRole('button', { name });

describe('InvestmentsPanel', () => {
  it('has a name and a summary that ranks within one currency and adds nothing up', () => {
    renderInvestments();
    expect(screen.getByRole('region', { name: 'Investments' })).toHaveAccessibleDescription(
      '3 money figures in euros, from €1.2bn to €20bn. Also 1 figure in another currency or none stated: 50bn (currency not stated). They are not added up.',
    );
  });

  it('labels an open lower bound with ≥ and an amount without a currency as such', () => {
    renderInvestments();
    expect(within(bar(/^Paris site/)).getByText('≥ €2bn')).toBeInTheDocument();
    expect(within(bar(/^Partnership/)).getByText('50bn (currency not stated)')).toBeInTheDocument();
    expect(within(bar(/^Borlänge campus/)).getByText('€1.2bn')).toBeInTheDocument();
  });

  it('prints no total across pledges, and says why', () => {
    renderInvestments();
    // 2 + 1.2 + 20 (+ 50): no sum of the figures is written anywhere.
    expect(screen.queryByText(/23[.,]2|73[.,]2/)).not.toBeInTheDocument();
    expect(
      screen.getByText(/^Not added up\. The articles do not say whether these figures overlap/),
    ).toBeVisible();
  });

  it('says so in French too', () => {
    renderInvestments({}, { lang: 'fr' });
    expect(screen.getByText(/^Pas d’addition\./)).toBeVisible();
    expect(screen.getByRole('region', { name: 'Investissements' })).toHaveAccessibleDescription(
      /Ils ne sont pas additionnés\.$/,
    );
  });

  it('draws a nested pledge under its parent and never adds it to the total', () => {
    renderInvestments({}, { model: withNestedPart() });
    const buttons = within(chart())
      .getAllByRole('button')
      .map((b) => b.getAttribute('aria-label'));
    const parent = buttons.findIndex((name) => name?.startsWith('Investment fund'));
    expect(buttons[parent + 1]).toMatch(/^A part of it: €1bn/);
    expect(within(bar(/^A part of it/)).getByText(/^of which: A part of it/)).toBeInTheDocument();
  });

  it('switches to a log scale and groups by investor', async () => {
    renderInvestments();
    const ticks = () =>
      // Recharts' axis, or the baked figure's (drawn until recharts has loaded: deferred-chart.tsx).
      [...chart().querySelectorAll('.recharts-cartesian-axis-tick-value, .static-chart-axis text')].map(
        (t) => t.textContent,
      );
    expect(ticks()).toEqual(['0', '10B', '20B', '30B', '40B', '50B']);
    await userEvent.click(screen.getByRole('button', { name: 'Log' }));
    expect(screen.getByRole('button', { name: 'Log' })).toHaveAttribute('aria-pressed', 'true');
    // The smallest figure is €1.2bn: the log axis starts at a billion.
    expect(ticks()).toEqual(['1B', '10B', '100B']);
    expect(within(chart()).getByText('Sweden')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Investor' }));
    expect(within(chart()).queryByText('Sweden')).not.toBeInTheDocument();
    expect(within(chart()).getByText('Fund Co')).toBeInTheDocument();
  });

  it('selects a figure on click, highlights it on hover, and highlights the figures of a selected site', async () => {
    const { store } = renderInvestments();
    const partnership = bar(/^Partnership/);
    await userEvent.hover(partnership);
    expect(store.getState().hoveredId).toBe('inv-unstated');
    await userEvent.click(partnership);
    expect(store.getState().selectedId).toBe('inv-unstated');
    store.getState().hover(null);
    store.getState().select('site-borlange');
    // The chart follows the selection a moment later (store/deferred-views.ts).
    // A transition: on a busy machine it can take longer than waitFor's default second.
    await waitFor(() => expect(bar(/^Borlänge campus/)).toHaveAttribute('data-state', 'highlighted'), {
      timeout: 10_000,
    });
    expect(bar(/^Investment fund/)).toHaveAttribute('data-state', 'dimmed');
  });

  it('keeps figures announced after the cursor as outlined rows and says so', () => {
    renderInvestments({ asOf: '2024-12-31' });
    expect(within(chart()).getAllByRole('button')).toHaveLength(sample.atlas.investments.length);
    expect(bar(/^Investment fund/)).toHaveAccessibleName(/announced after the cursor$/);
    expect(bar(/^Borlänge campus/)).not.toHaveAccessibleName(/announced after the cursor$/);
    expect(screen.getByRole('region', { name: 'Investments' })).toHaveAccessibleDescription(
      /3 figures announced after the cursor are drawn as outlines\.$/,
    );
  });

  it('shows the same data as a table, one row per figure', async () => {
    renderInvestments();
    await userEvent.click(screen.getByRole('button', { name: 'Show as table' }));
    const table = screen.getByRole('table', { name: /Investments: every money figure/ });
    expect(within(table).getAllByRole('rowheader')).toHaveLength(sample.atlas.investments.length);
    expect(within(table).getAllByRole('row')).toHaveLength(sample.atlas.investments.length + 1);
    const paris = within(table)
      .getByRole('rowheader', { name: /Paris site/ })
      .closest('tr')!;
    expect(within(paris).getByText('≥ €2bn')).toBeInTheDocument();
    expect(within(paris).getByText('plusieurs milliards d’euros')).toHaveAttribute('lang', 'fr');
    expect(screen.queryByRole('group', { name: /^Money figures grouped by/ })).not.toBeInTheDocument();
  });

  it('draws its baked figure at its box’s width, so a phone’s labels are not scaled down', () => {
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(332);
    try {
      renderWithAtlas(<InvestmentsPanel />, { model: sample });
      expect(chart().querySelector('svg.static-chart')).toHaveAttribute(
        'viewBox',
        expect.stringMatching(/^0 0 332 /),
      );
    } finally {
      vi.restoreAllMocks();
    }
  });
});
