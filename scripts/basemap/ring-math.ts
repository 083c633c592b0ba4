import type { Point, PolygonRings, Ring } from './geometry-types.ts';

const KM_PER_DEGREE = 111.32;

/** Planar shoelace area, signed (positive when counter-clockwise). */
export function signedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) {
    const a = ring[i - 1] as Point;
    const b = ring[i] as Point;
    sum += a[0] * b[1] - b[0] * a[1];
  }
  return sum / 2;
}

/** Area in km² through the sinusoidal projection, which is equal-area: good enough to rank countries. */
export function ringAreaKm2(ring: Ring): number {
  const projected = ring.map(([lon, lat]): Point => [lon * Math.cos((lat * Math.PI) / 180), lat]);
  return Math.abs(signedArea(projected)) * KM_PER_DEGREE * KM_PER_DEGREE;
}

export function polygonAreaKm2(polygon: PolygonRings): number {
  const [outer, ...holes] = polygon;
  if (!outer) return 0;
  return ringAreaKm2(outer) - holes.reduce((sum, hole) => sum + ringAreaKm2(hole), 0);
}

/** Rounds to `decimals` and drops the repeated points that rounding creates. */
export function roundPoints(points: Point[], decimals: number): Point[] {
  const factor = 10 ** decimals;
  const out: Point[] = [];
  for (const [x, y] of points) {
    const p: Point = [Math.round(x * factor) / factor, Math.round(y * factor) / factor];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

/** A rounded ring, or null once it has collapsed below a triangle. */
export function roundRing(ring: Ring, decimals: number): Ring | null {
  const out = roundPoints(ring, decimals);
  return out.length >= 4 ? out : null;
}

export function roundLine(line: Point[], decimals: number): Point[] | null {
  const out = roundPoints(line, decimals);
  return out.length >= 2 ? out : null;
}
