/**
 * Labels never hidden: a pledge callout's card slides up or down beside its pin until it
 * covers no site label (asked of maplibre's collision index) and no map overlay (legend,
 * controls). Pure: the map and the DOM are passed in.
 */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface PlacementSpace {
  width: number;
  height: number;
  /** Whether a card at `rect` would cover nothing. */
  isFree: (rect: Rect) => boolean;
}

export const SHIFT_STEP_PX = 6;
/** Far enough to cross a whole phone map; each step is one collision-index query. */
export const MAX_SHIFT_PX = 480;

const moved = (rect: Rect, dy: number): Rect => ({ ...rect, top: rect.top + dy, bottom: rect.bottom + dy });

/**
 * The vertical shift (px) for a card whose unshifted box is `card`: 0 when it is free already,
 * else the smallest shift, down first, that frees it and keeps it inside the map; 0 if none does.
 */
export function calloutShift(card: Rect, space: PlacementSpace): number {
  for (let distance = 0; distance <= MAX_SHIFT_PX; distance += SHIFT_STEP_PX) {
    for (const dy of distance === 0 ? [0] : [distance, -distance]) {
      const rect = moved(card, dy);
      if (rect.top < 0 || rect.bottom > space.height) continue;
      if (space.isFree(rect)) return dy;
    }
  }
  return 0;
}

export const overlaps = (a: Rect, b: Rect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** `el`'s box relative to `origin`'s, less a vertical shift already applied to it. */
export function relativeRect(el: Element, origin: Element, shift = 0): Rect {
  const r = el.getBoundingClientRect();
  const o = origin.getBoundingClientRect();
  return {
    left: r.left - o.left,
    top: r.top - o.top - shift,
    right: r.right - o.left,
    bottom: r.bottom - o.top - shift,
  };
}
