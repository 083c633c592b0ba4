/**
 * How big a site is drawn: its area grows with its stated capacity (diameter ~ sqrt(MW)), so a
 * 1 GW campus reads as 25x a 40 MW hall, not 625x. One definition for the map, the legend and the
 * SVG fallback. Sites with no stated capacity get the smallest size.
 */
import type { ExpressionSpecification } from 'maplibre-gl';

export const UNKNOWN_DIAMETER = 14;
const BASE = 14.7;
const PER_SQRT_MW = 1.055;
export const MAX_DIAMETER = 56;

/** Diameter in CSS pixels of a site's symbol. */
export function siteDiameter(mw: number | null | undefined): number {
  if (mw === null || mw === undefined || !(mw > 0)) return UNKNOWN_DIAMETER;
  return Math.min(MAX_DIAMETER, BASE + PER_SQRT_MW * Math.sqrt(mw));
}

/** The same function as a maplibre expression over the feature's `mw` property, in pixels. */
export function siteDiameterExpression(): ExpressionSpecification {
  return [
    'case',
    ['has', 'mw'],
    ['min', MAX_DIAMETER, ['+', BASE, ['*', PER_SQRT_MW, ['sqrt', ['get', 'mw']]]]],
    UNKNOWN_DIAMETER,
  ];
}

/** Capacities shown in the legend's size key. */
export const LEGEND_CAPACITIES = [40, 250, 1000] as const;
