import { describe, expect, it } from 'vitest';
import { MAX_DIAMETER, UNKNOWN_DIAMETER, siteDiameter, siteDiameterExpression } from './site-size';

describe('site symbol size', () => {
  it('grows the area with capacity: 4x the MW is about 2x the diameter above the base', () => {
    expect(siteDiameter(null)).toBe(UNKNOWN_DIAMETER);
    expect(siteDiameter(0)).toBe(UNKNOWN_DIAMETER);
    expect(siteDiameter(40)).toBeGreaterThan(UNKNOWN_DIAMETER);
    const base = 14.7;
    expect((siteDiameter(160) - base) / (siteDiameter(40) - base)).toBeCloseTo(2, 5);
    expect(siteDiameter(1e6)).toBe(MAX_DIAMETER);
  });

  it('writes the same function as a style expression', () => {
    expect(siteDiameterExpression()).toEqual([
      'case',
      ['has', 'mw'],
      ['min', MAX_DIAMETER, ['+', 14.7, ['*', 1.055, ['sqrt', ['get', 'mw']]]]],
      UNKNOWN_DIAMETER,
    ]);
  });
});
