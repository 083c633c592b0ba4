import type { GeometryCollection, Topology } from 'topojson-specification';

/** A lon/lat pair in degrees. */
export type Point = [number, number];
/** A ring is closed: its last point repeats its first. */
export type Ring = Point[];
/** Outer ring first, holes after it, as in GeoJSON. */
export type PolygonRings = Ring[];
export type Line = Point[];

export type Bbox = { west: number; south: number; east: number; north: number };

/**
 * Iceland and Portugal to Finland and the Black Sea. West of -25 would pull in Greenland's bulk,
 * east of 45 the Caspian; north of 72 is Svalbard and the Arctic sea the wedge bug draws over.
 */
export const EUROPE_BBOX: Bbox = { west: -25, south: 34, east: 45, north: 72 };

/** Natural Earth's world-atlas topology: one `countries` collection named by country. */
export type WorldTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;
