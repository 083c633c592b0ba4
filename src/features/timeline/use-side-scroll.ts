/**
 * A box that scrolls sideways when the screen is narrower than the chart (a phone): whether it
 * overflows now and which edges have more beyond them, so the panel can say so (a hint, shaded
 * edges) instead of leaving the visitor to discover it. The first time it overflows it opens with
 * `anchor` (a fraction of the content's width: the "today" line) at 70 % of the box, so the recent
 * years lead up to it and what is still to come shows after it.
 */
import { useEffect, useState, type RefObject } from 'react';

export interface SideScroll {
  overflows: boolean;
  moreLeft: boolean;
  moreRight: boolean;
}

const NONE: SideScroll = { overflows: false, moreLeft: false, moreRight: false };

export function readSideScroll(
  box: Pick<HTMLElement, 'scrollWidth' | 'clientWidth' | 'scrollLeft'>,
): SideScroll {
  const room = box.scrollWidth - box.clientWidth;
  if (room <= 1) return NONE;
  return { overflows: true, moreLeft: box.scrollLeft > 1, moreRight: box.scrollLeft < room - 1 };
}

/** The scrollLeft that puts `anchor` (0…1 of the content's width) at 70 % of the visible width. */
export function openingScroll(anchor: number, scrollWidth: number, clientWidth: number): number {
  const room = Math.max(0, scrollWidth - clientWidth);
  return Math.min(room, Math.max(0, Math.round(anchor * scrollWidth - 0.7 * clientWidth)));
}

export function useSideScroll(ref: RefObject<HTMLElement | null>, anchor: number | null): SideScroll {
  const [state, setState] = useState<SideScroll>(NONE);
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    let opened = false;
    const update = () => {
      if (!opened && box.scrollWidth - box.clientWidth > 1) {
        opened = true;
        box.scrollLeft = openingScroll(anchor ?? 1, box.scrollWidth, box.clientWidth);
      }
      const next = readSideScroll(box);
      setState((now) =>
        now.overflows === next.overflows && now.moreLeft === next.moreLeft && now.moreRight === next.moreRight
          ? now
          : next,
      );
    };
    update();
    // Without ResizeObserver (an old browser) the hint follows scrolling only.
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
    observer?.observe(box);
    if (box.firstElementChild) observer?.observe(box.firstElementChild);
    box.addEventListener('scroll', update, { passive: true });
    return () => {
      observer?.disconnect();
      box.removeEventListener('scroll', update);
    };
    // Opens once, on the anchor it had then: a later anchor does not scroll under the visitor.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ref]);
  return state;
}
