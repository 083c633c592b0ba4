// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildAtlasModel } from '../../dataset/model';
import { sampleAtlas } from '../../dataset/sample-atlas';
import type { ExternalRef } from '../../dataset/schema';
import { renderWithAtlas } from '../../test-utils/render-with-atlas';
import { CitationList } from './citation-list';

function model() {
  const atlas = sampleAtlas();
  atlas.sources.push({ ...atlas.sources[0]!, id: 'src-promo', file: '004_x.txt', kind: 'promotional' });
  return buildAtlasModel(atlas);
}

const wire: ExternalRef = {
  title: 'Mistral AI ouvre son premier centre',
  publisher: 'AFP',
  url: 'https://wire.example/mistral',
  kind: 'wire',
  published: '2026-02-11',
  accessed: '2026-12-06',
  excerpt: 'Mistral AI a ouvert une infrastructure de plusieurs milliers de m²',
};
const farm: ExternalRef = {
  title: 'AI news',
  publisher: 'Content Farm',
  url: 'https://farm.example/',
  kind: 'aggregator',
};

function renderList(
  lang: 'en' | 'fr',
  citations: { source: string; quote: string }[],
  external: ExternalRef[],
) {
  renderWithAtlas(<CitationList fact="GPUs" citations={citations} external={external} english={null} />, {
    lang,
    model: model(),
  });
  return screen.getByRole('group', { name: lang === 'en' ? 'Sources: GPUs' : 'Sources\u00a0: GPUs' });
}

describe('CitationList: external references', () => {
  it('shows each page’s publisher type, publication and access days, and its excerpt', () => {
    const group = renderList('en', [], [wire]);
    const item = within(group).getByRole('listitem');
    expect(item.textContent).toContain('AFP · wire service · published 11 Feb 2026 · accessed 6 Dec 2026');
    expect(within(item).getByLabelText('Excerpt from the page').textContent).toBe(wire.excerpt);
    expect(within(group).queryByText('Weak source')).toBeNull();
  });

  it('in French too', () => {
    const group = renderList('fr', [], [wire]);
    expect(within(group).getByRole('listitem').textContent).toContain(
      'AFP · agence de presse · publié le 11 févr. 2026 · consulté le 6 déc. 2026',
    );
  });
});

describe('CitationList: weak sources', () => {
  it('marks a figure backed only by an aggregator, in words', () => {
    const group = renderList('en', [], [farm]);
    expect(within(group).getByText(/^Backed only by weak sources/)).toBeTruthy();
    // Once for the figure, once beside the aggregator itself.
    expect(within(group).getAllByText('Weak source')).toHaveLength(2);
  });

  it('marks a figure quoted only from a promotional article, in French', () => {
    const group = renderList('fr', [{ source: 'src-promo', quote: 'une citation promotionnelle' }], []);
    expect(within(group).getByText('Source faible')).toBeTruthy();
  });

  it('does not mark a figure that a strong source backs as well', () => {
    const group = renderList(
      'en',
      [{ source: 'src-promo', quote: 'une citation promotionnelle' }],
      [farm, wire],
    );
    expect(within(group).queryByText(/^Backed only by weak sources/)).toBeNull();
  });
});
