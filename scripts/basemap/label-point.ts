import type { Point, PolygonRings } from './geometry-types.ts';
import { polylabel } from './polylabel.ts';

const RAD = Math.PI / 180;

/** Web Mercator y in degree-like units, so that the label sits where the map shows most room. */
function mercatorY(lat: number): number {
  return Math.log(Math.tan(Math.PI / 4 + (lat * RAD) / 2)) / RAD;
}

function inverseMercatorY(y: number): number {
  return (2 * Math.atan(Math.exp(y * RAD)) - Math.PI / 2) / RAD;
}

/** The pole of inaccessibility of a lon/lat polygon, searched in Web Mercator as the map draws it. */
export function labelPoint(polygon: PolygonRings, precision = 0.02): Point {
  const projected = polygon.map((ring) => ring.map(([lon, lat]): Point => [lon, mercatorY(lat)]));
  const [x, y] = polylabel(projected, precision);
  return [x, inverseMercatorY(y)];
}
