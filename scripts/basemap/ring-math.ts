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

function pointToSegmentSq(px: number, py: number, a: Point, b: Point): number {
  let x = a[0];
  let y = a[1];
  let dx = b[0] - x;
  let dy = b[1] - y;
  if (dx !== 0 || dy !== 0) {
    const t = ((px - x) * dx + (py - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) {
      x = b[0];
      y = b[1];
    } else if (t > 0) {
      x += dx * t;
      y += dy * t;
    }
  }
  dx = px - x;
  dy = py - y;
  return dx * dx + dy * dy;
}

/** Signed distance from a point to the outline: positive inside, negative outside. */
export function signedDistance(x: number, y: number, polygon: PolygonRings): number {
  let inside = false;
  let minSq = Infinity;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i] as Point;
      const b = ring[j] as Point;
      if (a[1] > y !== b[1] > y && x < ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
      minSq = Math.min(minSq, pointToSegmentSq(x, y, a, b));
    }
  }
  return (inside ? 1 : -1) * Math.sqrt(minSq);
}
