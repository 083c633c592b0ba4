import { describe, expect, it } from 'vitest';
import type { PolygonRings } from './geometry-types.ts';
import { labelPoint } from './label-point.ts';
import polylabel from 'polylabel';
import { signedDistance } from './ring-math.ts';

describe('label points (polylabel) and signed distance', () => {
  it('finds the centre of a square', () => {
    const [x, y] = polylabel(
      [
        [
          [0, 0],
          [4, 0],
          [4, 4],
          [0, 4],
          [0, 0],
        ],
      ],
      0.01,
    );
    expect(x).toBeCloseTo(2, 1);
    expect(y).toBeCloseTo(2, 1);
  });

  it('stays inside a C shape whose centroid is outside it', () => {
    const c: PolygonRings = [
      [
        [0, 0],
        [10, 0],
        [10, 2],
        [2, 2],
        [2, 8],
        [10, 8],
        [10, 10],
        [0, 10],
        [0, 0],
      ],
    ];
    const [x, y] = polylabel(c, 0.01);
    expect(signedDistance(x, y, c)).toBeGreaterThan(0.9);
    expect(signedDistance(5, 5, c)).toBeLessThan(0);
  });

  it('avoids holes', () => {
    const withHole: PolygonRings = [
      [
        [0, 0],
        [10, 0],
        [10, 10],
        [0, 10],
        [0, 0],
      ],
      [
        [3, 3],
        [7, 3],
        [7, 7],
        [3, 7],
        [3, 3],
      ],
    ];
    const [x, y] = polylabel(withHole, 0.01);
    expect(signedDistance(x, y, withHole)).toBeGreaterThan(1);
  });

  it('searches in Web Mercator, so a wide box gets its label at the middle the map shows, north of 55°', () => {
    const [lon, lat] = labelPoint([
      [
        [0, 40],
        [100, 40],
        [100, 70],
        [0, 70],
        [0, 40],
      ],
    ]);
    expect(lon).toBeCloseTo(50, 0);
    expect(lat).toBeCloseTo(58, 0);
  });
});
