import { describe, expect, it } from 'vitest';
import { bakedFigures, suffixIds } from './baked-markup';

describe('suffixIds', () => {
  it('renames the ids a copy defines and every reference to them, nothing else', () => {
    const html =
      '<section aria-labelledby="t-title" aria-describedby="t-summary other"><h2 id="t-title">T</h2>' +
      '<p id="t-summary"></p><pattern id="hatch"></pattern><rect fill="url(#hatch)"></rect>' +
      '<rect fill="url(#elsewhere)"></rect></section>';
    expect(suffixIds(html, '-x')).toBe(
      '<section aria-labelledby="t-title-x" aria-describedby="t-summary-x other"><h2 id="t-title-x">T</h2>' +
        '<p id="t-summary-x"></p><pattern id="hatch-x"></pattern><rect fill="url(#hatch-x)"></rect>' +
        '<rect fill="url(#elsewhere)"></rect></section>',
    );
  });
});

describe('bakedFigures', () => {
  it('turns a mark’s style into presentation attributes, which the strict CSP lets through', () => {
    expect(
      bakedFigures('<circle cx="1" style="fill:var(--color-accent);stroke-dasharray:1 3"></circle>'),
    ).toBe('<circle cx="1" fill="var(--color-accent)" stroke-dasharray="1 3"></circle>');
  });

  it('makes the marks pictures named by their description, not dead buttons', () => {
    expect(bakedFigures('<g class="timeline-item" role="button" tabindex="0" aria-label="An event">')).toBe(
      '<g class="timeline-item" role="img" aria-label="An event">',
    );
  });

  it('leaves HTML elements’ styles to inertControls', () => {
    expect(bakedFigures('<div style="width:3px"></div>')).toBe('<div style="width:3px"></div>');
  });
});
