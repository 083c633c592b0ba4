/**
 * A framed embed whose dataset failed tells its host (`atlas:error`, EMBEDDING.md), which would
 * otherwise wait for an `atlas:ready` that never comes. Sent once per failure (again after a
 * failed Retry), to the `origin=` origin when set, like every other event.
 */
import { useEffect } from 'react';
import { useAtlasStore } from '../../store/store-context';
import { framingParent } from './embed-dom';
import { errorMessage, targetOriginFor } from './embed-messages';

export interface EmbedFailure {
  kind: 'fetch' | 'data';
  /** How many problems the error panel lists (their text stays in the panel). */
  problems: number;
}

export function useEmbedError(failure: EmbedFailure | null): void {
  const embed = useAtlasStore((s) => s.embed);
  const origin = useAtlasStore((s) => s.origin);
  useEffect(() => {
    const parent = framingParent(window);
    if (!embed || !failure || !parent) return;
    parent.postMessage(errorMessage(failure.kind, failure.problems), targetOriginFor(origin));
  }, [embed, origin, failure]);
}
