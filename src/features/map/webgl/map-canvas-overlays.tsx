/** What the WebGL map draws over itself in the DOM: the camera buttons and the hover tooltip. */
import { useAtlasModel } from '../../../dataset/model-context';
import { siteStatusAsOf } from '../../../dataset/site-status';
import { prefersReducedMotion } from '../../../lib/media';
import { useAtlasStore } from '../../../store/store-context';
import type { MapAdapter } from './map-adapter';
import { MapControls } from './map-controls';
import { MapTooltip } from './map-tooltip';
import { EUROPE_BOUNDS, type Bounds } from '../../../geo/mercator';
import { siteHeadline } from '../site-facts';
import { siteDiameter } from '../site-size';
import { dataBounds, type MapData } from '../use-map-data';

export function CanvasControls(props: { adapter: MapAdapter; data: MapData; onReset: () => void }) {
  const { adapter, data } = props;
  const animate = () => !prefersReducedMotion();
  const fitAll = () => {
    const bounds = dataBounds(data);
    adapter.fitBounds(bounds ? padBounds(bounds) : EUROPE_BOUNDS, animate());
  };
  return (
    <MapControls
      onZoomIn={() => adapter.zoomBy(1, animate())}
      onZoomOut={() => adapter.zoomBy(-1, animate())}
      onFitAll={fitAll}
      onReset={() => {
        adapter.fitBounds(EUROPE_BOUNDS, animate());
        props.onReset();
      }}
    />
  );
}

/**
 * The hovered site's tooltip, pinned above its symbol; hidden while the camera moves, and once the
 * site is selected: the details panel then says all of it, and a tooltip left over the map would
 * cover the legend and the labels around the pointer until the pointer moves away.
 */
export function CanvasTooltip(props: { adapter: MapAdapter | null; data: MapData; moving: boolean }) {
  const { adapter, data, moving } = props;
  const model = useAtlasModel();
  const hoveredId = useAtlasStore((s) => (s.hoveredId === s.selectedId ? null : s.hoveredId));
  const asOf = useAtlasStore((s) => s.asOf);
  const site = hoveredId ? model.sitesById.get(hoveredId) : undefined;
  const status = site ? siteStatusAsOf(site, asOf) : null;
  const at = site && status ? data.locate(site.id) : null;
  const point = adapter && at && !moving ? adapter.project(at) : null;
  if (!site || !status || !point) return null;
  return (
    <MapTooltip
      site={site}
      status={status}
      headline={siteHeadline(site, model)}
      point={{ x: point.x, y: point.y - siteDiameter(capacityOf(data, site.id)) / 2 - 6 }}
    />
  );
}

function capacityOf(data: MapData, id: string): number | null {
  return data.sites.features.find((f) => f.properties.id === id)?.properties.mw ?? null;
}

/** A single site or a tight group would zoom in to the street: give fitBounds some room. */
export function padBounds([[w, s], [e, n]]: Bounds): Bounds {
  const dx = Math.max(0, 3 - (e - w)) / 2;
  const dy = Math.max(0, 2 - (n - s)) / 2;
  return [
    [w - dx, s - dy],
    [e + dx, n + dy],
  ];
}
