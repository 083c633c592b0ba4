/** Browser plumbing for the embed: is the page framed, how tall is it (when it is ready: lib/atlas-ready). */

/** `window.parent` when the atlas runs in a frame, else null (then the embed says nothing). */
export function framingParent(win: Window): Window | null {
  return win.parent && win.parent !== win ? win.parent : null;
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
