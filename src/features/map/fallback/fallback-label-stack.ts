/**
 * The SVG map has no collision index: sites a few kilometres apart (the three around Paris) would
 * draw their buttons on top of each other, one label covering the next site's button. Each button
 * slides up or down off the ones placed before it (and off the pledge callouts), the way a callout
 * card does on the WebGL map; a leader line ties a moved button to its true place. Pure.
 */
import { calloutShift, overlaps, type Rect } from '../callouts/callout-placement';

export interface SiteBox {
  id: string;
  /** The button's box where it would sit unmoved, in the stage's pixels. */
  rect: Rect;
}

/** Past this many sites the map is a cloud of points: stacking would neither fit nor help. */
export const MAX_STACKED_SITES = 60;
/** Air between two stacked buttons. */
const GAP = 2;

const grown = (r: Rect): Rect => ({
  left: r.left - GAP,
  top: r.top - GAP,
  right: r.right + GAP,
  bottom: r.bottom + GAP,
});

/**
 * Each site's vertical shift (px), 0 for one that covers nothing. Sites are placed from the top
 * of the map down, so a northern site keeps its place and the one below it moves.
 */
export function stackSiteButtons(
  sites: readonly SiteBox[],
  obstacles: readonly Rect[],
  height: number,
): Map<string, number> {
  const shifts = new Map<string, number>();
  if (sites.length > MAX_STACKED_SITES) return shifts;
  const taken: Rect[] = [...obstacles];
  const ordered = [...sites].sort((a, b) => a.rect.top - b.rect.top || a.rect.left - b.rect.left);
  for (const { id, rect } of ordered) {
    const isFree = (r: Rect) => !taken.some((t) => overlaps(grown(r), t));
    const dy = calloutShift(rect, { width: Number.POSITIVE_INFINITY, height, isFree });
    shifts.set(id, dy);
    taken.push({ ...rect, top: rect.top + dy, bottom: rect.bottom + dy });
  }
  return shifts;
}
