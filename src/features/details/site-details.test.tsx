// @vitest-environment jsdom
/** A well-sourced site's headline figures come first; the rest is one click away. */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildAtlasModel } from '../../dataset/model';
import { sampleAtlas } from '../../dataset/sample-atlas';
import { renderWithAtlas } from '../../test-utils/render-with-atlas';
import { SiteDetails } from './site-details';

function site() {
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
        { source: 'src-a', quote: 'une seconde citation' },
      ],
      external: [],
    },
    {
      metric: 'area',
      quantity: { text: '30 000 m²', unit: 'm2', kind: 'exact', value: 30000 },
      citations: [{ source: 'src-a', quote: 'sur trois hectares' }],
      external: [],
    },
  ];
  return { model: buildAtlasModel(atlas), paris };
}

describe('SiteDetails grouping', () => {
  it('puts status and capacity first, each with its source count, quotes one click away', async () => {
    const { model, paris } = site();
    const { container } = renderWithAtlas(<SiteDetails site={paris} />, { model });
    const [headline, more] = [
      container.querySelector('.details-headline')!,
      container.querySelector('details')!,
    ];
    expect(headline.compareDocumentPosition(more) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const terms = within(headline as HTMLElement)
      .getAllByRole('term')
      .map((dt) => dt.textContent);
    expect(terms.slice(0, 2)).toEqual(['Status', 'Capacity now']);
    expect(terms).not.toContain('Operator');

    const capacity = within(headline as HTMLElement).getByRole('group', { name: 'Sources: Capacity now' });
    const count = within(capacity).getByRole('button', { name: '2 sources' });
    expect(count).toHaveAttribute('aria-expanded', 'false');
    expect(within(capacity).getByText('doté d’une capacité de 40 mégawatts')).not.toBeVisible();
    await userEvent.click(count);
    expect(within(capacity).getByText('doté d’une capacité de 40 mégawatts')).toBeVisible();
  });

  it('keeps the other facts behind one disclosure that names how many facts and quotes it holds', async () => {
    const { model, paris } = site();
    const { container } = renderWithAtlas(<SiteDetails site={paris} />, { model });
    const more = container.querySelector('details')!;
    expect(more.open).toBe(false);
    const quotes = paris.location.citations.length + 1 + 1; // location, Eclairion, area
    // operator, location, one partner, one other figure
    expect(more.querySelector('summary')).toHaveTextContent(`4 more facts, with ${quotes} quotes`);
    const inside = within(more);
    expect(inside.getByText('Operator')).toBeInTheDocument();
    expect(inside.getByRole('group', { name: 'Sources: Eclairion' })).toBeInTheDocument();
    expect(inside.getByText('sur trois hectares')).not.toBeVisible();
    await userEvent.click(screen.getByText(/4 more facts/));
    expect(more.open).toBe(true);
    expect(inside.getByText('sur trois hectares')).toBeVisible();
  });

  it('names the quotes only when there are some, in the singular for one', () => {
    const { model, paris } = site();
    const reference = {
      title: 'A report',
      publisher: 'W.Media',
      url: 'https://w.media/',
      kind: 'trade-press' as const,
      accessed: '2026-12-07',
    };
    paris.partners = [];
    paris.location = { ...paris.location, citations: [], external: [reference] };
    paris.figures = paris.figures.map((f) =>
      f.metric === 'area' ? { ...f, citations: [], external: [reference] } : f,
    );
    const { container, unmount } = renderWithAtlas(<SiteDetails site={paris} />, { model });
    // operator, location, area: an externally sourced site has no quote to count
    expect(container.querySelector('details summary')).toHaveTextContent(/^3 more facts: operator/);
    unmount();
    paris.location = { ...paris.location, citations: [{ source: 'src-a', quote: 'en Essonne' }] };
    const again = renderWithAtlas(<SiteDetails site={paris} />, { model });
    expect(again.container.querySelector('details summary')).toHaveTextContent(
      /^3 more facts, with 1 quote: operator/,
    );
  });
});
