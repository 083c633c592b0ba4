/**
 * The part of the map frame that no overlay covers, as insets from its edges. A site the map
 * brings into view lands in the middle of that part, so the open legend never sits over it or its
 * label (on a desktop the legend covers a third of the map's width). Pure: boxes are passed in.
 */
import type { Rect } from '../callouts/callout-placement';

export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

/**
 * Each overlay (in the frame's pixels) is cut off along the edge it sits against, whichever way
 * loses less of the frame: a tall, narrow column of controls takes a strip off the right, the
 * closed legend a short band off the top, the open one a strip off the left. An overlay that
 * would leave less than half the frame is ignored: better under it than no room at all.
 */
export function clearInsets(width: number, height: number, overlays: readonly Rect[]): Insets {
  const insets = { ...NO_INSETS };
  for (const box of overlays) {
    const left = Math.max(0, box.left);
    const right = Math.min(width, box.right);
    const top = Math.max(0, box.top);
    const bottom = Math.min(height, box.bottom);
    if (right <= left || bottom <= top) continue;
    const horizontal = (right - left) / width;
    const vertical = (bottom - top) / height;
    if (Math.min(horizontal, vertical) > 0.5) continue;
    if (horizontal <= vertical) {
      if (left < width - right) insets.left = Math.max(insets.left, right);
      else insets.right = Math.max(insets.right, width - left);
    } else if (top < height - bottom) insets.top = Math.max(insets.top, bottom);
    else insets.bottom = Math.max(insets.bottom, height - top);
  }
  return insets;
}

/** Where a point lands, relative to the frame's centre, when it sits in the middle of the clear part. */
export function clearCentreOffset(insets: Insets): [number, number] {
  return [(insets.left - insets.right) / 2, (insets.top - insets.bottom) / 2];
}

/** Whether a point (frame pixels) lies in the clear part, at least `margin` px from its edges. */
export function isInClearPart(
  point: { x: number; y: number },
  width: number,
  height: number,
  insets: Insets,
  margin: number,
): boolean {
  return (
    point.x >= insets.left + margin &&
    point.x <= width - insets.right - margin &&
    point.y >= insets.top + margin &&
    point.y <= height - insets.bottom - margin
  );
}
