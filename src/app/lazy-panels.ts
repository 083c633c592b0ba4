/**
 * The panels that are chunks of their own, fetched after the shell has painted: declared once for
 * every view that shows them (the atlas, the presenter, the header's export menu).
 */
import { lazy } from 'react';

/** Starts fetching the map's chunk before React asks for it (main.tsx, when the map is shown). */
export const loadMapView = () => import('../features/map/map-view');
export const MapView = lazy(loadMapView);
export const TimelinePanel = lazy(() =>
  import('../features/timeline/timeline-panel').then((m) => ({ default: m.TimelinePanel })),
);
export const InvestmentsPanel = lazy(() =>
  import('../features/investments/investments-panel').then((m) => ({ default: m.InvestmentsPanel })),
);
/** Export (PNG, SVG, video): first paint never waits for it. */
export const ExportMenu = lazy(() => import('../features/export/export-menu'));
