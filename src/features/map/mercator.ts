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
