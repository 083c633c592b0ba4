import { describe, expect, it } from 'vitest';
import { fitMercator, geometryPath, mercatorY } from './mercator';

describe('Web Mercator for the SVG fallback', () => {
  const projection = fitMercator(
    [
      [-10, 35],
      [30, 65],
    ],
    1000,
  );

  it('puts the north-west corner at the origin and the south-east corner at (width, height)', () => {
    expect(projection.project([-10, 65])).toEqual([0, 0]);
    const [x, y] = projection.project([30, 35]);
    expect(x).toBeCloseTo(1000, 6);
    expect(y).toBeCloseTo(projection.height, 6);
  });

  it('stretches latitudes northwards as Mercator does', () => {
    expect(mercatorY(0)).toBeCloseTo(0, 12);
    expect(mercatorY(60) - mercatorY(50)).toBeGreaterThan(mercatorY(50) - mercatorY(40));
    expect(projection.height).toBeGreaterThan(600);
  });

  it('writes polygons as closed paths and lines as open ones', () => {
    const polygon: GeoJSON.Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [-10, 65],
          [30, 65],
          [-10, 65],
        ],
      ],
    };
    expect(geometryPath(polygon, projection.project)).toBe('M0.0 0.0L1000.0 0.0L0.0 0.0Z');
    const line: GeoJSON.LineString = {
      type: 'LineString',
      coordinates: [
        [-10, 65],
        [30, 65],
      ],
    };
    expect(geometryPath(line, projection.project)).toBe('M0.0 0.0L1000.0 0.0');
  });
});
