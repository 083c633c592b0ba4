/**
 * Where the map drew each site label, in container pixels (labels never hidden). Read
 * from maplibre's own collision index through box queries: a label is in a query's result when
 * its placed box meets the query box, so each edge is found by a binary search. The search reaches
 * past the frame's edges (maplibre places labels there too), so a label cut by the edge shows it.
 * Test handle only.
 */
export interface LabelBox {
  id: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

type Box = [[number, number], [number, number]];
/** How far past the frame (px) an edge is looked for. */
const BEYOND = 256;
/** The ids of the labels whose drawn box meets `box`. */
export type LabelQuery = (box: Box) => string[];

export function labelBoxes(query: LabelQuery, width: number, height: number): LabelBox[] {
  const ids = [
    ...new Set(
      query([
        [0, 0],
        [width, height],
      ]),
    ),
  ].sort();
  const [w, h] = [width + BEYOND, height + BEYOND];
  return ids.map((id) => {
    const hits = (box: Box) => query(box).includes(id);
    // A query box [v, width] meets the label while v < its right edge: the largest such v is
    // that edge. Mirrored (-v) for the left and top edges.
    const right = search(-BEYOND, w, (v) =>
      hits([
        [v, -BEYOND],
        [w, h],
      ]),
    );
    const bottom = search(-BEYOND, h, (v) =>
      hits([
        [-BEYOND, v],
        [w, h],
      ]),
    );
    const left = -search(-w, BEYOND, (v) =>
      hits([
        [-BEYOND, -BEYOND],
        [-v, h],
      ]),
    );
    const top = -search(-h, BEYOND, (v) =>
      hits([
        [-BEYOND, -BEYOND],
        [w, -v],
      ]),
    );
    return { id, left, top, right, bottom };
  });
}

/** The largest value in [lo, hi] (to half a pixel) for which `holds` is true; holds(lo) is. */
function search(lo: number, hi: number, holds: (value: number) => boolean): number {
  let [a, b] = [lo, hi];
  if (holds(b)) return b;
  while (b - a > 0.5) {
    const mid = (a + b) / 2;
    if (holds(mid)) a = mid;
    else b = mid;
  }
  return a;
}
