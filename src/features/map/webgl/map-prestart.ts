/**
 * Start the map's engine at navigation, in parallel with the dataset. The preload links
 * (scripts/prerender/) only download the maplibre chunk and its worker; without this, the chunk is
 * evaluated and the worker booted only once the dataset is validated and React has rendered the
 * map panel. Here maplibre is evaluated and its worker started (maplibre `prewarm`) while the
 * dataset is still on the wire; the map itself is still created by map-canvas when the data is in.
 */
import { isWebglSupported } from './webgl';

type LoadAdapter = () => Promise<{ prewarmMapWorkers: () => void }>;

/** Resolves once the worker is started (or when there is no WebGL: the SVG map needs none). */
export function prestartMap(
  load: LoadAdapter = () => import('./map-adapter'),
  webgl: () => boolean = isWebglSupported,
): Promise<void> {
  if (!webgl()) return Promise.resolve();
  return load()
    .then((adapter) => adapter.prewarmMapWorkers())
    .catch(() => {
      // A failed chunk is reported where the map is created (use-map-adapter falls back to SVG).
    });
}
