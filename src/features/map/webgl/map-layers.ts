/**
 * Layer definitions as plain data. The adapter adds them once; afterwards it only changes paint
 * (theme), layout text-field (language) and filters (pledges): never the style as a whole.
 */
// The basemap build declares the label font (its `font-faces` key); the layers must name the same one.
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { LABEL_FONT } from '../../../geo/label-font';
import type { Lang } from '../../../i18n/languages';
import type { MapPalette } from './map-palette';
import { ICON_SHAPE_PX } from './map-icons';
import { siteDiameterExpression } from '../site-size';

export const SITES_SOURCE = 'sites';
export const SITE_ICON_LAYER = 'sites-icon';
export const SITE_LABEL_LAYER = 'sites-label';
export const CLUSTER_LAYER = 'sites-cluster';
export const CLUSTER_COUNT_LAYER = 'sites-cluster-count';
export const CLUSTER_LABEL_LAYER = 'sites-cluster-label';
export const COUNTRY_LABEL_LAYER = 'country-labels';
export const PLEDGE_FILL_LAYER = 'countries-pledge';
export const PLEDGE_LINE_LAYER = 'countries-pledge-line';
export const PLEDGE_SELECTED_LAYER = 'countries-pledge-selected';
/** Beyond this zoom nothing clusters; revealing a clustered site zooms just past it. */
export const CLUSTER_MAX_ZOOM = 8;
export const CLUSTER_RADIUS = 32;
/** A cluster of at most this many sites is labelled with their towns; a bigger one only counts them. */
export const CLUSTER_NAMED_AT_MOST = 4;
/** Where the towns of a cluster stop being collected (characters): a label, never a paragraph. */
const CLUSTER_PLACES_CHARS = 64;

/**
 * The source's `clusterProperties`: each cluster collects its sites' towns, so that three sites
 * within 60 km of Paris, one dot at the European zoom, still say where they are. Capped, so a
 * cluster of thousands never builds a long string.
 */
export const clusterProperties = {
  places: [
    [
      'case',
      ['>=', ['length', ['accumulated']], CLUSTER_PLACES_CHARS],
      ['accumulated'],
      ['concat', ['accumulated'], ', ', ['get', 'places']],
    ],
    ['get', 'place'],
  ],
} as const;

/** What the label layers are asked for: site names and cluster towns (the callouts avoid both). */
export const LABEL_LAYERS = [SITE_LABEL_LAYER, CLUSTER_LABEL_LAYER];

/** A label's id in box queries: the site's id, or `cluster:<towns>` for a cluster's label. */
export function labelId(properties: Record<string, unknown>): string {
  return properties.cluster === true || properties.point_count !== undefined
    ? `cluster:${String(properties.places)}`
    : String(properties.id);
}

