import type { Topology } from 'topojson-specification';
import { simplifyLine } from './douglas-peucker.ts';
import type { Point } from './geometry-types.ts';

/** Undoes TopoJSON quantisation: delta-decoded, scaled and translated into degrees. */
function decodeArc(arc: number[][], topology: Topology): Point[] {
  const t = topology.transform;
  if (!t) return arc.map((p): Point => [p[0] as number, p[1] as number]);
  let x = 0;
  let y = 0;
  return arc.map((p): Point => {
    x += p[0] as number;
    y += p[1] as number;
    return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
  });
}

/**
 * Simplifies the shared arcs rather than each country's rings, so that a border line (from the
 * mesh) and the two fills on either side of it (from the features) stay exactly on top of each
 * other. An island arc that would collapse below a triangle is left as it is; tiny rings are
 * dropped later, knowing which country they belong to.
 */
export function simplifyTopology<T extends Topology>(topology: T, tolerance: number): T {
  const arcs = topology.arcs.map((arc) => {
    const points = decodeArc(arc, topology);
    const simplified = simplifyLine(points, tolerance);
    const closed =
      points.length > 0 && points[0]?.[0] === points.at(-1)?.[0] && points[0]?.[1] === points.at(-1)?.[1];
    return closed && simplified.length < 4 ? points : simplified;
  });
  // The arcs are now absolute degrees, so the quantisation transform must go with them.
  const simplified: T = { ...topology, arcs };
  delete simplified.transform;
  return simplified;
}
