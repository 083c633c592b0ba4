import { feature } from 'topojson-client';
import type { GeometryObject, MultiPolygon, Topology } from 'topojson-specification';
import type { Bbox, PolygonRings, WorldTopology } from './geometry-types.ts';

export type Reassignment = { name: string; from: string; to: string; within: Bbox };

/**
 * Natural Earth's default countries show who controls a place; an atlas of Europe for a European
 * audience follows the EU and UN General Assembly resolution 68/262 instead: Crimea (with
 * Sevastopol) is Ukraine. The box holds Crimea's polygons and none of Russia's mainland (the Taman
 * peninsula begins east of 36.7°).
 */
export const REASSIGNMENTS: Reassignment[] = [
  { name: 'Crimea', from: '643', to: '804', within: { west: 32.4, south: 44.3, east: 36.7, north: 46.3 } },
];

function isWithin(polygon: PolygonRings, box: Bbox): boolean {
  return polygon.every((ring) =>
    ring.every(([x, y]) => x >= box.west && x <= box.east && y >= box.south && y <= box.north),
  );
}

/**
 * Moves the polygons of one country's MultiPolygon that lie wholly inside `within` to another
 * country, as a new geometry carrying the receiving country's id; the build then merges it in, so
 * the old line across the Perekop isthmus stops being a border.
 */
export function reassignTerritories<T extends WorldTopology>(topology: T, reassignments = REASSIGNMENTS): T {
  let geometries = topology.objects.countries.geometries;
  for (const { name, from, to, within } of reassignments) {
    geometries = geometries.flatMap((geometry) => {
      if (String(geometry.id) !== from || geometry.type !== 'MultiPolygon') return [geometry];
      const decoded = feature(topology as Topology, geometry as GeometryObject);
      if (decoded.type !== 'Feature' || decoded.geometry.type !== 'MultiPolygon') return [geometry];
      const moving = (decoded.geometry.coordinates as PolygonRings[]).map((polygon) =>
        isWithin(polygon, within),
      );
      if (!moving.includes(true)) return [geometry];
      const arcs = (geometry as MultiPolygon).arcs;
      const keep = { ...geometry, arcs: arcs.filter((_, i) => !moving[i]) };
      const moved: MultiPolygon<{ name: string }> = {
        type: 'MultiPolygon',
        id: to,
        properties: { name },
        arcs: arcs.filter((_, i) => moving[i]),
      };
      return [keep, moved];
    });
  }
  return {
    ...topology,
    objects: { ...topology.objects, countries: { ...topology.objects.countries, geometries } },
  };
}
