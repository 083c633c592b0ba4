/** Layer definitions as plain data. The adapter adds them once and later changes paint only. */
import type { MapPalette } from './map-palette';

export const SITES_SOURCE = 'sites';
export const SITE_CIRCLE_LAYER = 'sites-circle';

export function statusColor(palette: MapPalette): unknown[] {
  return [
    'match',
    ['get', 'status'],
    'announced',
    palette.announced,
    'planned',
    palette.planned,
    'under-construction',
    palette.underConstruction,
    'operational',
    palette.operational,
    palette.announced,
  ];
}

const active = ['any', ['boolean', ['feature-state', 'selected'], false], ['boolean', ['feature-state', 'hovered'], false]];

/** Paint properties that depend on the theme, by layer: what `update` re-applies on a theme change. */
export function themedPaint(palette: MapPalette): Record<string, Record<string, unknown>> {
  return {
    background: { 'background-color': palette.sea },
    'countries-fill': { 'fill-color': palette.land },
    'borders-line': { 'line-color': palette.border },
    'sites-halo': { 'circle-color': palette.selected },
    [SITE_CIRCLE_LAYER]: { 'circle-color': statusColor(palette), 'circle-stroke-color': palette.halo },
  };
}

export function baseLayers(palette: MapPalette) {
  const paint = themedPaint(palette);
  return [
    { id: 'background', type: 'background', paint: paint.background },
    { id: 'countries-fill', type: 'fill', source: 'countries', paint: paint['countries-fill'] },
    {
      id: 'borders-line',
      type: 'line',
      source: 'borders',
      paint: { ...paint['borders-line'], 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.6, 7, 1.4] },
    },
    {
      id: 'sites-halo',
      type: 'circle',
      source: SITES_SOURCE,
      paint: {
        ...paint['sites-halo'],
        'circle-radius': ['case', ['boolean', ['feature-state', 'selected'], false], 18, 14],
        'circle-opacity': ['case', active, 0.35, 0],
      },
    },
    {
      id: SITE_CIRCLE_LAYER,
      type: 'circle',
      source: SITES_SOURCE,
      paint: {
        ...paint[SITE_CIRCLE_LAYER],
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, 7, 8, 11],
        'circle-stroke-width': ['case', active, 3, 1.5],
      },
    },
  ];
}
