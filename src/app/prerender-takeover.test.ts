// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { takeOverPrerendered } from './prerender-takeover';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function page(markup: string) {
  document.body.innerHTML = `<div id="root">${markup}</div>`;
  return document.getElementById('root')!;
}

describe('takeOverPrerendered', () => {
  it('keeps the prerendered view visible until the atlas is rendered, then shows only the app', async () => {
    const root = page('<div class="app" data-prerendered><p class="live-summary">prerendered</p></div>');
    takeOverPrerendered(root);
    root.innerHTML = '<div class="app"><p class="placeholder">Loading…</p></div>';
    await settle();
    expect(root.hidden).toBe(true);
    expect(document.querySelector('.prerendered')?.textContent).toBe('prerendered');
    // Its copies of controls cannot be acted on while the app takes over.
    expect(document.querySelector<HTMLElement>('.prerendered')?.inert).toBe(true);

    root.innerHTML = '<div class="app"><p class="live-summary">live</p></div>';
    await settle();
    expect(root.hidden).toBe(false);
    expect(document.querySelector('.prerendered')).toBeNull();
    expect([...document.querySelectorAll('.live-summary')].map((p) => p.textContent)).toEqual(['live']);
  });

  it.each([
    ['the presenter stage', '<main class="presenter-stage">step</main>'],
    ['the speaker notes', '<main class="presenter-notes">notes</main>'],
    ['a story that failed', '<main><p role="alert">no story</p></main>'],
  ])('shows the app once %s is rendered, not only the atlas', async (_view, markup) => {
    const root = page('<div class="app" data-prerendered><p class="live-summary">prerendered</p></div>');
    takeOverPrerendered(root);
    root.innerHTML = markup;
    await settle();
    expect(root.hidden).toBe(false);
    expect(document.querySelector('.prerendered')).toBeNull();
  });

  it('moves the map picture over the live map until the map has drawn, then removes it', async () => {
    const root = page(
      '<div class="app" data-prerendered><p class="live-summary">prerendered</p>' +
        '<section class="panel-map"><img class="prerender-map" alt="Map"></section></div>',
    );
    let drawn: (() => void) | null = null;
    takeOverPrerendered(root, undefined, (callback) => {
      drawn = callback;
    });
    root.innerHTML =
      '<div class="app"><p class="live-summary">live</p><section class="panel-map"></section></div>';
    await settle();
    const cover = root.querySelector('.panel-map img.prerender-map-cover');
    expect(cover).not.toBeNull();
    expect(cover?.getAttribute('alt')).toBe('');
    drawn!();
    expect(root.querySelector('img.prerender-map')).toBeNull();
  });

  it('does nothing on a page that was not prerendered (dev server)', () => {
    const root = page('');
    takeOverPrerendered(root);
    expect(root.hidden).toBe(false);
    expect(document.querySelector('.prerendered')).toBeNull();
  });
});
