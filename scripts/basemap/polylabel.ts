import type { Point, PolygonRings } from './geometry-types.ts';

/**
 * Pole of inaccessibility: the interior point farthest from the outline, which is where a label
 * has most room (mapbox/polylabel's algorithm: a quadtree of cells searched best-first). A centroid
 * falls outside a crescent such as Croatia; this never does.
 */
type Cell = { x: number; y: number; half: number; distance: number; max: number };

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

function makeCell(x: number, y: number, half: number, polygon: PolygonRings): Cell {
  const distance = signedDistance(x, y, polygon);
  return { x, y, half, distance, max: distance + half * Math.SQRT2 };
}

export function polylabel(polygon: PolygonRings, precision: number): Point {
  const outer = polygon[0] ?? [];
  const xs = outer.map((p) => p[0]);
  const ys = outer.map((p) => p[1]);
  const minX = Math.min(...xs);
  const minY = Math.min(...ys);
  const width = Math.max(...xs) - minX;
  const height = Math.max(...ys) - minY;
  const size = Math.min(width, height);
  if (size === 0) return [minX, minY];

  const queue: Cell[] = [];
  for (let x = minX; x < minX + width; x += size) {
    for (let y = minY; y < minY + height; y += size)
      queue.push(makeCell(x + size / 2, y + size / 2, size / 2, polygon));
  }
  let best = makeCell(minX + width / 2, minY + height / 2, 0, polygon);
  while (queue.length > 0) {
    // A sorted array is plenty for country outlines of a few thousand points.
    queue.sort((a, b) => a.max - b.max);
    const cell = queue.pop() as Cell;
    if (cell.distance > best.distance) best = cell;
    if (cell.max - best.distance <= precision) continue;
    const h = cell.half / 2;
    for (const [dx, dy] of [
      [-h, -h],
      [h, -h],
      [-h, h],
      [h, h],
    ] as const) {
      queue.push(makeCell(cell.x + dx, cell.y + dy, h, polygon));
    }
  }
  return [best.x, best.y];
}
