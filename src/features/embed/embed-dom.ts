/** Browser plumbing for the embed: is the page framed, when is the atlas ready, how tall is it. */

/** `window.parent` when the atlas runs in a frame, else null (then the embed says nothing). */
export function framingParent(win: Window): Window | null {
  return win.parent && win.parent !== win ? win.parent : null;
}

export const READY_MARK = 'atlas:ready';

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
  if (performance.getEntriesByName(READY_MARK, 'mark').length > 0) {
    finish();
    return () => {};
  }
  if (typeof PerformanceObserver === 'function') {
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName(READY_MARK).length > 0) finish();
    });
    observer.observe({ type: 'mark' });
    // The mark may have been set between the check above and observe().
    if (performance.getEntriesByName(READY_MARK, 'mark').length > 0) finish();
  }
  return () => {
    done = true;
    cancel();
  };
}

/**
 * The content height of the app root, reported now and on every change. The root's own box is
 * measured, not `documentElement.scrollHeight`, which never drops below the iframe's height and
 * so could only ever grow the frame.
 */
export function watchElementHeight(element: HTMLElement, onHeight: (height: number) => void): () => void {
  const measure = () => onHeight(element.getBoundingClientRect().height);
  measure();
  if (typeof ResizeObserver !== 'function') return () => {};
  const observer = new ResizeObserver(measure);
  observer.observe(element);
  return () => observer.disconnect();
}
