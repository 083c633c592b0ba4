/**
 * Mounts the postMessage channel when the atlas runs as a framed embed (`embed=1` inside an
 * iframe), once the dataset is loaded and the atlas has drawn (EMBEDDING.md, "Messages").
 */
import { useEffect, type RefObject } from 'react';
import { version as appVersion } from '../../../package.json';
import type { AtlasModel } from '../../dataset/model';
import type { AtlasState } from '../../store/atlas-store';
import { useAtlasStore, useAtlasStoreApi } from '../../store/store-context';
import type { UrlState } from '../../url-state/url-state';
import { whenAtlasReady } from '../../lib/atlas-ready';
import { framingParent, watchElementHeight } from './embed-dom';
import './embed.css';

/** Every id `atlas:select` may name: exactly what the URL and the details panel accept. */
export function selectableIds(model: AtlasModel): ReadonlySet<string> {
  return new Set(model.recordsById.keys());
}

export function useEmbedBridge(
  model: AtlasModel | null,
  rootRef: RefObject<HTMLElement | null>,
  toUrlState: (state: AtlasState) => UrlState,
): void {
  const store = useAtlasStoreApi();
  const embed = useAtlasStore((s) => s.embed);
  useEffect(() => {
    const parent = framingParent(window);
    const root = rootRef.current;
    if (!embed || !model || !parent || !root) return;
    let stop: (() => void) | null = null;
    let disposed = false;
    const cancel = whenAtlasReady(() => {
      // The protocol (and its zod schemas) loads only for a framed embed, off the first paint.
      void import('./embed-runtime').then(({ startEmbedRuntime }) => {
        if (disposed) return;
        stop = startEmbedRuntime({
          store,
          toUrlState,
          win: window,
          parent,
          knownSiteIds: selectableIds(model),
          version: appVersion,
          watchHeight: (onHeight) => watchElementHeight(root, onHeight),
        });
      });
    });
    return () => {
      disposed = true;
      cancel();
      stop?.();
    };
  }, [embed, model, rootRef, store, toUrlState]);
}
