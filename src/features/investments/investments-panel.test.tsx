// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import atlasJson from '../../../data/atlas.json';
import { buildAtlasModel } from '../../dataset/model';
import type { Atlas } from '../../dataset/schema';
import { validateAtlas } from '../../dataset/validate';
import { renderWithStore } from '../../test-utils/render-with-store';
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

// Intl puts narrow no-break spaces in French numbers; compare with plain spaces.
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

function renderInvestments(state = {}, { lang = 'en' as 'en' | 'fr', model = real } = {}) {
  return renderWithStore(<InvestmentsPanel model={model} lang={lang} chartWidth={520} />, { state, lang });
}

const chart = () => screen.getByRole('group', { name: /^Money figures grouped by/ });
const bar = (name: RegExp) => within(chart()).getByRole('button', { name });

describe('InvestmentsPanel', () => {
  it('has a name and a one-sentence summary with the total', () => {
    renderInvestments();
    expect(screen.getByRole('region', { name: 'Investments' })).toHaveAccessibleDescription(
      '5 money figures, from €600m to 50bn (currency not stated). Figures in euros, each counted once, add up to at least €23.8bn.',
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

  it('gives a total that reads "at least" and says what it adds and leaves out', () => {
    renderInvestments();
    expect(screen.getByText('Total in euros').parentElement).toHaveTextContent(
      'Total in euros at least €23.8bn',
    );
    const detail = screen.getByText(/^Adds up:/);
    expect(detail).toHaveTextContent(/Brookfield: €20 billion in France by 2030/);
    expect(detail).toHaveTextContent(
      /Not added, in another currency or none stated: France – United Arab Emirates partnership\./,
    );
  });

  it('writes the total the French way', () => {
    renderInvestments({}, { lang: 'fr' });
    expect(plain(screen.getByText('Total en euros').parentElement!.textContent)).toBe(
      'Total en euros au moins 23,8 Md€',
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
    expect(screen.getByText('Total in euros').parentElement).toHaveTextContent('at least €23.8bn');
    expect(screen.getByText(/^Adds up:/)).toHaveTextContent(
      'Not added again, as part of a figure above: A part of it.',
    );
  });

  it('switches to a log scale and groups by investor', async () => {
    renderInvestments();
    const ticks = () =>
      [...chart().querySelectorAll('.recharts-cartesian-axis-tick-value')].map((t) => t.textContent);
    expect(ticks()).toEqual(['0', '10bn', '20bn', '30bn', '40bn', '50bn']);
    await userEvent.click(screen.getByRole('button', { name: 'Log' }));
    expect(screen.getByRole('button', { name: 'Log' })).toHaveAttribute('aria-pressed', 'true');
    expect(ticks()).toEqual(['100m', '1bn', '10bn', '100bn']);
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

  it('leaves figures announced after the cursor out of the total but keeps their rows', () => {
    renderInvestments({ asOf: '2024-12-31' });
    expect(within(chart()).getAllByRole('button')).toHaveLength(5);
    expect(bar(/^Brookfield/)).toHaveAccessibleName(/announced after the cursor$/);
    expect(screen.getByText('Total in euros').parentElement).toHaveTextContent('Total in euros €1.8bn');
    expect(screen.getByRole('region', { name: 'Investments' })).toHaveAccessibleDescription(
      /3 figures announced after the cursor are left out\.$/,
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
