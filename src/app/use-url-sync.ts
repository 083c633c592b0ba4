/** Keeps the address bar and the store in step while the app is mounted (see url-sync.ts). */
import { useEffectEvent, useLayoutEffect } from 'react';
import type { AtlasModel } from '../dataset/model';
import type { AtlasStore } from '../store/atlas-store';
import { startUrlSync } from './url-sync';

export function useUrlSync(store: AtlasStore, model: AtlasModel | null) {
  // Back/Forward re-check `site=` against the records of the dataset loaded by then.
  const knownIds = useEffectEvent(() => (model ? new Set(model.recordsById.keys()) : null));
  // A layout effect: it runs before any panel's effect can change the store, so none is missed.
  useLayoutEffect(() => startUrlSync(store, window, { framed: window.parent !== window, knownIds }), [store]);
}
