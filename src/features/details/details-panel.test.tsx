// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildAtlasModel } from '../../dataset/model';
import { sampleAtlas } from '../../dataset/sample-atlas';
import { DetailsPanel } from './details-panel';
import { renderWithAtlas } from '../../test-utils/render-with-atlas';

function model() {
  const atlas = sampleAtlas();
  const paris = atlas.sites[0]!;
  paris.partners = [
    {
      name: 'Eclairion',
      role: { fr: 'Hébergeur du centre', en: 'Hosts the centre' },
      citations: [{ source: 'src-a', quote: 'Mistral AI s’est associée à Eclairion' }],
      external: [],
    },
  ];
  paris.figures = [
    {
      metric: 'capacity',
      quantity: { text: '40 mégawatts', unit: 'MW', kind: 'exact', value: 40 },
      citations: [
        { source: 'src-a', quote: 'doté d’une capacité de 40 mégawatts' },
        { source: 'missing', quote: 'une seconde citation' },
      ],
      external: [],
    },
  ];
  atlas.investments[0]!.announced = {
    start: '2024',
    precision: 'year',
    certainty: 'contested',
    note: { fr: 'L’article date de 2025.', en: 'The article is from 2025.' },
  };
  return buildAtlasModel(atlas);
}

describe('DetailsPanel', () => {
  it('says that a forecast event is a plan, not something that happened', () => {
    const atlas = sampleAtlas();
    atlas.events.push({ ...atlas.events[0]!, id: 'opening', forecast: true });
    renderWithAtlas(<DetailsPanel />, {
      model: buildAtlasModel(atlas),
      state: { selectedId: 'opening' },
    });
    expect(screen.getByText(/Planned: announced for the future, not reported as done/)).toBeInTheDocument();
    renderWithAtlas(<DetailsPanel />, {
      model: buildAtlasModel(atlas),
      state: { selectedId: 'event-announce' },
    });
    expect(screen.getAllByText(/Planned: announced for the future/)).toHaveLength(1);
  });

  it('invites a selection when nothing is selected', () => {
    renderWithAtlas(<DetailsPanel />, { model: model() });
    expect(screen.getByRole('heading', { level: 2, name: 'Details' })).toBeInTheDocument();
    expect(screen.getByText(/Select a site, a pledge or an event/)).toBeInTheDocument();
  });

  it('shows each fact of a site followed by its French quote and source', () => {
    renderWithAtlas(<DetailsPanel />, { model: model(), state: { selectedId: 'site-paris' } });
    expect(screen.getByRole('heading', { level: 2, name: 'Paris site' })).toBeInTheDocument();
    const capacity = screen.getByRole('group', { name: 'Sources: Capacity now' });
    const quote = within(capacity).getByText('doté d’une capacité de 40 mégawatts');
    expect(quote).toHaveAttribute('lang', 'fr');
    expect(within(capacity).getByText('Sample Outlet')).toBeInTheDocument();
    expect(within(capacity).getByText('Un article')).toBeInTheDocument();
    expect(within(capacity).getByText(/published 10 Feb 2025/)).toBeInTheDocument();
    // The article's file name stays in the data: a reader goes by outlet, title and date.
    expect(within(capacity).queryByText(/000_sample\.txt/)).toBeNull();
    expect(screen.getByText('40 MW')).toBeInTheDocument();

    const partner = screen.getByRole('group', { name: 'Sources: Eclairion' });
    expect(within(partner).getByText('Mistral AI s’est associée à Eclairion')).toBeInTheDocument();
  });

  it('marks external references as such', () => {
    renderWithAtlas(<DetailsPanel />, { model: model(), state: { selectedId: 'site-paris' } });
    const location = screen.getByRole('group', { name: 'Sources: Location' });
    expect(within(location).getByText('External reference, not from the five articles')).toBeInTheDocument();
    expect(within(location).getByRole('link', { name: 'Paris' })).toHaveAttribute(
      'href',
      'https://en.wikipedia.org/wiki/Paris',
    );
  });

  it('keeps further quotes one click away and names an unknown source instead of dropping it', async () => {
    renderWithAtlas(<DetailsPanel />, { model: model(), state: { selectedId: 'site-paris' } });
    // A headline figure: its source count first, every quote one click away.
    const capacity = screen.getByRole('group', { name: 'Sources: Capacity now' });
    expect(within(capacity).getByText('une seconde citation')).not.toBeVisible();
    await userEvent.click(within(capacity).getByRole('button', { name: '2 sources' }));
    expect(within(capacity).getByText('doté d’une capacité de 40 mégawatts')).toBeVisible();
    expect(within(capacity).getByText('une seconde citation')).toBeVisible();
    expect(within(capacity).getByText('Unknown source “missing”')).toBeInTheDocument();
  });

  it('renders a fact in English on demand, saying it is not a translation', async () => {
    renderWithAtlas(<DetailsPanel />, {
      model: model(),
      lang: 'fr',
      state: { selectedId: 'site-paris' },
    });
    const capacity = screen.getByRole('group', { name: 'Sources\u00a0: Capacité actuelle' });
    const toggle = within(capacity).getByRole('button', { name: 'En anglais' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(within(capacity).getByText('Capacity now: 40 MW')).toHaveAttribute('lang', 'en');
    expect(within(capacity).getByText(/Pas une traduction de la citation/)).toBeVisible();
  });

  it('shows the notes about the record beside it', () => {
    renderWithAtlas(<DetailsPanel />, { model: model(), state: { selectedId: 'site-borlange' } });
    const notes = screen.getByRole('complementary', { name: /Notes and caveats/ });
    expect(within(notes).getAllByText('Wrong date')[0]!).toBeInTheDocument();
    expect(within(notes).getByText('Doubtful date.')).toBeInTheDocument();
  });

  it('explains a contested date and links a pledge to its site', async () => {
    const { store } = renderWithAtlas(<DetailsPanel />, {
      model: model(),
      state: { selectedId: 'inv-paris' },
    });
    expect(screen.getByText('Pledge')).toBeInTheDocument();
    expect(screen.getByText('Contested date')).toBeInTheDocument();
    expect(screen.getByText('The article is from 2025.')).toBeVisible();
    expect(screen.getByText('≥ €2bn')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Paris site' }));
    expect(store.getState().selectedId).toBe('site-paris');
  });

  it('lists the site’s pledges and key dates, and says which figures the articles do not give', () => {
    renderWithAtlas(<DetailsPanel />, { model: model(), state: { selectedId: 'site-paris' } });
    const facts = screen.getByRole('heading', { level: 2 }).closest('section')!;
    expect(within(facts).getByRole('button', { name: 'Announcement' })).toBeInTheDocument();
    expect(within(facts).getByText('Not stated in the articles').nextElementSibling).toHaveTextContent(
      'Planned capacity, Area, Direct jobs, Indirect jobs, GPUs',
    );
  });

  it('clears the selection', async () => {
    const { store } = renderWithAtlas(<DetailsPanel />, {
      model: model(),
      state: { selectedId: 'event-announce' },
    });
    expect(screen.getByRole('heading', { level: 2, name: 'Announcement' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Clear selection' }));
    expect(store.getState().selectedId).toBeNull();
  });
});
