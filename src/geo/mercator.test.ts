import { describe, expect, it } from 'vitest';
import { fitMercator, fitView, geometryPath, mercatorY, type Bounds } from './mercator';

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

describe('the fallback’s view (fitView)', () => {
  const europe: Bounds = [
    [-12, 35],
    [32, 66],
  ];
  const basemap: Bounds = [
    [-25, 34],
    [45, 72],
  ];
  const aspectOf = (bounds: Bounds) => {
    const { width, height } = fitMercator(bounds, 1000);
    return width / height;
  };
  const inside = (view: Bounds, limit: Bounds) =>
    view[0][0] >= limit[0][0] - 1e-9 &&
    view[0][1] >= limit[0][1] - 1e-9 &&
    view[1][0] <= limit[1][0] + 1e-9 &&
    view[1][1] <= limit[1][1] + 1e-9;

  it('has the frame’s shape, whatever the frame', () => {
    for (const aspect of [0.5, 0.83, 1, 1.6, 2.4])
      expect(aspectOf(fitView(europe, basemap, aspect))).toBeCloseTo(aspect, 6);
  });

  it('never shows past what the basemap covers (no strip without land at a wide frame)', () => {
    for (const aspect of [0.3, 0.83, 1.6, 3])
      expect(inside(fitView(europe, basemap, aspect), basemap)).toBe(true);
  });

  it('holds all of the needed box when the basemap leaves room for it', () => {
    const view = fitView(europe, basemap, 1);
    expect(inside(europe, view)).toBe(true);
  });

  it('slides to keep the sites in view when the frame’s shape crops the needed box', () => {
    const north: Bounds = [
      [14, 62],
      [16, 64],
    ];
    const view = fitView(europe, basemap, 3, north);
    expect(inside(north, view)).toBe(true);
  });
});
