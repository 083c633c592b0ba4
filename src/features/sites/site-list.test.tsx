// @vitest-environment jsdom
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { renderWithAtlas } from '../../test-utils/render-with-atlas';
import { buildAtlasModel } from '../../dataset/model';
import { sampleAtlas } from '../../dataset/sample-atlas';
import type { Atlas } from '../../dataset/schema';
import { SiteList, VIRTUAL_FROM } from './site-list';

/** The sample atlas with its first site copied `count` times (unique ids and names). */
function manySites(count: number): Atlas {
  const atlas = sampleAtlas();
  const first = atlas.sites[0]!;
  const sites = Array.from({ length: count }, (_, i) => ({
    ...first,
    id: `site-${i}`,
    name: { fr: `Site ${i}`, en: `Site ${i}` },
  }));
  return { ...atlas, sites, events: [], investments: [], facts: [], notes: [] };
}

// jsdom has no layout: give every element a size so the virtualizer sees a 640 px tall column.
const getRect = HTMLElement.prototype.getBoundingClientRect;
const sizes = ['clientHeight', 'clientWidth'] as const;
beforeAll(() => {
  for (const size of sizes) {
    Object.defineProperty(HTMLElement.prototype, size, { configurable: true, get: () => 640 });
  }
  // A measured row is 64 px tall.
  HTMLElement.prototype.getBoundingClientRect = () => DOMRect.fromRect({ width: 320, height: 64 });
});
afterAll(() => {
  HTMLElement.prototype.getBoundingClientRect = getRect;
  for (const size of sizes) delete (HTMLElement.prototype as unknown as Record<string, unknown>)[size];
});

describe('SiteList', () => {
  it('lists every site with its place in the list when there are few', () => {
    renderWithAtlas(<SiteList />);
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(0);
    items.forEach((item, i) => {
      expect(item).toHaveAttribute('aria-posinset', String(i + 1));
      expect(item).toHaveAttribute('aria-setsize', String(items.length));
    });
  });

  it('renders only the rows in view of thousands, each knowing its place in the whole list', async () => {
    const count = 2_000;
    expect(count).toBeGreaterThan(VIRTUAL_FROM);
    renderWithAtlas(<SiteList />, { model: buildAtlasModel(manySites(count)) });
    const items = within(await screen.findByRole('list')).getAllByRole('listitem'); // a lazy chunk
    expect(items.length).toBeGreaterThan(5);
    expect(items.length).toBeLessThan(60);
    expect(items[0]).toHaveAttribute('aria-posinset', '1');
    expect(items[0]).toHaveAttribute('aria-setsize', String(count));
    const positions = items.map((item) => Number(item.getAttribute('aria-posinset')));
    expect(positions).toEqual(positions.map((_, i) => i + 1));
  });

  it('keeps the button names and aria-pressed in the virtual list, and toggles aria-pressed', async () => {
    renderWithAtlas(<SiteList />, { model: buildAtlasModel(manySites(2_000)) });
    const first = await screen.findByRole('button', { name: /^Site 0(?!\d)/ });
    fireEvent.click(first);
    expect(first).toHaveAttribute('aria-pressed', 'true');
  });
});
