/**
 * In full screen the stage's controls hide, so the audience sees only the story; they come back
 * when the pointer moves or a key other than a clicker's is pressed (a clicker only moves, blanks
 * or leaves, and its presses must not flash the controls in front of the room).
 */
import { useEffect, useState } from 'react';
import { IDLE_POINTER_MS } from './use-presenting-device';

const CLICKER_KEYS = new Set([
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'PageUp',
  'PageDown',
  ' ',
  'Spacebar',
  '.',
  'b',
  'B',
  'Escape',
  'F5',
]);

export function isClickerKey(key: string): boolean {
  return CLICKER_KEYS.has(key);
}

/** `{ fullscreen, shown }`: whether the page is in full screen, and whether its controls show. */
export function useStageControls(): { fullscreen: boolean; shown: boolean } {
  const [fullscreen, setFullscreen] = useState(() => document.fullscreenElement !== null);
  const [shown, setShown] = useState(true);

  useEffect(() => {
    const onChange = () => {
      setFullscreen(document.fullscreenElement !== null);
      setShown(true);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  useEffect(() => {
    if (!fullscreen) return;
    let timer = setTimeout(() => setShown(false), IDLE_POINTER_MS);
    const show = () => {
      setShown(true);
      clearTimeout(timer);
      timer = setTimeout(() => setShown(false), IDLE_POINTER_MS);
    };
    const onKey = (event: KeyboardEvent) => {
      if (!isClickerKey(event.key)) show();
    };
    window.addEventListener('pointermove', show);
    window.addEventListener('pointerdown', show);
    window.addEventListener('keydown', onKey);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('pointermove', show);
      window.removeEventListener('pointerdown', show);
      window.removeEventListener('keydown', onKey);
    };
  }, [fullscreen]);

  return { fullscreen, shown: !fullscreen || shown };
}
