/**
 * Brings an element to the top of the column that scrolls it, such as the side column beside the
 * map, which scrolls on its own on wide screens. Only that column moves: `scrollIntoView` would
 * also scroll the page, and pull a visitor scrubbing the timeline below the map away from it. It
 * moves no focus, so a site picked on the map keeps the keyboard where it was.
 */
const SCROLLS = new Set(['auto', 'scroll']);

/** The nearest ancestor that scrolls vertically and has something to scroll; never the page. */
export function scrollingAncestor(element: Element): HTMLElement | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    if (node === document.body || node === document.documentElement) return null;
    if (SCROLLS.has(getComputedStyle(node).overflowY) && node.scrollHeight > node.clientHeight) return node;
  }
  return null;
}

/**
 * Scrolls `element` to the top of its column (smoothly unless the visitor asked for reduced
 * motion), unless it already shows in the column's upper half. Returns whether it scrolled.
 */
export function revealInScroller(element: Element, { smooth }: { smooth: boolean }): boolean {
  const scroller = scrollingAncestor(element);
  if (!scroller) return false;
  const box = scroller.getBoundingClientRect();
  // The element's CSS `scroll-margin-top` keeps room above it, as scrollIntoView would.
  const margin = parseFloat(getComputedStyle(element).scrollMarginTop) || 0;
  const offset = element.getBoundingClientRect().top - box.top - margin;
  if (offset >= 0 && offset <= box.height / 2) return false;
  scroller.scrollTo({ top: scroller.scrollTop + offset, behavior: smooth ? 'smooth' : 'auto' });
  return true;
}
