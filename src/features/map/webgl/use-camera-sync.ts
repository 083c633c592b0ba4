/**
 * The camera between the map and the store (`?view=` in the URL). The map reports where the
 * visitor left it; the store's view, when it did not come from the map (a link, an embed command,
 * reset), moves the map. The adapter tags the moves it makes for the store with its one origin tag
 * and does not report them back; here, a store view that is the very object the map last reported
 * is the map's own echo and is not sent back.
 */
import { useEffect, useEffectEvent, useRef } from 'react';
import { useAtlasModel } from '../../../dataset/model-context';
import { prefersReducedMotion } from '../../../lib/media';
import { useAtlasStore } from '../../../store/store-context';
import type { CameraView } from '../../../store/ui-vocabulary';
import { normalizeView } from '../../../url-state/url-state';
import type { MapAdapter } from './map-adapter';
import type { MapData } from '../use-map-data';

export function useCameraSync(adapter: MapAdapter | null, data: MapData) {
  const model = useAtlasModel();
  const view = useAtlasStore((s) => s.view);
  const selectedId = useAtlasStore((s) => s.selectedId);
  const setView = useAtlasStore((s) => s.setView);
  const presenting = useAtlasStore((s) => s.present !== null);
  const reported = useRef<CameraView | null>(null);

  // A presenter's step change eases the camera (unless reduced motion is asked for).
  useEffect(() => {
    if (!adapter || view === reported.current) return;
    adapter.setView(view, presenting && !prefersReducedMotion());
  }, [adapter, view, presenting]);

  // Bring the selection into view, whoever selected it (list, timeline, URL). A presenter's step
  // that sets its own camera framed its selection on purpose, in its cluster if need be: the
  // stage keeps that frame rather than zooming in past the country around it.
  const locate = useEffectEvent((id: string) => data.locate(id));
  const stepFramesIt = useEffectEvent(() => presenting && view !== null);
  useEffect(() => {
    if (!adapter || !selectedId || stepFramesIt()) return;
    const lngLat = locate(selectedId);
    if (lngLat)
      adapter.reveal(lngLat, model.sitesById.has(selectedId) ? selectedId : null, !prefersReducedMotion());
  }, [adapter, selectedId, model]);

  return {
    /** The map settled after a move by the visitor or the app: the store (and URL) follow. */
    onViewChange(next: CameraView) {
      reported.current = normalizeView(next);
      setView(reported.current);
    },
    /** Back to the European view, and no `view=` in the URL. */
    reset() {
      reported.current = null;
      setView(null);
    },
  };
}
