import { clipLine, clipRing } from './box-clip.ts';
import type { Bbox, Line, Point, Ring } from './geometry-types.ts';

/** Natural Earth rings that cross ±180° (Russia, Fiji) jump from 180 to -180 between two points. */
export function maxLongitudeJump(points: Point[]): number {
  let max = 0;
  for (let i = 1; i < points.length; i++) {
    max = Math.max(max, Math.abs((points[i] as Point)[0] - (points[i - 1] as Point)[0]));
  }
  return max;
}

/**
 * Makes longitudes continuous (179, -179 becomes 179, 181), so that the planar clipper sees the
 * ring as it is on the globe instead of a wedge sweeping across the map. Returns null for a ring
 * that winds around the pole (Antarctica): it never closes once unwrapped, and none lies in Europe.
 */
export function unwrapRing(ring: Ring): Ring | null {
  if (maxLongitudeJump(ring) <= 180) return ring;
  const out: Ring = [];
  let shift = 0;
  for (let i = 0; i < ring.length; i++) {
    const p = ring[i] as Point;
    if (i > 0) {
      const delta = p[0] - (ring[i - 1] as Point)[0];
      if (delta > 180) shift -= 360;
      else if (delta < -180) shift += 360;
    }
    out.push([p[0] + shift, p[1]]);
  }
  return shift === 0 ? out : null;
}

function shiftBox(box: Bbox, dx: number): Bbox {
  return { ...box, west: box.west + dx, east: box.east + dx };
}

/** Clips a ring that may cross the antimeridian: unwrap, then clip against the box and its ±360° copies. */
export function clipRingOnSphere(ring: Ring, box: Bbox): Ring[] {
  const unwrapped = unwrapRing(ring);
  if (!unwrapped) return [];
  const out: Ring[] = [];
  for (const dx of [-360, 0, 360]) {
    const clipped = clipRing(unwrapped, shiftBox(box, dx));
    if (clipped) out.push(dx === 0 ? clipped : clipped.map(([x, y]): Point => [x - dx, y]));
  }
  return out;
}

/** Lines are simpler: cut them where they jump, then clip each piece. */
export function clipLineOnSphere(line: Line, box: Bbox): Line[] {
  const pieces: Line[] = [];
  let current: Line = [];
  for (const p of line) {
    const last = current[current.length - 1];
    if (last && Math.abs(p[0] - last[0]) > 180) {
      pieces.push(current);
      current = [];
    }
    current.push(p);
  }
  pieces.push(current);
  return pieces.flatMap((piece) => (piece.length > 1 ? clipLine(piece, box) : []));
}
