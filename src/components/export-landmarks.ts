/**
 * What export reads from the page, named once: a panel marks an element with `landmark('…')` and
 * export finds it with `findLandmark` / `findLandmarks`. Both sides import this module, so the
 * dependency is an import a reader and lint can see, never another feature's class name.
 */

export const EXPORT_LANDMARKS = [
  /** The atlas's title (the header's h1). */
  'title',
  /** The area the view is laid out in (<main>). */
  'main',
  'map-panel',
  /** The map's drawing surface: the WebGL container… */
  'map-area',
  /** …or the SVG fallback's stage. */
  'map-fallback',
  /** The part of the map view its overlays (legend, credit, callouts) live in. */
  'map-view',
  'map-legend',
  /** The basemap's credit line (maplibre's attribution, or the fallback's own). */
  'map-credit',
  /** A site's name beside its glyph on the SVG map. */
  'site-label',
  /** A country's pledge card over the map, and each line worth printing in it. */
  'pledge-card',
  'pledge-line',
  'side-panel',
  /** The selected record's headline in the details panel: its kind, name and summary. */
  'headline',
  'headline-kind',
  'headline-title',
  'headline-summary',
  'live-summary',
  /** A chart panel (with `data-chart` naming it), its title, and the sentences under it. */
  'chart-panel',
  'chart-title',
  'chart-note',
  /** Presenter mode: the step's caption and its title. */
  'step-caption',
  'step-title',
] as const;
export type ExportLandmark = (typeof EXPORT_LANDMARKS)[number];

const ATTRIBUTE = 'data-export';

/** Props that mark an element as a landmark: `<p {...landmark('live-summary')}>`. */
export const landmark = (name: ExportLandmark) =>
  ({ [ATTRIBUTE]: name }) as { 'data-export': ExportLandmark };

/** A CSS selector for one or more landmarks. */
export const landmarkSelector = (...names: ExportLandmark[]) =>
  names.map((name) => `[${ATTRIBUTE}="${name}"]`).join(', ');

export function findLandmark<E extends Element = HTMLElement>(
  root: ParentNode,
  name: ExportLandmark,
): E | null {
  return root.querySelector<E>(landmarkSelector(name));
}

export function findLandmarks<E extends Element = HTMLElement>(
  root: ParentNode,
  ...names: ExportLandmark[]
): E[] {
  return [...root.querySelectorAll<E>(landmarkSelector(...names))];
}

export const isLandmark = (element: Element, name: ExportLandmark) =>
  element.getAttribute(ATTRIBUTE) === name;

/** Marks an element the page did not render itself (maplibre's attribution control). */
export const markLandmark = (element: Element | null | undefined, name: ExportLandmark) =>
  element?.setAttribute(ATTRIBUTE, name);
