/**
 * Play/pause over the event days (cursorSteps): each tick moves store.asOf to the next day; at the
 * last one playback stops and the cursor stays there. The store's `playing` flag is the
 * single truth, so the URL sync and other views see playback; a `playing` that did not come from
 * this button (a link, a host page) is refused when the visitor prefers reduced motion.
 */
import { useCallback, useEffect, useRef } from 'react';
import { prefersReducedMotion } from '../../../lib/media';
import { useAtlasStore, useAtlasStoreApi } from '../../../store/store-context';

export const PLAYBACK_SPEEDS = { slow: 1600, normal: 900, fast: 400 } as const;
export type PlaybackSpeed = keyof typeof PLAYBACK_SPEEDS;

export function usePlayback(steps: readonly string[], speed: PlaybackSpeed) {
  const store = useAtlasStoreApi();
  const playing = useAtlasStore((s) => s.playing);
  const pressed = useRef(false);
  const last = steps[steps.length - 1];

  useEffect(() => {
    if (!playing) {
      pressed.current = false;
      return;
    }
    if (!pressed.current && prefersReducedMotion()) {
      store.getState().setPlaying(false);
      return;
    }
    const timer = window.setInterval(() => {
      const { asOf, setAsOf, setPlaying } = store.getState();
      const next = steps.find((step) => asOf === null || step > asOf);
      if (next !== undefined) setAsOf(next);
      if (next === undefined || next === last) setPlaying(false);
    }, PLAYBACK_SPEEDS[speed]);
    return () => window.clearInterval(timer);
  }, [playing, speed, steps, last, store]);

  const toggle = useCallback(() => {
    const { asOf, playing: now, setAsOf, setPlaying } = store.getState();
    if (now) {
      setPlaying(false);
      return;
    }
    if (steps.length === 0 || last === undefined) return;
    // From the start when there is no cursor or it already stands at (or past) the end.
    if (asOf === null || asOf >= last) setAsOf(steps[0]!);
    pressed.current = true;
    setPlaying(true);
  }, [store, steps, last]);

  return { playing, toggle };
}
