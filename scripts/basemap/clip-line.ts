import type { Bbox, Line, Point } from './geometry-types.ts';

/** Liang–Barsky: the part of segment a→b inside the box as [t0, t1], or null. */
function clipSegment(a: Point, b: Point, box: Bbox): [number, number] | null {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const checks: Array<[number, number]> = [
    [-dx, a[0] - box.west],
    [dx, box.east - a[0]],
    [-dy, a[1] - box.south],
    [dy, box.north - a[1]],
  ];
  let t0 = 0;
  let t1 = 1;
  for (const [p, q] of checks) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return null;
  }
  return [t0, t1];
}

function lerp(a: Point, b: Point, t: number): Point {
  if (t === 0) return a;
  if (t === 1) return b;
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
}

/** Clips a polyline to a box; a line that leaves and re-enters comes back as several lines. */
export function clipLine(line: Line, box: Bbox): Line[] {
  const pieces: Line[] = [];
  let current: Line = [];
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1] as Point;
    const b = line[i] as Point;
    const range = clipSegment(a, b, box);
    if (!range) {
      if (current.length > 1) pieces.push(current);
      current = [];
      continue;
    }
    const start = lerp(a, b, range[0]);
    const end = lerp(a, b, range[1]);
    if (current.length === 0) current.push(start);
    current.push(end);
    if (range[1] < 1) {
      if (current.length > 1) pieces.push(current);
      current = [];
    }
  }
  if (current.length > 1) pieces.push(current);
  return pieces;
}
