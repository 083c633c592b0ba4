/**
 * Status symbols as signed-distance-field images, computed without a canvas: the same shapes as
 * the status badges (announced: disc, planned: ring, under construction: triangle, operational:
 * square), so colour is never the only signal. SDF icons are recoloured by paint properties
 * (icon-color, icon-halo-*), so a theme change is a setPaintProperty, not new images.
 */
import type { SiteStatus } from '../../../dataset/schema';

/** Image side in pixels; the shape's nominal diameter inside it (the rest is SDF buffer). */
export const ICON_PX = 64;
export const ICON_SHAPE_PX = 44;

export interface SdfImage {
  width: number;
  height: number;
  data: Uint8Array;
}

type Distance = (x: number, y: number) => number;

const R = ICON_SHAPE_PX / 2;

// Signed distances (negative inside), in pixels, centred on the origin, y downwards.
const disc: Distance = (x, y) => Math.hypot(x, y) - R;
const ring: Distance = (x, y) => Math.abs(Math.hypot(x, y) - (R - 4)) - 4;
const square: Distance = (x, y) => {
  const half = R * 0.86 - 3;
  const qx = Math.abs(x) - half;
  const qy = Math.abs(y) - half;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - 3;
};
/** Equilateral triangle pointing up (Inigo Quilez's sdEquilateralTriangle), a little larger to weigh like the disc. */
const triangle: Distance = (x, y) => {
  const r = R * 1.08;
  const k = Math.sqrt(3);
  let px = Math.abs(x) - r;
  let py = -(y - r * 0.28) + r / k;
  if (px + k * py > 0) [px, py] = [(px - k * py) / 2, (-k * px - py) / 2];
  px -= Math.min(Math.max(px, -2 * r), 0);
  return -Math.hypot(px, py) * Math.sign(py);
};

export const STATUS_SHAPES: Record<SiteStatus, Distance> = {
  announced: disc,
  planned: ring,
  'under-construction': triangle,
  operational: square,
};

/** maplibre's SDF convention (TinySDF, radius 8, cutoff 0.25): alpha 0.75 on the edge, -1/8 per pixel outward. */
export function sdfImage(distance: Distance, size = ICON_PX): SdfImage {
  const data = new Uint8Array(size * size * 4);
  const c = size / 2;
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      const d = distance(col + 0.5 - c, row + 0.5 - c);
      const alpha = Math.round(255 * Math.min(1, Math.max(0, 0.75 - d / 8)));
      const i = (row * size + col) * 4;
      data[i] = 255;
      data[i + 1] = 255;
      data[i + 2] = 255;
      data[i + 3] = alpha;
    }
  }
  return { width: size, height: size, data };
}

export function statusIconName(status: SiteStatus): string {
  return `status-${status}`;
}

export function statusIcons(): { name: string; image: SdfImage }[] {
  return (Object.keys(STATUS_SHAPES) as SiteStatus[]).map((status) => ({
    name: statusIconName(status),
    image: sdfImage(STATUS_SHAPES[status]),
  }));
}
