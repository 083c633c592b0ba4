// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildAtlasModel } from '../../dataset/model';
import { sampleAtlas } from '../../dataset/sample-atlas';
import { renderWithAtlas } from '../../test-utils/render-with-atlas';
import { SearchBox } from './search-box';

const atlas = sampleAtlas();
atlas.sites[0]!.partners = [
  { name: 'Éclairion', role: { fr: 'Hôte', en: 'Host' }, citations: [], external: [] },
];
const model = buildAtlasModel(atlas);

function setup() {
  const view = renderWithAtlas(<SearchBox />, { model });
  return { ...view, input: screen.getByRole('combobox', { name: 'Search the atlas' }) };
}

describe('SearchBox', () => {
  it('is a collapsed combobox until something is typed', () => {
    const { input } = setup();
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveAttribute('aria-autocomplete', 'list');
  });

  it('lists matches without accents or case and selects one with the arrow keys and Enter', async () => {
    const { input, store } = setup();
    await userEvent.type(input, 'borlange');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    const listbox = screen.getByRole('listbox', { name: 'Search the atlas' });
    expect(input).toHaveAttribute('aria-controls', listbox.id);
    const [option] = screen.getAllByRole('option');
    expect(option).toHaveTextContent('Borlänge');
    expect(screen.getByRole('status')).toHaveTextContent('1 result');

    await userEvent.keyboard('{ArrowDown}');
    expect(option).toHaveAttribute('aria-selected', 'true');
    expect(input).toHaveAttribute('aria-activedescendant', option!.id);
    await userEvent.keyboard('{Enter}');
    expect(store.getState().selectedId).toBe('site-borlange');
    expect(input).toHaveAttribute('aria-expanded', 'false');
  });

  it('finds a site through its partner', async () => {
    const { input, store } = setup();
    await userEvent.type(input, 'ECLAIRION');
    expect(screen.getByRole('option', { name: /Éclairion.*Partner.*Paris site/ })).toBeInTheDocument();
    await userEvent.keyboard('{Enter}');
    expect(store.getState().selectedId).toBe('site-paris');
  });

  it('wraps around with the arrow keys', async () => {
    const { input } = setup();
    await userEvent.type(input, 'mistral');
    const options = screen.getAllByRole('option');
    expect(options.length).toBeGreaterThan(1);
    await userEvent.keyboard('{ArrowUp}');
    expect(options.at(-1)).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{ArrowDown}');
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
  });

  it('closes on Escape, then clears on a second Escape', async () => {
    const { input, store } = setup();
    await userEvent.type(input, 'paris');
    await userEvent.keyboard('{Escape}');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveValue('paris');
    await userEvent.keyboard('{Escape}');
    expect(input).toHaveValue('');
    expect(store.getState().selectedId).toBeNull();
  });

  it('selects with a click', async () => {
    const { input, store } = setup();
    await userEvent.type(input, 'announce');
    await userEvent.click(screen.getByRole('option', { name: /Announcement/ }));
    expect(store.getState().selectedId).toBe('event-announce');
  });

  it('says when nothing matches', async () => {
    const { input } = setup();
    await userEvent.type(input, 'zzz');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('status')).toHaveTextContent('No match for “zzz”');
  });
});
