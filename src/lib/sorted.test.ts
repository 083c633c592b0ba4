import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstIndexAbove } from './sorted';

describe('firstIndexAbove', () => {
  it('counts the values at or below the limit, as a scan would', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 50 })),
        fc.integer({ min: -60, max: 60 }),
        (values, limit) => {
          const sorted = [...values].sort((a, b) => a - b);
          expect(firstIndexAbove(sorted, limit)).toBe(sorted.filter((v) => v <= limit).length);
        },
      ),
    );
  });

  it('reads typed arrays too', () => {
    expect(firstIndexAbove(Float64Array.from([1, 2, 2, 5]), 2)).toBe(3);
    expect(firstIndexAbove([], 2)).toBe(0);
  });
});
