/**
 * Keeps each pledge callout's card off the site labels and the map's overlays, measured
 * each time the map settles (its labels placed) and whenever a card changes size (unfolded).
 */
import { useEffect, useRef, useState } from 'react';
import { calloutShift, overlaps, relativeRect, type Rect } from './callout-placement';
import type { MapAdapter } from '../webgl/map-adapter';

const OVERLAYS = '.map-legend, .map-controls, .maplibregl-ctrl';
/** A little air between a card and a label. */
const MARGIN = 2;

export function useCalloutShifts(
  adapter: MapAdapter | null,
  elements: ReadonlyMap<string, HTMLElement>,
): ReadonlyMap<string, number> {
  const [shifts, setShifts] = useState<ReadonlyMap<string, number>>(new Map());
  const current = useRef(shifts);
  useEffect(() => {
    current.current = shifts;
  }, [shifts]);

  useEffect(() => {
    if (!adapter) return;
    const place = () => {
      const next = new Map<string, number>();
      for (const [key, element] of elements) {
        const card = element.querySelector('.pledge-card');
        const container = element.closest('.map-container');
        if (!card || !container || card.getClientRects().length === 0) continue;
        const overlays = [...(container.closest('.map-view') ?? container).querySelectorAll(OVERLAYS)]
          .filter((el) => el.getClientRects().length > 0)
          .map((el) => relativeRect(el, container));
        const isFree = (r: Rect) => {
          const box: [[number, number], [number, number]] = [
            [r.left - MARGIN, r.top - MARGIN],
            [r.right + MARGIN, r.bottom + MARGIN],
          ];
          return adapter.labelsIn(box).length === 0 && !overlays.some((o) => overlaps(r, o));
        };
        const base = relativeRect(card, container, current.current.get(key) ?? 0);
        const { clientWidth: width, clientHeight: height } = container;
        next.set(key, calloutShift(base, { width, height, isFree }));
      }
      const same =
        next.size === current.current.size && [...next].every(([key, dy]) => current.current.get(key) === dy);
      if (!same) setShifts(next);
    };
    const off = adapter.onIdle(place);
    const resize = new ResizeObserver(() => place());
    for (const element of elements.values()) resize.observe(element);
    return () => {
      off();
      resize.disconnect();
    };
  }, [adapter, elements]);

  return shifts;
}
