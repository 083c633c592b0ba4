// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import atlasJson from '../../../data/atlas.json';
import { buildAtlasModel } from '../../dataset/model';
import type { Atlas } from '../../dataset/schema';
import { validateAtlas } from '../../dataset/validate';
import { renderWithAtlas as renderWithStore } from '../../test-utils/render-with-atlas';
import { InvestmentsPanel } from './investments-panel';

function loadAtlas(): Atlas {
  const result = validateAtlas(atlasJson);
  if (!result.ok) throw new Error('data/atlas.json does not validate');
  return result.atlas;
}
const real = buildAtlasModel(loadAtlas());

/** The real data plus a €1bn part of Brookfield's €20bn (partOf), to check nesting and totals. */
function withNestedPart() {
  const atlas = structuredClone(loadAtlas());
  const brookfield = atlas.investments.find((investment) => investment.id === 'brookfield-france')!;
  atlas.investments.push({
    ...brookfield,
    id: 'brookfield-part',
    label: { fr: 'Une partie', en: 'A part of it' },
    amount: { text: '1 milliard d’euros', unit: 'EUR', kind: 'exact', value: 1e9 },
    partOf: 'brookfield-france',
  });
  return buildAtlasModel(atlas);
}

function renderInvestments(state = {}, { lang = 'en' as 'en' | 'fr', model = real } = {}) {
  return renderWithStore(<InvestmentsPanel chartWidth={520} />, { state, lang, model });
}

const chart = () => screen.getByRole('group', { name: /^Money figures grouped by/ });
const bar = (name: RegExp) => within(chart()).getByRole('button', { name });

describe('InvestmentsPanel', () => {
  it('has a name and a summary that ranks within one currency and adds nothing up', () => {
    renderInvestments();
    expect(screen.getByRole('region', { name: 'Investments' })).toHaveAccessibleDescription(
      '4 money figures in euros, from €600m to €20bn. Also 1 figure in another currency or none stated: 50bn (currency not stated). They are not added up.',
    );
  });

  it('labels an open lower bound with ≥ and an amount without a currency as such', () => {
    renderInvestments();
    expect(within(bar(/^Mistral AI's first datacenter \(Essonne\)/)).getByText('≥ €2bn')).toBeInTheDocument();
    expect(
      within(bar(/^France – United Arab Emirates partnership/)).getByText('50bn (currency not stated)'),
    ).toBeInTheDocument();
    expect(within(bar(/^Datacenter campus in Sweden/)).getByText('€1.2bn')).toBeInTheDocument();
  });

  it('prints no total across pledges, and says why', () => {
    renderInvestments();
    expect(screen.queryByText(/23[.,]8/)).not.toBeInTheDocument();
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
    const parent = buttons.findIndex((name) => name?.startsWith('Brookfield'));
    expect(buttons[parent + 1]).toMatch(/^A part of it: €1bn/);
    expect(within(bar(/^A part of it/)).getByText(/^of which: A part of it/)).toBeInTheDocument();
  });

  it('switches to a log scale and groups by investor', async () => {
    renderInvestments();
    const ticks = () =>
      [...chart().querySelectorAll('.recharts-cartesian-axis-tick-value')].map((t) => t.textContent);
    expect(ticks()).toEqual(['0', '10B', '20B', '30B', '40B', '50B']);
    await userEvent.click(screen.getByRole('button', { name: 'Log' }));
    expect(screen.getByRole('button', { name: 'Log' })).toHaveAttribute('aria-pressed', 'true');
    expect(ticks()).toEqual(['100M', '1B', '10B', '100B']);
    expect(within(chart()).getByText('Sweden')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Investor' }));
    expect(within(chart()).queryByText('Sweden')).not.toBeInTheDocument();
    expect(within(chart()).getByText('Brookfield')).toBeInTheDocument();
  });

  it('selects a figure on click, highlights it on hover, and highlights the figures of a selected site', async () => {
    const { store } = renderInvestments();
    const uae = bar(/^France – United Arab Emirates partnership/);
    await userEvent.hover(uae);
    expect(store.getState().hoveredId).toBe('uae-france');
    await userEvent.click(uae);
    expect(store.getState().selectedId).toBe('uae-france');
    store.getState().hover(null);
    store.getState().select('borlange');
    await screen.findByRole('button', { name: /^Datacenter campus in Sweden/ });
    expect(bar(/^Datacenter campus in Sweden/)).toHaveAttribute('data-state', 'highlighted');
    expect(bar(/^Brookfield/)).toHaveAttribute('data-state', 'dimmed');
  });

  it('keeps figures announced after the cursor as outlined rows and says so', () => {
    renderInvestments({ asOf: '2024-12-31' });
    expect(within(chart()).getAllByRole('button')).toHaveLength(5);
    expect(bar(/^Brookfield/)).toHaveAccessibleName(/announced after the cursor$/);
    expect(screen.getByRole('region', { name: 'Investments' })).toHaveAccessibleDescription(
      /3 figures announced after the cursor are drawn as outlines\.$/,
    );
  });

  it('shows the same data as a table, one row per figure', async () => {
    renderInvestments();
    await userEvent.click(screen.getByRole('button', { name: 'Show as table' }));
    const table = screen.getByRole('table', { name: /Investments: every money figure/ });
    expect(within(table).getAllByRole('rowheader')).toHaveLength(real.atlas.investments.length);
    expect(within(table).getAllByRole('row')).toHaveLength(real.atlas.investments.length + 1);
    const essonne = within(table)
      .getByRole('rowheader', { name: /Essonne/ })
      .closest('tr')!;
    expect(within(essonne).getByText('≥ €2bn')).toBeInTheDocument();
    expect(within(essonne).getByText('plusieurs milliards d’euros')).toHaveAttribute('lang', 'fr');
    expect(screen.queryByRole('group', { name: /^Money figures grouped by/ })).not.toBeInTheDocument();
  });
});
