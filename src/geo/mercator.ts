/** A pure Web Mercator projection fitted to a box: what the SVG fallback draws with (no maplibre). */
export type LonLat = [number, number];
export type Bounds = [LonLat, LonLat];

/** The initial view of the map: western and central Europe from Portugal to southern Scandinavia. */
export const EUROPE_BOUNDS: Bounds = [
  [-12, 35],
  [32, 66],
];

/** What the generated basemap covers (scripts/basemap EUROPE_BBOX): the camera never shows past it. */
export const BASEMAP_BOUNDS: Bounds = [
  [-25, 34],
  [45, 72],
];

export function mercatorY(lat: number): number {
  const clamped = Math.max(-85, Math.min(85, lat));
  return Math.log(Math.tan(Math.PI / 4 + (clamped * Math.PI) / 360));
}

export interface FittedProjection {
  width: number;
  height: number;
  project: (lonLat: LonLat) => [number, number];
}

const toX = (lon: number) => (lon * Math.PI) / 180;
const fromX = (x: number) => (x * 180) / Math.PI;
const fromY = (y: number) => ((2 * Math.atan(Math.exp(y)) - Math.PI / 2) * 180) / Math.PI;

/**
 * The view a frame of `aspect` (width / height) shows: the box around `needed` widened to the
 * frame's shape, never past `limit` (what the basemap covers: past it a frame would show a strip
 * with no land), and, when the frame's shape forces a crop, slid so `keep` (the sites) stays in
 * view where it fits. The WebGL map's camera obeys the same limit through maplibre's maxBounds.
 */
export function fitView(needed: Bounds, limit: Bounds, aspect: number, keep: Bounds | null = null): Bounds {
  const [[lw, ls], [le, ln]] = limit;
  const clampLon = (lon: number) => Math.min(le, Math.max(lw, lon));
  const clampLat = (lat: number) => Math.min(ln, Math.max(ls, lat));
  const x0 = toX(clampLon(needed[0][0]));
  const x1 = toX(clampLon(needed[1][0]));
  const y0 = mercatorY(clampLat(needed[0][1]));
  const y1 = mercatorY(clampLat(needed[1][1]));
  const [limitX0, limitX1, limitY0, limitY1] = [toX(lw), toX(le), mercatorY(ls), mercatorY(ln)];
  let width = Math.max(x1 - x0, (y1 - y0) * aspect);
  if (width > limitX1 - limitX0) width = limitX1 - limitX0;
  let height = width / aspect;
  if (height > limitY1 - limitY0) {
    height = limitY1 - limitY0;
    width = height * aspect;
  }
  let cx = (x0 + x1) / 2;
  let cy = (y0 + y1) / 2;
  if (keep) {
    // Slide (never zoom) so the kept box is inside, as far as the view's size allows.
    const [kx0, kx1] = [toX(keep[0][0]), toX(keep[1][0])];
    const [ky0, ky1] = [mercatorY(keep[0][1]), mercatorY(keep[1][1])];
    if (kx1 - kx0 <= width) cx = Math.min(kx0 + width / 2, Math.max(kx1 - width / 2, cx));
    if (ky1 - ky0 <= height) cy = Math.min(ky0 + height / 2, Math.max(ky1 - height / 2, cy));
  }
  cx = Math.min(limitX1 - width / 2, Math.max(limitX0 + width / 2, cx));
  cy = Math.min(limitY1 - height / 2, Math.max(limitY0 + height / 2, cy));
  return [
    [fromX(cx - width / 2), fromY(cy - height / 2)],
    [fromX(cx + width / 2), fromY(cy + height / 2)],
  ];
}

/** Projects `bounds` onto a box `width` wide; the height follows from the projection. */
export function fitMercator(bounds: Bounds, width: number): FittedProjection {
  const [[west, south], [east, north]] = bounds;
  const x0 = (west * Math.PI) / 180;
  const scale = width / (((east - west) * Math.PI) / 180);
  const yTop = mercatorY(north);
  const height = (yTop - mercatorY(south)) * scale;
  return {
    width,
    height,
    project: ([lon, lat]) => [((lon * Math.PI) / 180 - x0) * scale, (yTop - mercatorY(lat)) * scale],
  };
}

/** Joins `line` over every ring or line of a (Multi)Polygon or (Multi)LineString; '' for others. */
export function joinGeometryLines(
  geometry: GeoJSON.Geometry,
  line: (points: GeoJSON.Position[], close: boolean) => string,
): string {
  switch (geometry.type) {
    case 'Polygon':
      return geometry.coordinates.map((ring) => line(ring, true)).join('');
    case 'MultiPolygon':
      return geometry.coordinates.flatMap((polygon) => polygon.map((ring) => line(ring, true))).join('');
    case 'LineString':
      return line(geometry.coordinates, false);
    case 'MultiLineString':
      return geometry.coordinates.map((part) => line(part, false)).join('');
    default:
      return '';
  }
}

/** An SVG path for (Multi)Polygon and (Multi)LineString geometries, rounded to 0.1 unit. */
export function geometryPath(geometry: GeoJSON.Geometry, project: FittedProjection['project']): string {
  return joinGeometryLines(
    geometry,
    (points, close) =>
      points
        .map((p, i) => {
          const [x, y] = project([p[0]!, p[1]!]);
          return `${i === 0 ? 'M' : 'L'}${x.toFixed(1)} ${y.toFixed(1)}`;
        })
        .join('') + (close ? 'Z' : ''),
  );
}