export function statusColor(palette: MapPalette): ExpressionSpecification {
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

const isSelected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const isActive: ExpressionSpecification = [
  'any',
  isSelected,
  ['boolean', ['feature-state', 'hovered'], false],
];
const unclustered: FilterSpecification = ['!', ['has', 'point_count']];
const clustered: FilterSpecification = ['has', 'point_count'];

export function countryNameField(lang: Lang): ExpressionSpecification {
  return ['get', `name_${lang}`];
}

/** Which countries are tinted for their pledges, and which one for the selected pledge. */
export function pledgeFilter(countries: readonly string[]): FilterSpecification {
  return ['in', ['get', 'iso'], ['literal', [...countries]]];
}

/** Paint properties that depend on the theme, by layer: what `update` re-applies on a theme change. */
export function themedPaint(palette: MapPalette) {
  const haloColor: ExpressionSpecification = ['case', isSelected, palette.selected, palette.halo];
  return {
    background: { 'background-color': palette.sea },
    'countries-fill': { 'fill-color': palette.land },
    'countries-coast': { 'line-color': palette.border },
    [PLEDGE_FILL_LAYER]: { 'fill-color': palette.accent },
    [PLEDGE_SELECTED_LAYER]: { 'fill-color': palette.accent },
    'borders-line': { 'line-color': palette.border },
    [PLEDGE_LINE_LAYER]: { 'line-color': palette.accent },
    [COUNTRY_LABEL_LAYER]: { 'text-color': palette.label, 'text-halo-color': palette.land },
    'sites-halo': { 'circle-color': palette.selected, 'circle-stroke-color': palette.selected },
    [CLUSTER_LAYER]: { 'circle-color': palette.ink, 'circle-stroke-color': palette.surface },
    [CLUSTER_COUNT_LAYER]: { 'text-color': palette.surface },
    [SITE_ICON_LAYER]: {
      'icon-color': statusColor(palette),
      'icon-halo-color': haloColor,
    },
    [SITE_LABEL_LAYER]: { 'text-color': palette.ink, 'text-halo-color': palette.halo },
    [CLUSTER_LABEL_LAYER]: { 'text-color': palette.ink, 'text-halo-color': palette.halo },
  };
}

/** Typed as maplibre's own layer specification (a type-only import: no maplibre code here). */
/** Below this zoom the whole of Europe fits a phone-wide map. */
const PHONE_OVERVIEW_ZOOM = 2.6;

export function baseLayers(palette: MapPalette, lang: Lang): LayerSpecification[] {
  const paint = themedPaint(palette);
  const diameter = siteDiameterExpression();
  return [
    { id: 'background', type: 'background', paint: paint.background },
    { id: 'countries-fill', type: 'fill', source: 'countries', paint: paint['countries-fill'] },
    {
      id: PLEDGE_FILL_LAYER,
      type: 'fill',
      source: 'countries',
      filter: pledgeFilter([]),
      paint: { ...paint[PLEDGE_FILL_LAYER], 'fill-opacity': 0.14 },
    },
    {
      id: PLEDGE_SELECTED_LAYER,
      type: 'fill',
      source: 'countries',
      filter: pledgeFilter([]),
      paint: { ...paint[PLEDGE_SELECTED_LAYER], 'fill-opacity': 0.22 },
    },
    {
      id: 'countries-coast',
      type: 'line',
      source: 'countries',
      paint: { ...paint['countries-coast'], 'line-width': 0.6, 'line-opacity': 0.55 },
    },
    {
      id: 'borders-line',
      type: 'line',
      source: 'borders',
      layout: { 'line-join': 'round' },
      paint: {
        ...paint['borders-line'],
        'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.7, 7, 1.5],
      },
    },
    {
      id: PLEDGE_LINE_LAYER,
      type: 'line',
      source: 'countries',
      filter: pledgeFilter([]),
      layout: { 'line-join': 'round' },
      paint: { ...paint[PLEDGE_LINE_LAYER], 'line-width': 1.6, 'line-opacity': 0.8 },
    },
    {
      id: COUNTRY_LABEL_LAYER,
      type: 'symbol',
      source: 'labels',
      // Small countries and islands (rank = area order) wait for the zoom that has room for them.
      filter: ['step', ['zoom'], ['<=', ['get', 'rank'], 36], 4, ['<=', ['get', 'rank'], 44], 6, true],
      layout: {
        'text-field': countryNameField(lang),
        'text-font': [LABEL_FONT],
        'text-size': ['interpolate', ['linear'], ['zoom'], 3, 10.5, 6, 13.5],
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.12,
        'text-max-width': 7,
        'symbol-sort-key': ['get', 'rank'],
        'text-padding': 6,
      },
      paint: { ...paint[COUNTRY_LABEL_LAYER], 'text-halo-width': 1.2 },
    },
    {
      id: 'sites-halo',
      type: 'circle',
      source: SITES_SOURCE,
      filter: unclustered,
      paint: {
        ...paint['sites-halo'],
        'circle-radius': ['+', ['/', diameter, 2], ['case', isSelected, 9, 6]],
        'circle-opacity': ['case', isSelected, 0.22, isActive, 0.14, 0],
        'circle-stroke-width': ['case', isSelected, 2, 0],
        'circle-stroke-opacity': ['case', isSelected, 0.9, 0],
      },
    },
    {
      id: CLUSTER_LAYER,
      type: 'circle',
      source: SITES_SOURCE,
      filter: clustered,
      paint: {
        ...paint[CLUSTER_LAYER],
        'circle-radius': ['step', ['get', 'point_count'], 15, 10, 19, 100, 24, 1000, 30],
        'circle-opacity': 0.88,
        'circle-stroke-width': 2,
      },
    },
    {
      id: CLUSTER_COUNT_LAYER,
      type: 'symbol',
      source: SITES_SOURCE,
      filter: clustered,
      layout: {
        'text-field': ['get', 'point_count_abbreviated'],
        'text-font': [LABEL_FONT],
        'text-size': 13,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: paint[CLUSTER_COUNT_LAYER],
    },
    {
      id: SITE_ICON_LAYER,
      type: 'symbol',
      source: SITES_SOURCE,
      filter: unclustered,
      layout: {
        'icon-image': ['concat', 'status-', ['get', 'status']],
        'icon-size': ['/', diameter, ICON_SHAPE_PX],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
        // Big sites under small ones would hide them: draw the largest first.
        'symbol-sort-key': ['-', 0, ['coalesce', ['get', 'mw'], 0]],
      },
      paint: {
        ...paint[SITE_ICON_LAYER],
        'icon-halo-width': ['case', isActive, 3, 1.5],
        'icon-halo-blur': 0.5,
      },
    },
    {
      id: SITE_LABEL_LAYER,
      type: 'symbol',
      source: SITES_SOURCE,
      filter: unclustered,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [LABEL_FONT],
        'text-size': ['interpolate', ['linear'], ['zoom'], 3, 12, 8, 14],
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': ['+', 0.5, ['/', diameter, 26]],
        'text-justify': 'auto',
        // At a phone's overview zoom (all of Europe in ~360 px) a 10 em line runs off the
        // map's edge, which maplibre's placement does not avoid; narrower lines stay inside.
        'text-max-width': ['step', ['zoom'], 7, PHONE_OVERVIEW_ZOOM, 10],
        'text-optional': true,
        'symbol-sort-key': ['-', 0, ['coalesce', ['get', 'mw'], 0]],
      },
      paint: { ...paint[SITE_LABEL_LAYER], 'text-halo-width': 1.6 },
    },
    {
      id: CLUSTER_LABEL_LAYER,
      type: 'symbol',
      source: SITES_SOURCE,
      filter: ['all', ['has', 'point_count'], ['<=', ['get', 'point_count'], CLUSTER_NAMED_AT_MOST]],
      layout: {
        'text-field': ['get', 'places'],
        'text-font': [LABEL_FONT],
        'text-size': ['interpolate', ['linear'], ['zoom'], 3, 12, 8, 14],
        'text-variable-anchor': ['right', 'left', 'bottom', 'top'],
        // Clear of the cluster's 15 px disc (the first step of its radius).
        'text-radial-offset': 1.5,
        'text-justify': 'auto',
        'text-max-width': ['step', ['zoom'], 7, PHONE_OVERVIEW_ZOOM, 10],
        'text-optional': true,
      },
      paint: { ...paint[CLUSTER_LABEL_LAYER], 'text-halo-width': 1.6 },
    },
  ];
}
