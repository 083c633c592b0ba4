/**
 * Browser media in one place: the breakpoints (the CSS `@media (max-width: 700px)` rules use the
 * same phone width), a live `useMediaQuery` that follows rotation and resizing, reduced motion.
 */
import { useCallback, useSyncExternalStore } from 'react';

/** At most this wide (CSS px) is a phone: tabs instead of columns, callouts to the right. */
export const PHONE_MAX_WIDTH = 700;
export const PHONE_QUERY = `(max-width: ${PHONE_MAX_WIDTH}px)`;
/**
 * Narrower than a laptop (a phone or a portrait tablet): the map is too small for an unfolded
 * pledge list beside its pin without covering a label or the legend, so the list docks below it.
 */
export const NARROW_MAP_QUERY = '(max-width: 900px)';
export const REDUCED_MOTION_QUERY = '(prefers-reduced-motion: reduce)';
export const DARK_SCHEME_QUERY = '(prefers-color-scheme: dark)';

/** The query's state now; false where matchMedia does not exist (tests, old browsers). */
export function matchesMedia(query: string): boolean {
  return globalThis.matchMedia?.(query).matches ?? false;
}

export const isPhoneScreen = (): boolean => matchesMedia(PHONE_QUERY);
export const prefersReducedMotion = (): boolean => matchesMedia(REDUCED_MOTION_QUERY);

/** Live `matchMedia` state: re-renders when the answer changes (rotation, resize, settings). */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const media = globalThis.matchMedia?.(query);
      media?.addEventListener('change', onChange);
      return () => media?.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => matchesMedia(query),
    () => false,
  );
}
