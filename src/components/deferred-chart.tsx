/**
 * Recharts (~80 KB gzip) is not part of the first view: each chart shows its baked figure
 * (static-chart.tsx, interactive, drawn with the same marks) until the atlas is ready, then fetches
 * its recharts version, which takes over in the same box.
 */
import { Suspense, useSyncExternalStore, type ReactNode } from 'react';
import { CHARTS_BEFORE_READY_MARK, isAtlasReady, whenAtlasReady } from '../lib/atlas-ready';

let live = false;
let armed = false;
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  if (!armed) {
    armed = true;
    whenAtlasReady(() => {
      // Gone live on the wait's fallback, the first view still not drawn: a mark says when, so
      // that tests and benchmarks can tell this late start from an early one.
      if (!isAtlasReady()) performance.mark(CHARTS_BEFORE_READY_MARK);
      live = true;
      listeners.forEach((notify) => notify());
    });
  }
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

export function DeferredChart({ figure, children }: { figure: ReactNode; children: ReactNode }) {
  const isLive = useSyncExternalStore(
    subscribe,
    () => live,
    () => false,
  );
  return isLive ? <Suspense fallback={figure}>{children}</Suspense> : figure;
}
