import { describe, expect, it } from 'vitest';
import { regionName } from './region-name';

describe('regionName', () => {
  it("names a country in the page's language, whichever language asked first", () => {
    expect(regionName('SE', 'fr')).toBe('Suède');
    expect(regionName('SE', 'en')).toBe('Sweden');
    expect(regionName('FR', 'fr')).toBe('France');
  });

  it('gives the code back when it is not a region code', () => {
    expect(regionName('not a code', 'en')).toBe('not a code');
  });
});
