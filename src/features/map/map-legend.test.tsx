// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithAtlas } from '../../test-utils/render-with-atlas';
import { MapLegend } from './map-legend';

function windowOf(width: number, height: number) {
  vi.stubGlobal('matchMedia', (query: string) => {
    const max = (name: string) => Number(new RegExp(`max-${name}: (\\d+)px`).exec(query)?.[1] ?? Infinity);
    return { matches: width <= max('width') && height <= max('height') } as MediaQueryList;
  });
}

const legend = () => screen.getByText('Legend').closest('details')!;

describe('MapLegend', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('starts open where the map has room (1440 × 900)', () => {
    windowOf(1440, 900);
    renderWithAtlas(<MapLegend />);
    expect(legend()).toHaveAttribute('open');
  });

  it('starts folded in a short window (1024 × 768), where it covered a site label', () => {
    windowOf(1024, 768);
    renderWithAtlas(<MapLegend />);
    expect(legend()).not.toHaveAttribute('open');
  });

  it('starts folded on a phone', () => {
    windowOf(390, 844);
    renderWithAtlas(<MapLegend />);
    expect(legend()).not.toHaveAttribute('open');
  });
});
