/**
 * The heavy views (the timeline, the investments, the map's data, the site list, the
 * summary) read the cursor, the selection and the hover through useDeferredAtlasStore. React
 * renders and paints the urgent update first (the slider's thumb, the pressed row), then the views
 * follow in a transition that yields to input and skips values overtaken meanwhile (a held arrow
 * key, playback). Code that must see every view caught up (the video recorder) awaits
 * viewsSettled().
 */
import { useDeferredValue, useEffect } from 'react';
import type { AtlasState } from './atlas-store';
import { useAtlasStore } from './store-context';

let lagging = 0;
let waiting: (() => void)[] = [];

function releaseIfSettled() {
  if (lagging > 0) return;
  const resolve = waiting;
  waiting = [];
  for (const done of resolve) done();
}

/** useAtlasStore, shown a moment late: select primitives or wrap with useShallow, as there. */
export function useDeferredAtlasStore<T>(selector: (state: AtlasState) => T): T {
  const value = useAtlasStore(selector);
  const shown = useDeferredValue(value);
  const behind = !Object.is(value, shown);
  // Passive effects, not layout ones: the views' own effects (the map's new data) run in the same
  // flush, so a waiter resumes only once they have all run.
  useEffect(() => {
    if (!behind) return;
    lagging++;
    return () => {
      lagging--;
      releaseIfSettled();
    };
  }, [behind]);
  return shown;
}

/** Resolves once no deferred view is behind the store (at once when none is). */
export function viewsSettled(): Promise<void> {
  if (lagging === 0) return Promise.resolve();
  return new Promise((resolve) => waiting.push(resolve));
}
