import type { Point, PolygonRings } from './geometry-types.ts';
import polylabel from 'polylabel';

const RAD = Math.PI / 180;

/** Web Mercator y in degree-like units, so that the label sits where the map shows most room. */
function mercatorY(lat: number): number {
  return Math.log(Math.tan(Math.PI / 4 + (lat * RAD) / 2)) / RAD;
}

function inverseMercatorY(y: number): number {
  return (2 * Math.atan(Math.exp(y * RAD)) - Math.PI / 2) / RAD;
}

/**
 * The pole of inaccessibility (mapbox's `polylabel`) of a lon/lat polygon, searched in Web Mercator
 * as the map draws it: a centroid falls outside a crescent such as Croatia; this never does.
 */
export function labelPoint(polygon: PolygonRings, precision = 0.02): Point {
  const projected = polygon.map((ring) => ring.map(([lon, lat]): Point => [lon, mercatorY(lat)]));
  // Microstates (the Vatican is 0.005° wide) need a finer step than the default, or the point
  // found may fall outside them.
  const xs = projected[0]?.map(([px]) => px) ?? [];
  const extent = xs.length ? Math.max(...xs) - Math.min(...xs) : 0;
  const [x, y] = polylabel(projected, Math.min(precision, extent / 100 || precision));
  return [x, inverseMercatorY(y)];
}
