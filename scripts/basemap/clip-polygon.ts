import type { Bbox, Point, Ring } from './geometry-types.ts';

type Edge = { inside: (p: Point) => boolean; cross: (a: Point, b: Point) => Point };

function atX(a: Point, b: Point, x: number): Point {
  return [x, a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0])];
}

function atY(a: Point, b: Point, y: number): Point {
  return [a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]), y];
}

function boxEdges(box: Bbox): Edge[] {
  return [
    { inside: (p) => p[0] >= box.west, cross: (a, b) => atX(a, b, box.west) },
    { inside: (p) => p[0] <= box.east, cross: (a, b) => atX(a, b, box.east) },
    { inside: (p) => p[1] >= box.south, cross: (a, b) => atY(a, b, box.south) },
    { inside: (p) => p[1] <= box.north, cross: (a, b) => atY(a, b, box.north) },
  ];
}

/** One Sutherland–Hodgman pass over an open ring (no repeated closing point). */
function clipAgainst(points: Point[], edge: Edge): Point[] {
  const out: Point[] = [];
  for (let i = 0; i < points.length; i++) {
    const current = points[i] as Point;
    const previous = points[(i + points.length - 1) % points.length] as Point;
    const currentIn = edge.inside(current);
    if (currentIn !== edge.inside(previous)) out.push(edge.cross(previous, current));
    if (currentIn) out.push(current);
  }
  return out;
}

/**
 * Clips a closed ring to an axis-aligned box (Sutherland–Hodgman, correct for any simple ring
 * against a convex clip region). A concave ring that leaves and re-enters the box comes back as
 * one ring joined by zero-width edges along the box side: harmless for a fill, which is all rings
 * are drawn as (borders come from the line mesh, not from ring outlines).
 * Returns null when nothing of the ring is inside.
 */
export function clipRing(ring: Ring, box: Bbox): Ring | null {
  let points = ring.slice(0, -1);
  for (const edge of boxEdges(box)) {
    points = clipAgainst(points, edge);
    if (points.length === 0) return null;
  }
  if (points.length < 3) return null;
  return [...points, points[0] as Point];
}
