/**
 * Clipping to an axis-aligned box with `lineclip` (Cohen–Sutherland for lines, Sutherland–Hodgman
 * for rings), adapted to our Bbox and closed-ring conventions.
 */
import { clipPolygon, clipPolyline, type BoundingBox } from 'lineclip';
import type { Bbox, Line, Point, Ring } from './geometry-types.ts';

const toBoundingBox = (box: Bbox): BoundingBox => [box.west, box.south, box.east, box.north];

/** Clips a polyline to a box; a line that leaves and re-enters comes back as several lines. */
export function clipLine(line: Line, box: Bbox): Line[] {
  return clipPolyline(line, toBoundingBox(box)).filter((piece) => piece.length > 1);
}

/**
 * Clips a closed ring to the box. A concave ring that leaves and re-enters the box comes back as
 * one ring joined by zero-width edges along the box side: harmless for a fill, which is all rings
 * are drawn as (borders come from the line mesh, not from ring outlines).
 * Returns null when nothing of the ring is inside.
 */
export function clipRing(ring: Ring, box: Bbox): Ring | null {
  const points = clipPolygon(ring.slice(0, -1), toBoundingBox(box));
  if (points.length < 3) return null;
  return [...points, points[0] as Point];
}
