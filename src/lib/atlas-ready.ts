/**
 * When the atlas has drawn its first view: the `atlas:ready` performance mark, set once by the app
 * (atlas-view, presenter-view). The embed announces it to the host; the service worker waits for it
 * before it precaches, so that its downloads do not compete with the first view.
 */

export const READY_MARK = 'atlas:ready';
/** Set when the live charts were fetched on the wait's fallback, before `atlas:ready`. */
export const CHARTS_BEFORE_READY_MARK = 'atlas:charts-before-ready';

/** Whether the first view has been drawn (the mark is set). */
export const isAtlasReady = (): boolean => performance.getEntriesByName(READY_MARK, 'mark').length > 0;

/** Sets the mark, once per page (a later view, a retry, the presenter's next step: no new mark). */
export function markAtlasReady(): void {
  if (!isAtlasReady()) performance.mark(READY_MARK);
}

/**
 * Calls `callback` once the `atlas:ready` performance mark exists (AtlasView sets it when the
 * panels and, if shown, the map have drawn), or after `fallbackMs` if it never comes, so that
 * a broken map cannot leave the host waiting forever. Returns a cancel function.
 */
export function whenAtlasReady(callback: () => void, fallbackMs = 10_000): () => void {
  let done = false;
  let observer: PerformanceObserver | null = null;
  const finish = () => {
    if (done) return;
    done = true;
    cancel();
    callback();
  };
  const timer = setTimeout(finish, fallbackMs);
  function cancel() {
    clearTimeout(timer);
    observer?.disconnect();
  }
  if (isAtlasReady()) {
    finish();
    return () => {};
  }
  if (typeof PerformanceObserver === 'function') {
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName(READY_MARK).length > 0) finish();
    });
    observer.observe({ type: 'mark' });
    // The mark may have been set between the check above and observe().
    if (isAtlasReady()) finish();
  }
  return () => {
    done = true;
    cancel();
  };
}
