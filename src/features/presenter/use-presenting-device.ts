/** While presenting: keep the screen awake (Screen Wake Lock) and hide an idle pointer. */
import { useEffect, useState, type RefObject } from 'react';

interface WakeLockLike {
  release: () => Promise<void>;
}
type WakeLockNavigator = Navigator & { wakeLock?: { request: (type: 'screen') => Promise<WakeLockLike> } };

export function useWakeLock(active: boolean): void {
  useEffect(() => {
    const wakeLock = (navigator as WakeLockNavigator).wakeLock;
    if (!active || !wakeLock) return;
    let lock: WakeLockLike | null = null;
    let live = true;
    const acquire = () => {
      if (document.visibilityState !== 'visible') return;
      wakeLock
        .request('screen')
        .then((got) => {
          if (live) lock = got;
          else void got.release();
        })
        .catch(() => {
          // Refused (battery saver, no user gesture yet): the screen may sleep, nothing breaks.
        });
    };
    acquire();
    // The browser drops the lock when the page is hidden; take it again on return.
    document.addEventListener('visibilitychange', acquire);
    return () => {
      live = false;
      document.removeEventListener('visibilitychange', acquire);
      void lock?.release().catch(() => undefined);
    };
  }, [active]);
}

export const IDLE_POINTER_MS = 3000;

/** True once the pointer has not moved over `ref` for IDLE_POINTER_MS; any movement resets it. */
export function useIdlePointer(ref: RefObject<HTMLElement | null>): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    let timer = setTimeout(() => setIdle(true), IDLE_POINTER_MS);
    const wake = () => {
      setIdle(false);
      clearTimeout(timer);
      timer = setTimeout(() => setIdle(true), IDLE_POINTER_MS);
    };
    element.addEventListener('pointermove', wake);
    element.addEventListener('pointerdown', wake);
    return () => {
      clearTimeout(timer);
      element.removeEventListener('pointermove', wake);
      element.removeEventListener('pointerdown', wake);
    };
  }, [ref]);
  return idle;
}
