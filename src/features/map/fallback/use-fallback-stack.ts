/**
 * Measures the SVG map's site buttons where they would sit unmoved and stacks them
 * (fallback-label-stack.ts), again whenever the stage changes size or `layoutKey` (which sites,
 * which projection) changes.
 */
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { relativeRect } from '../callouts/callout-placement';
import { stackSiteButtons } from './fallback-label-stack';

/** Marks a site's list item, and a pledge callout the buttons keep off. */
export const STACKED_SITE = 'data-stacked-site';
export const STACK_OBSTACLE = 'data-stack-obstacle';

export function useFallbackStack(
  stage: RefObject<HTMLElement | null>,
  layoutKey: string,
): ReadonlyMap<string, number> {
  const [shifts, setShifts] = useState<ReadonlyMap<string, number>>(new Map());
  const current = useRef(shifts);
  useLayoutEffect(() => {
    current.current = shifts;
  }, [shifts]);

  useLayoutEffect(() => {
    const element = stage.current;
    if (!element) return;
    const place = () => {
      const sites = [...element.querySelectorAll<HTMLElement>(`[${STACKED_SITE}]`)].map((item) => {
        const id = item.getAttribute(STACKED_SITE)!;
        const button = item.firstElementChild ?? item;
        return { id, rect: relativeRect(button, element, current.current.get(id) ?? 0) };
      });
      const obstacles = [...element.querySelectorAll(`[${STACK_OBSTACLE}]`)]
        .filter((el) => el.getClientRects().length > 0)
        .map((el) => relativeRect(el, element));
      const next = stackSiteButtons(sites, obstacles, element.clientHeight);
      const same =
        next.size === current.current.size && [...next].every(([id, dy]) => current.current.get(id) === dy);
      if (!same) setShifts(next);
    };
    place();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(place);
    observer.observe(element);
    return () => observer.disconnect();
  }, [stage, layoutKey]);

  return shifts;
}
